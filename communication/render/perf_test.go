package render

import (
	"bytes"
	"fmt"
	"mime/quotedprintable"
	"strings"
	"testing"

	"github.com/openhrd/spcomm/communication"
)

// typical returns the typical test submission of [BenchmarkRender].
func typical(b *testing.B) *communication.Submission {
	for _, f := range submissions(b) {
		if strings.HasPrefix(f.name, "bgd-") {
			return f.s
		}
	}
	b.Fatal("no typical submission")
	return nil
}

// BenchmarkStages measures the parts of a rendering on the typical submission:
// the analysis calls of the communication package, building the draft model,
// and each writer on a model built beforehand.
func BenchmarkStages(b *testing.B) {
	s := typical(b)
	opt := Options{Date: fixedDate, Email: goldenEmail}
	lang := s.Language
	b.Run("SuggestMandates", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			communication.SuggestMandates(s)
		}
	})
	b.Run("SuggestType", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			communication.SuggestType(s)
		}
	})
	b.Run("Framework", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			communication.Framework(s)
		}
	})
	b.Run("analyse", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			analyse(s, lang)
		}
	})
	b.Run("build", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			build(s, opt)
		}
	})
	d := build(s, opt)
	writers := []struct {
		name  string
		write func(*bytes.Buffer, *draft) error
	}{
		{"writeMarkdown", func(w *bytes.Buffer, d *draft) error { writeMarkdown(w, d); return nil }},
		{"writeText", func(w *bytes.Buffer, d *draft) error { writeText(w, d); return nil }},
		{"writeHTML", writeHTML},
		{"writeEML", func(w *bytes.Buffer, d *draft) error { return writeEML(w, d, goldenEmail) }},
	}
	for _, wr := range writers {
		b.Run(wr.name, func(b *testing.B) {
			b.ReportAllocs()
			var buf bytes.Buffer
			for b.Loop() {
				buf.Reset()
				if err := wr.write(&buf, d); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestMessageFormat checks the parsed catalogs against fmt: every message of
// every language, with strings and numbers for its verbs, with too few and too
// many arguments, and with arguments of the wrong type.
func TestMessageFormat(t *testing.T) {
	argSets := [][]any{
		nil,
		{"α"},
		{7},
		{"α", "b"},
		{3, "b"},
		{"α", 42},
		{"α", "b", "c", "d"},
		{"α", "b", "c", "d", "e"},
		{1, "b", "c"},
		{int64(5)},
	}
	for lang, c := range catalogs {
		for _, key := range msgs.Keys() {
			for _, args := range argSets {
				want := msgs.Sprintf(string(lang), key, args...)
				if got := c.t(key, args...); got != want {
					t.Errorf("%s %s %v: %q, want %q", lang, key, args, got, want)
				}
			}
		}
	}
	for _, f := range []string{"%s%%%d", "%[2]s %s", "%v", "%[x]s", "%[0]s", "%[+1]s", "%", "%[1", "50%"} {
		m := parseMessage(f)
		for _, args := range argSets {
			want := fmt.Sprintf(f, args...)
			got, ok := m.format(args)
			if !ok {
				got = fmt.Sprintf(m.raw, args...)
			}
			if got != want {
				t.Errorf("format %q %v: %q, want %q", f, args, got, want)
			}
		}
	}
}

// TestSizeHint checks that the size hint is near the size of the rendering of
// every test submission (it is a hint: being under only costs a copy).
func TestSizeHint(t *testing.T) {
	for _, f := range allFixtures(t) {
		for _, format := range Formats {
			opt := Options{Format: format, Date: fixedDate, Email: goldenEmail}
			d := build(f.s, opt)
			got := len(mustRender(t, f.s, opt))
			if hint := d.sizeHint(format); hint < got*3/4 || hint > 2*got+8192 {
				t.Errorf("%s %s: size hint %d for %d bytes", f.name, format, hint, got)
			}
		}
	}
}

// randomTexts returns n texts of length pieces each drawn from alphabet by a
// fixed linear congruential sequence, so that the same seed gives the same texts.
func randomTexts(seed uint32, n, length int, alphabet ...string) []string {
	out := make([]string, 0, n)
	for range n {
		var b strings.Builder
		for range length {
			seed = seed*1664525 + 1013904223
			b.WriteString(alphabet[seed>>16%uint32(len(alphabet))])
		}
		out = append(out, b.String())
	}
	return out
}

// TestOneLineParagraphs checks the single-pass oneLine and paragraphs against
// their definitions with strings.Fields, on tricky and random text.
func TestOneLineParagraphs(t *testing.T) {
	refOneLine := func(s string) string { return strings.Join(strings.Fields(clean(s)), " ") }
	refParagraphs := func(s string) []string {
		var out, cur []string
		for _, line := range strings.Split(clean(s), "\n") {
			f := strings.Fields(line)
			if len(f) == 0 {
				if len(cur) > 0 {
					out = append(out, strings.Join(cur, " "))
					cur = nil
				}
				continue
			}
			cur = append(cur, f...)
		}
		if len(cur) > 0 {
			out = append(out, strings.Join(cur, " "))
		}
		return out
	}
	inputs := []string{"", " ", "a", " a", "a ", "a  b", "a\tb", "a\nb", "a\n\nb", "a\n \nb", "\n\na\n\n",
		"x\u00a0y", "\u00a0x", "x\u00a0", "x\u2003y", "x\u2028y", "a\r\nb", "a\rb", "\xff a", "é  è", "a \n b",
		"Label\u00a0: v", "\x00a\x01", "a\u0085b", "  lead\n  and trail  ", "\ufeffBOM"}
	inputs = append(inputs, randomTexts(1, 3000, 12,
		"a", "é", " ", "  ", "\n", "\t", "\u00a0", "\r", "\x00", "\xff", "\u2028", "\u3000", "-")...)
	for _, in := range inputs {
		if got, want := oneLine(in), refOneLine(in); got != want {
			t.Errorf("oneLine(%q) = %q, want %q", in, got, want)
		}
		got, want := paragraphs(in), refParagraphs(in)
		if len(got) != len(want) || strings.Join(got, "\x00") != strings.Join(want, "\x00") {
			t.Errorf("paragraphs(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestAppendQP checks the one-pass quoted-printable encoder against
// mime/quotedprintable on tricky and random input.
func TestAppendQP(t *testing.T) {
	inputs := []string{"", "a", " ", "a \n", "a\t\r\nb", "\r", "\r\r\n\n", "=", "é", "x\r\xffy\n",
		strings.Repeat("a", 75), strings.Repeat("a", 76), strings.Repeat("a", 74) + "é", strings.Repeat("a", 73) + "=\n",
		strings.Repeat("a", 75) + " \n", strings.Repeat(" ", 80) + "\n", strings.Repeat("ab ", 60)}
	inputs = append(inputs, randomTexts(7, 3000, 20,
		"a", "é", " ", "\t", "\n", "\r", "=", "\x00", "\xff", strings.Repeat("x", 30), "~")...)
	for _, in := range inputs {
		var want bytes.Buffer
		qw := quotedprintable.NewWriter(&want)
		qw.Write([]byte(in))
		qw.Close()
		if got := appendQP([]byte("prefix"), []byte(in)); string(got[6:]) != want.String() {
			t.Errorf("appendQP(%q) = %q, want %q", in, got[6:], want.String())
		}
	}
}
