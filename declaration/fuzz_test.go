package declaration

import (
	"errors"
	"testing"

	"github.com/openhrd/spcomm/hrd"
)

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"9.3(a)", "9.3a", "9.3 (a)", "9(3)(a)", "Art. 9.3(a)", "article 9 (3) (a)", "5c", "5(c)",
		"articles 6a & b", "1, 2 and 12.2", "articles 1, 2, 5, 6 and 12", "9.6", "5(d)", "21", "0",
		"", "9.3(a)(b)", "abc", "article 9, paragraphe 3, alinéa a)", "artículos 1, 2 y 12 (2)",
		"articles 1, 2 et 12 (par. 2)", "article 9 (par. 3 a))", "9 (1) and (2)", "6 a y b", "14 .1",
		"5\xff", "(((", "a)", ", ,", "art.", "9.3(a), (b) and (c)",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ps, err := Parse(s)
		if err != nil {
			pe, ok := errors.AsType[*ParseError](err)
			if !ok {
				t.Fatalf("Parse(%q): %T is not a *ParseError", s, err)
			}
			if !errors.Is(err, ErrSyntax) && !errors.Is(err, ErrUnknownProvision) {
				t.Fatalf("Parse(%q): %v wraps no sentinel", s, err)
			}
			if pe.Offset < 0 || pe.Offset > len(s) || pe.Input != s {
				t.Fatalf("Parse(%q): offset %d out of the input", s, pe.Offset)
			}
			if ps != nil {
				t.Fatalf("Parse(%q) returned %v with an error", s, ps)
			}
			return
		}
		if len(ps) == 0 {
			t.Fatalf("Parse(%q) returned nothing and no error", s)
		}
		for i, p := range ps {
			if !p.Valid() {
				t.Fatalf("Parse(%q) returned invalid %#v", s, p)
			}
			for _, q := range ps[:i] {
				if q == p {
					t.Fatalf("Parse(%q) repeats %v", s, p)
				}
			}
			if q, err := ParseOne(p.String()); err != nil || q != p {
				t.Fatalf("ParseOne(%q) = %v, %v; want %v (from %q)", p.String(), q, err, p, s)
			}
			for _, lang := range []hrd.Language{hrd.English, hrd.French, hrd.Spanish} {
				if q, err := ParseOne(p.Cite(lang)); err != nil || q != p {
					t.Fatalf("ParseOne(%q) = %v, %v; want %v", p.Cite(lang), q, err, p)
				}
			}
		}
	})
}
