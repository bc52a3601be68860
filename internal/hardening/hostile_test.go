package hardening

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/openhrd/spcomm/communication"
	"github.com/openhrd/spcomm/communication/render"
	"github.com/openhrd/spcomm/internal/cli"
)

// Bounds of one hostile case through the whole pipeline (decode, schema in three
// languages, readiness in three languages, eight renderings, eleven CLI runs),
// under -race on a small machine. Without -race a case takes a tenth of that.
const (
	caseWall  = 2 * time.Second
	caseAlloc = 64 << 20
)

// hostileCase is what a file of testdata/hostile must give.
type hostileCase struct {
	// decode is the code of the *communication.DecodeError, "" when the file
	// must decode.
	decode string
	// pointer is the decode error's JSON Pointer, when it has one.
	pointer string
	// schema are the codes of the schema problems, nil for a valid document.
	schema []string
	// subject is true when the e-mail rendering must refuse the subject (a
	// control character in the title).
	subject bool
}

// hostileCorpus lists every file of testdata/hostile with its outcome; a file
// not listed fails TestHostileCorpusListed.
var hostileCorpus = map[string]hostileCase{
	"base.json": {},

	// Invalid UTF-8 anywhere: a syntax error with line and column.
	"utf8-invalid-in-name.json":        {decode: "syntax", schema: []string{"syntax"}},
	"utf8-invalid-in-key.json":         {decode: "syntax", schema: []string{"syntax"}},
	"utf8-invalid-between-tokens.json": {decode: "syntax", schema: []string{"syntax"}},
	"utf8-overlong-slash.json":         {decode: "syntax", schema: []string{"syntax"}},
	"utf8-surrogate-escape.json":       {decode: "syntax", schema: []string{"syntax"}},

	// NUL: raw, a syntax error; escaped, data, which the renderers clean (and
	// the e-mail subject refuses).
	"nul-raw-in-name.json":        {decode: "syntax", schema: []string{"syntax"}},
	"nul-raw-after-document.json": {decode: "syntax", schema: []string{"syntax"}},
	"nul-escaped-in-name.json":    {},
	"nul-escaped-in-text.json":    {subject: true},

	// A byte-order mark before the document is refused; inside a string it is
	// a character like another.
	"bom.json":               {decode: "syntax", schema: []string{"syntax"}},
	"bom-inside-string.json": {},

	// Duplicate keys at every depth, named by their pointer.
	"duplicate-key-top.json":             {decode: "duplicate_key", pointer: "/schema_version", schema: []string{"duplicate_key"}},
	"duplicate-key-submitter.json":       {decode: "duplicate_key", pointer: "/submitter/name", schema: []string{"duplicate_key"}},
	"duplicate-key-victim.json":          {decode: "duplicate_key", pointer: "/victims/0/name", schema: []string{"duplicate_key"}},
	"duplicate-key-consent.json":         {decode: "duplicate_key", pointer: "/victims/0/consent/given", schema: []string{"duplicate_key"}},
	"duplicate-key-violation-place.json": {decode: "duplicate_key", pointer: "/violations/0/place/detail", schema: []string{"duplicate_key"}},
	"duplicate-key-escaped.json":         {decode: "duplicate_key", pointer: "/victims/0/occupation", schema: []string{"duplicate_key"}},

	// Numbers.
	"number-age-1e400.json":               {decode: "type", pointer: "/victims/0/age", schema: []string{"maximum"}},
	"number-age-neg-1e400.json":           {decode: "type", pointer: "/victims/0/age", schema: []string{"minimum"}},
	"number-age-huge-integer.json":        {decode: "type", pointer: "/victims/0/age", schema: []string{"maximum"}},
	"number-age-neg-zero.json":            {},
	"number-age-neg-zero-float.json":      {},
	"number-age-1e2.json":                 {},
	"number-age-tiny.json":                {decode: "type", pointer: "/victims/0/age", schema: []string{"type"}}, // 1e-400 is not a whole number
	"number-group-size-1e400.json":        {decode: "type", pointer: "/victims/1/group_size", schema: []string{"maximum"}},
	"number-group-size-huge-integer.json": {decode: "type", pointer: "/victims/1/group_size", schema: []string{"maximum"}},
	"number-group-size-max-int64.json":    {schema: []string{"maximum"}},
	"number-group-size-neg-zero.json":     {schema: []string{"minimum"}},

	// Bidirectional and zero-width characters are data: the document is valid.
	"bidi-override-in-names.json": {},
	"bidi-override-in-title.json": {},
	"zero-width-in-names.json":    {},

	// Line breaks: the subject refuses them; elsewhere they stay in the body.
	"crlf-in-title.json":                    {subject: true},
	"cr-in-title.json":                      {subject: true},
	"lf-in-title.json":                      {subject: true},
	"unicode-line-separators-in-title.json": {subject: true},
	"crlf-in-other-fields.json":             {},

	// Markup and javascript: URLs in every text field (the payload makes the
	// title too long, and holds an ESC, which the subject refuses).
	"markup-in-every-text-field.json": {schema: []string{"max_length"}, subject: true},
}

func hostileFiles(t *testing.T) []fixture {
	t.Helper()
	return loadDir(t, "hostile")
}

func TestHostileCorpusListed(t *testing.T) {
	for _, f := range hostileFiles(t) {
		if _, ok := hostileCorpus[filepath.Base(f.name)]; !ok {
			t.Errorf("%s is not in hostileCorpus: add its expected outcome", f.name)
		}
	}
	for name := range hostileCorpus {
		if _, err := os.Stat(filepath.Join(root, "testdata", "hostile", name)); err != nil {
			t.Errorf("hostileCorpus lists %s: %v", name, err)
		}
	}
}

// TestHostileCorpus replays every file of testdata/hostile through decode, the
// schema, readiness, the four renderers (full and public) and the CLI, within
// [caseWall] and [caseAlloc], and checks each gets the error it should or an
// inert rendering.
func TestHostileCorpus(t *testing.T) {
	for _, f := range hostileFiles(t) {
		want, ok := hostileCorpus[filepath.Base(f.name)]
		if !ok {
			continue
		}
		t.Run(filepath.Base(f.name), func(t *testing.T) {
			var o *outcome
			c := measure(func() {
				o = runPipeline(t, f.name, f.data, pipelineOptions{render: true, cli: true})
			})
			t.Logf("pipeline: %v", c)
			if c.wall > caseWall {
				t.Errorf("took %v, bound %v", c.wall, caseWall)
			}
			if c.alloc > caseAlloc {
				t.Errorf("allocated %d bytes, bound %d", c.alloc, caseAlloc)
			}
			checkOutcome(t, f.data, o, want)
		})
	}
}

// checkOutcome asserts what a hostile case gave.
func checkOutcome(t *testing.T, data []byte, o *outcome, want hostileCase) {
	t.Helper()
	if got := decodeErrCode(o.decodeErr); got != want.decode {
		t.Errorf("decode: code %q (%v), want %q", got, o.decodeErr, want.decode)
	}
	if o.decodeErr != nil {
		var de *communication.DecodeError
		if !errors.As(o.decodeErr, &de) {
			t.Errorf("decode error %T is not a *DecodeError", o.decodeErr)
		} else {
			if want.pointer != "" && de.Pointer != want.pointer {
				t.Errorf("decode error at %q, want %q", de.Pointer, want.pointer)
			}
			if de.Code == "syntax" && (de.Line < 1 || de.Column < 1) {
				t.Errorf("syntax error without line and column: %v", de)
			}
		}
	}
	for lang, ps := range o.problems {
		if got := problemCodes(ps); !slices.Equal(got, want.schema) {
			t.Errorf("schema (%s): codes %v, want %v: %v", lang, got, want.schema, ps)
		}
		for _, p := range ps {
			if p.Message == "" {
				t.Errorf("schema (%s): problem without a message: %+v", lang, p)
			}
		}
	}
	if o.decoded != nil {
		for lang, r := range o.reports {
			if r == nil || len(r.Elements) != 5 {
				t.Errorf("check (%s): no report", lang)
			}
		}
		for _, f := range render.Formats {
			for _, public := range []bool{false, true} {
				key := string(f) + "//" + map[bool]string{false: "false", true: "true"}[public]
				out, err := o.renders[key], o.renderErrs[key]
				if f == render.EML && want.subject {
					var he *render.HeaderError
					if !errors.As(err, &he) || he.Header != "Subject" || !errors.Is(err, render.ErrHeaderControl) {
						t.Errorf("render %s: %v, want a *HeaderError for the Subject", key, err)
					}
					continue
				}
				if err != nil {
					t.Errorf("render %s: %v", key, err)
					continue
				}
				if why := checkInert(f, out); why != "" {
					t.Errorf("render %s is not inert: %s", key, why)
				}
			}
		}
	}
	checkCLI(t, data, o, want)
}

// checkCLI runs the CLI on the document and checks the exit statuses agree with
// the library.
func checkCLI(t *testing.T, data []byte, o *outcome, want hostileCase) {
	t.Helper()
	wantValidate := cli.ExitOK
	if want.schema != nil {
		wantValidate = cli.ExitInvalid
	}
	if code, stdout, stderr := runCLI(t, data, "validate", "-"); code != wantValidate {
		t.Errorf("cli validate: exit %d, want %d\nstdout: %s\nstderr: %s", code, wantValidate, stdout, stderr)
	}
	code, stdout, stderr := runCLI(t, data, "check", "-today", "2026-11-23", "-")
	switch {
	case o.decoded == nil && code != cli.ExitInvalid:
		t.Errorf("cli check of a document that does not decode: exit %d, want %d\nstderr: %s", code, cli.ExitInvalid, stderr)
	case o.decoded != nil && code != cli.ExitOK && code != cli.ExitInvalid:
		t.Errorf("cli check: exit %d\nstdout: %s\nstderr: %s", code, stdout, stderr)
	}
	for _, f := range render.Formats {
		code, stdout, stderr := runCLI(t, data, "render", "-format", string(f), "-date", "2026-11-23", "-")
		switch {
		case o.decoded == nil:
			if code != cli.ExitInvalid || stdout != "" {
				t.Errorf("cli render %s of a document that does not decode: exit %d, %d bytes out, want %d and none", f, code, len(stdout), cli.ExitInvalid)
			}
		case f == render.EML && want.subject:
			if code == cli.ExitOK || stdout != "" || !strings.Contains(stderr, "Subject") {
				t.Errorf("cli render eml with a control character in the title: exit %d, %d bytes out, stderr %q", code, len(stdout), stderr)
			}
		default:
			if code != cli.ExitOK {
				t.Errorf("cli render %s: exit %d: %s", f, code, stderr)
			} else if why := checkInert(f, []byte(stdout)); why != "" {
				t.Errorf("cli render %s is not inert: %s", f, why)
			}
		}
	}
}
