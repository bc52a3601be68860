package hardening

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/openhrd/spcomm/communication"
	"github.com/openhrd/spcomm/internal/batch"
	"github.com/openhrd/spcomm/internal/cli"
	"github.com/openhrd/spcomm/internal/jsondoc"
	"github.com/openhrd/spcomm/schema"
)

// lazyDoc is an io.Reader that makes a document of n bytes as it is read, so that
// a test can offer 100 MB without holding them: head, then filler up to n bytes
// minus len(tail), then tail. It counts what was read.
type lazyDoc struct {
	head, tail []byte
	fill       byte
	n, off     int64
}

func (r *lazyDoc) Read(p []byte) (int, error) {
	if r.off >= r.n {
		return 0, io.EOF
	}
	if rem := r.n - r.off; int64(len(p)) > rem {
		p = p[:rem]
	}
	for i := range p {
		pos := r.off + int64(i)
		switch {
		case pos < int64(len(r.head)):
			p[i] = r.head[pos]
		case pos >= r.n-int64(len(r.tail)):
			p[i] = r.tail[pos-(r.n-int64(len(r.tail)))]
		default:
			p[i] = r.fill
		}
	}
	r.off += int64(len(p))
	return len(p), nil
}

const (
	hundredMB = 100 << 20
	// readSlack is what a reader may read past the limit it checks: one buffer.
	readSlack = 64 << 10
)

func hugeDoc() *lazyDoc {
	return &lazyDoc{
		head: []byte(`{"schema_version":"1.0","language":"en","country":"KHM","context":"`),
		tail: []byte(`"}`),
		fill: 'a',
		n:    hundredMB,
	}
}

// TestHundredMegabytes offers a 100 MB document to every reader that takes an
// io.Reader: each must stop after the 8 MiB limit, say the document is too large,
// and neither read nor allocate the 100 MB.
func TestHundredMegabytes(t *testing.T) {
	const maxRead = communication.DefaultMaxSize + 1 + readSlack
	const maxAlloc = 48 << 20 // the 8 MiB buffer as it grows, and its copies
	bound := func(t *testing.T, what string, r *lazyDoc, c cost) {
		t.Helper()
		t.Logf("%s: read %d bytes; %v", what, r.off, c)
		if r.off > maxRead {
			t.Errorf("%s read %d bytes, bound %d", what, r.off, maxRead)
		}
		if c.alloc > maxAlloc {
			t.Errorf("%s allocated %d bytes, bound %d", what, c.alloc, maxAlloc)
		}
		if c.wall > caseWall {
			t.Errorf("%s took %v, bound %v", what, c.wall, caseWall)
		}
	}

	t.Run("Decode", func(t *testing.T) {
		r := hugeDoc()
		var err error
		c := measure(func() { _, err = communication.Decode(r) })
		if !errors.Is(err, communication.ErrTooLarge) || decodeErrCode(err) != "size" {
			t.Errorf("Decode: %v, want ErrTooLarge with code size", err)
		}
		bound(t, "Decode", r, c)
	})
	t.Run("ValidateReader", func(t *testing.T) {
		r := hugeDoc()
		var res *schema.Result
		var err error
		c := measure(func() { res, err = schema.ValidateReader(r, schema.Options{}) })
		if err != nil || len(res.Problems) != 1 || res.Problems[0].Code != schema.CodeSize {
			t.Errorf("ValidateReader: %v, %+v, want one size problem", err, res)
		}
		bound(t, "ValidateReader", r, c)
	})
	for _, cmd := range []string{"validate", "check", "render", "fmt"} {
		t.Run("cli "+cmd, func(t *testing.T) {
			r := hugeDoc()
			var code int
			var stdout, stderr bytes.Buffer
			c := measure(func() {
				code = cli.Run(context.Background(), []string{cmd, "-"}, r, &stdout, &stderr)
			})
			if code != cli.ExitInvalid {
				t.Errorf("exit %d, want %d; stderr %q", code, cli.ExitInvalid, stderr.String())
			}
			out := stdout.String() + stderr.String()
			if !strings.Contains(out, "large") && !strings.Contains(out, "size") {
				t.Errorf("no word of the size limit in %q", out)
			}
			bound(t, "cli "+cmd, r, c)
		})
	}
	t.Run("batch NDJSON", func(t *testing.T) {
		// One 100 MB line between two good ones: three records, the middle one
		// too long, and the memory bounded by the limit.
		good := []byte(`{"schema_version":"1.0"}` + "\n")
		r := hugeDoc()
		r.tail = append([]byte("\"}\n"), good...)
		src := batch.Source{Paths: []string{"-"}, NDJSON: true, Stdin: io.MultiReader(bytes.NewReader(good), r), MaxSize: communication.DefaultMaxSize}
		var recs []batch.Record
		var err error
		c := measure(func() {
			err = batch.Read(context.Background(), src, func(rec batch.Record) error {
				rec.Data = nil // keep nothing
				recs = append(recs, rec)
				return nil
			})
		})
		t.Logf("batch: %v", c)
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) != 3 || recs[0].Err != nil || !errors.Is(recs[1].Err, batch.ErrTooLong) || recs[2].Err != nil || recs[2].Line != 3 {
			t.Errorf("records: %+v, want 3 with the middle one too long", recs)
		}
		// The reader's buffer grows to the limit while it skips the line.
		if c.alloc > 64<<20 {
			t.Errorf("allocated %d bytes, bound %d", c.alloc, 64<<20)
		}
		if c.wall > 10*caseWall {
			t.Errorf("took %v", c.wall)
		}
	})
}

// tenMBString is a document whose context is a 10 MB string of words.
func tenMBString(word string) []byte {
	head := `{"schema_version":"1.0","language":"en","country":"KHM","submitter":{"kind":"individual","name":"Vannak Sorn","relationship":"other","email":"v@example.org"},"victims":[{"id":"v1","kind":"individual","name":"Sokha Chan","activities":["peaceful_protest"],"consent":{"given":true,"by":"victim","public_name":"initials"}}],"violations":[{"id":"x1","type":"arbitrary_arrest","victims":["v1"],"status":"ongoing","date":"2026-02","description":"Arrested at a gathering and held without any charge."}],"context":"`
	var b bytes.Buffer
	b.WriteString(head)
	for b.Len() < 10<<20 {
		b.WriteString(word)
	}
	b.WriteString(`"}`)
	return b.Bytes()
}

// TestTenMegabyteString: over the default limit a 10 MB string is too large; with
// a 16 MiB limit it decodes, the schema says the context is too long (and says
// nothing else), and readiness and every renderer handle it in bounded time.
func TestTenMegabyteString(t *testing.T) {
	for _, tc := range []struct{ name, word string }{{"words", "Sokha Chan was held. "}, {"one word", "a"}} {
		t.Run(tc.name, func(t *testing.T) {
			data := tenMBString(tc.word)
			var err error
			c := measure(func() { _, err = communication.Decode(bytes.NewReader(data)) })
			if !errors.Is(err, communication.ErrTooLarge) {
				t.Errorf("default limit: %v, want ErrTooLarge", err)
			}
			if c.wall > caseWall || c.alloc > 48<<20 {
				t.Errorf("default limit: %v", c)
			}
			if res := schema.Validate(data, schema.Options{}); len(res.Problems) != 1 || res.Problems[0].Code != schema.CodeSize {
				t.Errorf("schema, default limit: %v", res.Problems)
			}

			var s *communication.Submission
			dec := communication.Decoder{MaxSize: 16 << 20}
			c = measure(func() { s, err = dec.DecodeBytes(data) })
			t.Logf("decode 16 MiB: %v", c)
			if err != nil {
				t.Fatalf("16 MiB limit: %v", err)
			}
			if len(s.Context) < 10_000_000 {
				t.Errorf("context of %d bytes", len(s.Context))
			}
			var res *schema.Result
			c = measure(func() { res = schema.Validate(data, schema.Options{MaxSize: 16 << 20}) })
			t.Logf("schema 16 MiB: %v", c)
			if got := problemCodes(res.Problems); len(got) != 1 || got[0] != "max_length" || res.Problems[0].Pointer != "/context" {
				t.Errorf("schema, 16 MiB limit: %v, want max_length at /context", res.Problems)
			}
			if c.wall > caseWall {
				t.Errorf("schema took %v", c.wall)
			}
			noPanic(t, "check", func() {
				c = measure(func() { communication.Check(s, communication.CheckOptions{Today: fixedDay}) })
			})
			if c.wall > caseWall {
				t.Errorf("check took %v", c.wall)
			}
			if testing.Short() {
				return
			}
			// Rendering 10 MB is the one slow stage: it is bounded, not instant
			// (up to 2 s and 700 MB allocated for the public version, which scrubs
			// names word by word). Under -race only the full text rendering runs.
			publics, formats := []bool{false, true}, []string{"md", "text", "html", "eml"}
			if raceEnabled {
				publics, formats = []bool{false}, []string{"text"}
				if tc.name != "words" {
					return
				}
			}
			for _, public := range publics {
				for _, f := range formats {
					var out []byte
					c = measure(func() { out = renderOrFail(t, s, f, public) })
					t.Logf("render %s public=%v: %d bytes, %v", f, public, len(out), c)
					if c.wall > 5*caseWall {
						t.Errorf("render %s public=%v took %v", f, public, c.wall)
					}
					if c.alloc > 1<<30 {
						t.Errorf("render %s public=%v allocated %d bytes", f, public, c.alloc)
					}
				}
			}
		})
	}
}

// TestDeepNesting: 10,000 levels of arrays or objects, anywhere, are one "depth"
// error, quickly and in little memory; with the depth limit lifted they are a
// type error, still without a panic or a stack overflow.
func TestDeepNesting(t *testing.T) {
	const depth = 10000
	deep := func(open, close, inner string) []byte {
		return []byte(strings.Repeat(open, depth) + inner + strings.Repeat(close, depth))
	}
	cases := map[string][]byte{
		"arrays":           deep("[", "]", "1"),
		"objects":          deep(`{"a":`, "}", "1"),
		"in victims":       []byte(`{"schema_version":"1.0","victims":` + string(deep("[", "]", "")) + `}`),
		"in a victim":      []byte(`{"victims":[{"location":` + string(deep(`{"detail":`, "}", `"x"`)) + `}]}`),
		"unclosed":         []byte(strings.Repeat(`[{"a":`, depth)),
		"mixed, truncated": deep(`[{"x":[`, "", ""),
		"arrays then junk": append(deep("[", "]", ""), "]]]"...),
	}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			var o *outcome
			c := measure(func() { o = runPipeline(t, name, data, pipelineOptions{cli: true}) })
			t.Logf("%v", c)
			if c.wall > caseWall || c.alloc > 16<<20 {
				t.Errorf("took %v", c)
			}
			if got := decodeErrCode(o.decodeErr); got != "depth" && !(name == "unclosed" || strings.HasPrefix(name, "mixed")) && got != "syntax" {
				t.Errorf("decode: %v, want a depth error", o.decodeErr)
			}
			if o.decodeErr == nil {
				t.Fatalf("decoded %d levels", depth)
			}
			for lang, ps := range o.problems {
				if len(ps) != 1 || (ps[0].Code != schema.CodeDepth && ps[0].Code != schema.CodeSyntax) {
					t.Errorf("schema (%s): %v, want one depth problem", lang, ps)
				}
			}
			if code, _, stderr := runCLI(t, data, "validate", "-"); code != cli.ExitInvalid {
				t.Errorf("cli validate: exit %d, %s", code, stderr)
			}
			// The limit lifted: a type error (or a syntax error), never a panic.
			noPanic(t, "decode without a depth limit", func() {
				_, err := (&communication.Decoder{MaxDepth: 1 << 20}).DecodeBytes(data)
				if err == nil {
					t.Errorf("decoded without a depth limit")
				}
			})
			noPanic(t, "schema without a depth limit", func() {
				if res := schema.Validate(data, schema.Options{MaxDepth: 1 << 20}); res.Valid() {
					t.Errorf("valid without a depth limit")
				}
			})
		})
	}
}

// TestMillionElements: arrays of a million elements are refused by the value
// limit of the strict reader (jsondoc.DefaultMaxValues), with code "size", before
// the tree grows: time and memory stay bounded.
func TestMillionElements(t *testing.T) {
	const n = 1_000_000
	arr := func(elem string) string {
		return "[" + strings.TrimSuffix(strings.Repeat(elem+",", n), ",") + "]"
	}
	cases := map[string]string{
		"victims of {}":       `{"schema_version":"1.0","victims":` + arr("{}") + `}`,
		"requests of 0":       `{"requests":` + arr("0") + `}`,
		"mandates of strings": `{"mandates":` + arr(`"sr-x"`) + `}`,
		"top-level of []":     arr("[]"),
		"unknown field nulls": `{"x":` + arr("null") + `}`,
		"violation victims":   `{"violations":[{"victims":` + arr(`"v1"`) + `}]}`,
	}
	schemaLangs := langs
	if raceEnabled || testing.Short() {
		// Under -race: three shapes, the schema in one language.
		for _, name := range []string{"top-level of []", "unknown field nulls", "violation victims"} {
			delete(cases, name)
		}
		schemaLangs = langs[:1]
	}
	for name, doc := range cases {
		data := []byte(doc)
		t.Run(name, func(t *testing.T) {
			// Each stage stops at the 200,001st value: 30 to 80 MB allocated
			// (more under -race), whatever the number of elements.
			const stageAlloc = 96 << 20
			var err error
			c := measure(func() { _, err = communication.Decode(bytes.NewReader(data)) })
			t.Logf("%d bytes, decode: %v", len(data), c)
			if c.wall > caseWall || c.alloc > stageAlloc {
				t.Errorf("decode: %v, bound %v and %d bytes", c, caseWall, stageAlloc)
			}
			if got := decodeErrCode(err); got != jsondoc.CodeSize {
				t.Errorf("decode: %v (code %q), want code %q", err, got, jsondoc.CodeSize)
			}
			// The schema must say what the decoder says: the document holds too
			// many values ("size"), in the language asked for.
			for _, lang := range schemaLangs {
				var res *schema.Result
				c := measure(func() { res = schema.Validate(data, schema.Options{Lang: lang}) })
				if c.wall > caseWall || c.alloc > stageAlloc {
					t.Errorf("schema (%s): %v, bound %v and %d bytes", lang, c, caseWall, stageAlloc)
				}
				ps := res.Problems
				if len(ps) != 1 || ps[0].Code != schema.CodeSize {
					t.Errorf("schema (%s): %v (codes %v), want one problem with code %q as the decoder gives", lang, ps, problemCodes(ps), schema.CodeSize)
				}
				if len(ps) == 1 && lang != "en" && strings.Contains(ps[0].Message, "values in the document") {
					t.Errorf("schema (%s): message partly in English: %q", lang, ps[0].Message)
				}
			}
			var code int
			c = measure(func() { code, _, _ = runCLI(t, data, "validate", "-") })
			if code != cli.ExitInvalid || c.wall > caseWall {
				t.Errorf("cli validate: exit %d, %v", code, c)
			}
		})
	}
	// One value fewer than the limit is not refused for its size.
	t.Run("at the limit", func(t *testing.T) {
		elems := jsondoc.DefaultMaxValues - 3 // the object, the key's value array, the string
		data := []byte(`{"requests":[` + strings.TrimSuffix(strings.Repeat(`"release",`, elems), ",") + `]}`)
		var err error
		c := measure(func() { _, err = communication.Decode(bytes.NewReader(data)) })
		t.Logf("%v", c)
		if decodeErrCode(err) == jsondoc.CodeSize {
			t.Errorf("%d values refused: %v", elems+2, err)
		}
		if c.wall > caseWall {
			t.Errorf("took %v", c.wall)
		}
	})
}
