package hardening

import (
	"bytes"
	"fmt"
	"mime"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openhrd/spcomm/communication"
	"github.com/openhrd/spcomm/communication/render"
	"github.com/openhrd/spcomm/schema"
)

// bidiOpen are the characters that start a bidirectional embedding, override or
// isolate; bidiClose end them.
const (
	bidiOpen  = "\u202A\u202B\u202D\u202E\u2066\u2067\u2068"
	bidiClose = "\u202C\u2069"
)

func readHostile(t *testing.T, name string) *communication.Submission {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(root, "testdata", "hostile", name))
	if err != nil {
		t.Fatal(err)
	}
	s, err := communication.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if res := schema.Validate(data, schema.Options{}); !res.Valid() {
		t.Errorf("%s: not valid: %v", name, res.Problems)
	}
	return s
}

// TestBidiInEmailSubject: a bidirectional override in the title must not reach
// the e-mail's Subject, where a mail program shows it outside any isolation and
// can reverse the rest of the line (the type, the State, "URGENT"): the renderer
// closes and isolates it.
func TestBidiInEmailSubject(t *testing.T) {
	s := readHostile(t, "bidi-override-in-title.json")
	var leaks []string
	titles := []string{s.Title, "Case of \u202eSokha Chan", "\u2067Case\u202b of Sokha Chan"}
	for _, title := range titles {
		for _, public := range []bool{false, true} {
			s.Title = title
			out, err := render.Bytes(s, render.Options{Format: render.EML, Public: public, Date: fixedDay, Email: testEmail})
			if err != nil {
				// Refusing the subject is one acceptable answer.
				continue
			}
			h, _, _, err := emlParts(out)
			if err != nil {
				t.Fatal(err)
			}
			subject, err := new(mime.WordDecoder).DecodeHeader(h.Get("Subject"))
			if err != nil {
				t.Fatal(err)
			}
			if strings.ContainsAny(subject, bidiOpen) && !balancedBidi(subject) {
				leaks = append(leaks, fmt.Sprintf("title %q public=%v: Subject %q", title, public, subject))
			}
		}
	}
	if len(leaks) > 0 {
		t.Errorf("a bidirectional override in the title reaches the e-mail Subject unbalanced:\n%s", strings.Join(leaks, "\n"))
	}
}

// balancedBidi reports whether every embedding, override or isolate s opens is
// closed within s.
func balancedBidi(s string) bool {
	depth := 0
	for _, r := range s {
		switch {
		case strings.ContainsRune(bidiOpen, r):
			depth++
		case strings.ContainsRune(bidiClose, r):
			if depth > 0 {
				depth--
			}
		}
	}
	return depth == 0
}

// TestBidiInNames: names with bidirectional overrides decode, are valid, and
// render in every format without an error or active content. What each format
// does with the override is recorded: an override left open inside a line spills
// over the fixed text that follows it on that line ("may be named: yes"), which
// only isolation prevents: the renderers close every control a user text opens
// and wrap the line in U+2068…U+2069.
func TestBidiInNames(t *testing.T) {
	s := readHostile(t, "bidi-override-in-names.json")
	var spills []string
	eachInertRendering(t, s, func(f render.Format, public bool, out []byte) {
		if f == render.EML {
			return // its parts are the text and HTML renderings
		}
		text := string(out)
		if f == render.HTML {
			text = isolateBDI(text)
		}
		for i, line := range strings.Split(text, "\n") {
			if strings.ContainsAny(line, bidiOpen) && !balancedBidi(line) {
				spills = append(spills, fmt.Sprintf("%s public=%v line %d: %q", f, public, i+1, line))
				break
			}
		}
	})
	if len(spills) > 0 {
		t.Errorf("user text with an open bidirectional override is not isolated:\n%s", strings.Join(spills, "\n"))
	}
}

// eachInertRendering renders s in every format, with and without the public
// option, fails on an error or on output that is not inert, and passes each
// rendering to fn.
func eachInertRendering(t *testing.T, s *communication.Submission, fn func(f render.Format, public bool, out []byte)) {
	t.Helper()
	for _, f := range render.Formats {
		for _, public := range []bool{false, true} {
			out, err := render.Bytes(s, render.Options{Format: f, Public: public, Date: fixedDay, Email: testEmail})
			if err != nil {
				t.Errorf("%s public=%v: %v", f, public, err)
				continue
			}
			if why := checkInert(f, out); why != "" {
				t.Errorf("%s public=%v: %s", f, public, why)
			}
			fn(f, public, out)
		}
	}
}

// isolateBDI removes what <bdi> elements hold: it is isolated.
func isolateBDI(s string) string {
	for {
		i := strings.Index(s, "<bdi>")
		if i < 0 {
			return s
		}
		j := strings.Index(s[i:], "</bdi>")
		if j < 0 {
			return s
		}
		s = s[:i] + s[i+j+len("</bdi>"):]
	}
}

// TestZeroWidthInNames: names with zero-width characters (U+200B, U+200C,
// U+200D, U+FEFF) decode, are valid, and render inertly; and the public version
// still takes the name out of the narrative, where the same name is written
// without them. The scrubber compares words by letters, so a zero-width
// character inside "So\u200bkha" splits the name's word in two ("So", "kha")
// and "Sokha" in the narrative would no longer match: format characters are
// part of words and ignored when names are compared.
func TestZeroWidthInNames(t *testing.T) {
	s := readHostile(t, "zero-width-in-names.json")
	var leaks []string
	eachInertRendering(t, s, func(f render.Format, public bool, out []byte) {
		if !public {
			return
		}
		text := visible(f, out)
		for _, word := range []string{"sokha", "vannak"} {
			if i := findWord(text, word); i >= 0 {
				leaks = append(leaks, fmt.Sprintf("%s: %q at …%s…", f, word, text[max(0, i-40):min(len(text), i+40)]))
			}
		}
	})
	if len(leaks) > 0 {
		t.Errorf("a name written with a zero-width character is not scrubbed where the narrative writes it without:\n%s", strings.Join(leaks, "\n"))
	}
}

// TestSchemaVerdictIndependentOfOtherProblems: whether a value is valid must not
// depend on the rest of the document. Validate answers "valid" from its fast
// path and explains an invalid document with the reference validator; the two
// must agree on every value, so a value the fast path accepts must get no
// problem from the reference path when another field is broken.
func TestSchemaVerdictIndependentOfOtherProblems(t *testing.T) {
	for _, name := range []string{
		"base.json", "number-age-neg-zero.json", "number-age-neg-zero-float.json",
		"number-age-1e2.json", "bom-inside-string.json", "nul-escaped-in-name.json", "zero-width-in-names.json",
		"bidi-override-in-names.json", "crlf-in-other-fields.json",
	} {
		data, err := os.ReadFile(filepath.Join(root, "testdata", "hostile", name))
		if err != nil {
			t.Fatal(err)
		}
		if res := schema.Validate(data, schema.Options{}); !res.Valid() {
			t.Errorf("%s: not valid: %v", name, res.Problems)
			continue
		}
		// Break one unrelated field: the only problem must be that one.
		broken := bytes.Replace(data, []byte(`"schema_version": "1.0"`), []byte(`"schema_version": "9.9"`), 1)
		res := schema.Validate(broken, schema.Options{})
		for _, p := range res.Problems {
			if p.Pointer != "/schema_version" {
				t.Errorf("%s: valid on its own, but with /schema_version broken the schema also finds %s (%s): %s", name, p.Pointer, p.Code, p.Message)
			}
		}
	}
}

// TestNULAndControlCharactersCleaned: escaped NUL and other control characters
// in text are data the renderers clean: no rendering holds one.
func TestNULAndControlCharactersCleaned(t *testing.T) {
	s := readHostile(t, "nul-escaped-in-name.json")
	s.Context = "tab\there, bell\a, escape\x1b[31m, delete\x7f, c1\u0085\u009b, line\u2028para\u2029end"
	for _, f := range render.Formats {
		for _, lang := range langs {
			out, err := render.Bytes(s, render.Options{Format: f, Lang: lang, Date: fixedDay, Email: testEmail})
			if err != nil {
				t.Errorf("%s %s: %v", f, lang, err)
				continue
			}
			if f != render.EML && bytes.ContainsAny(out, "\x00\a\x1b\x7f") {
				t.Errorf("%s %s: a control character in the output", f, lang)
			}
			if why := checkInert(f, out); why != "" {
				t.Errorf("%s %s: %s", f, lang, why)
			}
		}
	}
}
