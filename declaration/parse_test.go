package declaration

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/openhrd/spcomm/hrd"
)

// strs writes provisions in their short form, for comparisons.
func strs(ps []Provision) string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.String()
	}
	return strings.Join(out, " ")
}

func TestParseValid(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		// the forms of declaration.md
		{"9.3(a)", "9.3(a)"},
		{"9.3a", "9.3(a)"},
		{"9.3 (a)", "9.3(a)"},
		{"9(3)(a)", "9.3(a)"},
		{"Art. 9.3(a)", "9.3(a)"},
		{"article 9 (3) (a)", "9.3(a)"},
		{"5c", "5(c)"},
		{"5(c)", "5(c)"},
		{"articles 6a & b", "6(a) 6(b)"},
		{"1, 2 and 12.2", "1 2 12.2"},
		{"articles 1, 2, 5, 6 and 12", "1 2 5 6 12"},
		// whole articles and paragraphs
		{"5", "5"},
		{"9", "9"},
		{"9.3", "9.3"},
		{"12", "12"},
		{"14.2", "14.2"},
		{"20", "20"},
		// case and spacing
		{"ARTICLES 6A & B", "6(a) 6(b)"},
		{"  Article   12.2  ", "12.2"},
		{"art 9 (3)(A)", "9.3(a)"},
		{"14 .1, 14.2", "14.1 14.2"},
		{"9 . 4", "9.4"},
		{"Art.9.4", "9.4"},
		{"ART.5C", "5(c)"},
		// French and Spanish
		{"art. 5 et 6", "5 6"},
		{"articles 1, 2 et 12", "1 2 12"},
		{"artículos 1, 2 y 12.2", "1 2 12.2"},
		{"Artículo 9.3 (b)", "9.3(b)"},
		{"articulos 5 y 6", "5 6"},
		{"arti\u0301culo 13", "13"},
		{"article 9, paragraphe 3, alinéa a)", "9.3(a)"},
		{"article 9, paragraphe 3, alinea a)", "9.3(a)"},
		{"artículo 9, párrafo 3, apartado a)", "9.3(a)"},
		{"article 5, alinéa c)", "5(c)"},
		{"artículo 5, apartado c)", "5(c)"},
		{"articles 1, 2 et 12 (par. 2)", "1 2 12.2"},
		{"article 9 (par. 3 a))", "9.3(a)"},
		{"art. 9 (par. 3 a)", "9.3(a)"},
		{"art. 9 (par. 3a)", "9.3(a)"},
		{"article 5 c)", "5(c)"},
		{"articles 5 c) et 6 a)", "5(c) 6(a)"},
		{"article 9 paragraph 3", "9.3"},
		{"art. 12, para. 2", "12.2"},
		{"art. 12, párr. 2", "12.2"},
		{"article 9 (3), subparagraph (c)", "9.3(c)"},
		// lists and continuations
		{"Articles 2, 9.3a & c", "2 9.3(a) 9.3(c)"},
		{"Articles 6a & b, 9.3b", "6(a) 6(b) 9.3(b)"},
		{"9.3(a), (b) and (c)", "9.3(a) 9.3(b) 9.3(c)"},
		{"6 (a) and (b)", "6(a) 6(b)"},
		{"articles 9 (1) and (2)", "9.1 9.2"},
		{"9.3 and (2)", "9.3 9.2"},
		{"articles 9 (1), (3) (a) and 12 (2)", "9.1 9.3(a) 12.2"},
		{"articles 6a y b", "6(a) 6(b)"},
		{"5(c); 9.4", "5(c) 9.4"},
		{"1, 2, and 12.2", "1 2 12.2"},
		{"art. 5, art. 6", "5 6"},
		{"1 and article 2", "1 2"},
		{"article 5 a", "5(a)"},
		{"articles 6 a and b", "6(a) 6(b)"},
		{"6a&b", "6(a) 6(b)"},
		// duplicates are dropped, the order kept
		{"12, 1, 12", "12 1"},
		{"9.3a and 9.3(a)", "9.3(a)"},
	}
	for _, tc := range tests {
		got, err := Parse(tc.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tc.in, err)
			continue
		}
		if s := strs(got); s != tc.want {
			t.Errorf("Parse(%q) = %s, want %s", tc.in, s, tc.want)
		}
		for _, p := range got {
			if !p.Valid() {
				t.Errorf("Parse(%q) returned invalid %#v", tc.in, p)
			}
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		in     string
		err    error
		offset int
		token  string
		detail string // part of the message
	}{
		{"9.6", ErrUnknownProvision, 2, "6", "article 9 has paragraphs 1 to 5; there is no paragraph 6"},
		{"5(d)", ErrUnknownProvision, 2, "d", "article 5 has sub-paragraphs (a) to (c); there is no (d)"},
		{"21", ErrUnknownProvision, 0, "21", "there is no article 21"},
		{"0", ErrUnknownProvision, 0, "0", "there is no article 0"},
		{"", ErrSyntax, 0, "", "no provision given"},
		{"   ", ErrSyntax, 3, "", "no provision given"},
		{"9.3(a)(b)", ErrSyntax, 6, "(", "at most one sub-paragraph letter"},
		{"9.3ab", ErrSyntax, 3, "ab", "expected a comma"},
		{"abc", ErrSyntax, 0, "abc", `expected an article number, found "abc"`},
		{"9.0", ErrUnknownProvision, 2, "0", "there is no paragraph 0"},
		{"5.1", ErrUnknownProvision, 2, "1", "article 5 has no numbered paragraphs"},
		{"1(a)", ErrUnknownProvision, 2, "a", "article 1 has no lettered sub-paragraphs"},
		{"9(a)", ErrUnknownProvision, 2, "a", "article 9 has no sub-paragraph (a) of its own; cite a paragraph first, as in 9.3(a)"},
		{"9.1(a)", ErrUnknownProvision, 4, "a", "article 9 (1) has no lettered sub-paragraphs"},
		{"14.2(c)", ErrUnknownProvision, 5, "c", "article 14 (2) has sub-paragraphs (a) to (b); there is no (c)"},
		{"12.4", ErrUnknownProvision, 3, "4", "article 12 has paragraphs 1 to 3"},
		{"99999999999999999999", ErrUnknownProvision, 0, "99999999999999999999", "there is no article 99999999999999999999"},
		{"9.99999999999", ErrUnknownProvision, 2, "99999999999", "there is no paragraph 99999999999"},
		{"5 and", ErrSyntax, 5, "", `a provision must follow "and"`},
		{"5,", ErrSyntax, 2, "", `a provision must follow ","`},
		{"articles", ErrSyntax, 8, "", "expected an article number"},
		{"art. 5 6", ErrSyntax, 7, "6", "expected a comma"},
		{"5 & b", ErrSyntax, 4, "b", "5, which has no sub-paragraph letter"},
		{"9 and (2)", ErrSyntax, 7, "2", "9, which has no paragraph"},
		{"9.3(a) and (d)", ErrUnknownProvision, 12, "d", "there is no (d)"},
		{"9 (1) and (6)", ErrUnknownProvision, 11, "6", "there is no paragraph 6"},
		{"5-7", ErrSyntax, 1, "-", "unexpected character '-'"},
		{"9.3(a", ErrSyntax, 3, "(", "expected a comma"},
		{"article 9 (par. x)", ErrSyntax, 16, "x", "expected a paragraph number"},
		{"article 9 (par. 3", ErrSyntax, 17, "", `expected ")"`},
		{"9, alinéa", ErrSyntax, 10, "", "expected a sub-paragraph letter"},
		{"5\xff", ErrSyntax, 1, "\xff", "not valid UTF-8"},
		{"article 9.3(é)", ErrUnknownProvision, 12, "é", "there is no (é)"},
		{"1.", ErrSyntax, 1, ".", "expected a comma"},
	}
	for _, tc := range tests {
		got, err := Parse(tc.in)
		if err == nil {
			t.Errorf("Parse(%q) = %s, want an error", tc.in, strs(got))
			continue
		}
		if !errors.Is(err, tc.err) {
			t.Errorf("Parse(%q): %v, want errors.Is %v", tc.in, err, tc.err)
		}
		pe, ok := errors.AsType[*ParseError](err)
		if !ok {
			t.Errorf("Parse(%q): %T is not a *ParseError", tc.in, err)
			continue
		}
		if pe.Input != tc.in || pe.Offset != tc.offset || pe.Token != tc.token {
			t.Errorf("Parse(%q): input %q, offset %d, token %q; want offset %d, token %q (%v)",
				tc.in, pe.Input, pe.Offset, pe.Token, tc.offset, tc.token, err)
		}
		if !strings.Contains(pe.Detail, tc.detail) {
			t.Errorf("Parse(%q): detail %q, want it to contain %q", tc.in, pe.Detail, tc.detail)
		}
		if !strings.Contains(err.Error(), tc.detail) {
			t.Errorf("Parse(%q): message %q lacks %q", tc.in, err, tc.detail)
		}
		if tc.token != "" && pe.Offset+len(pe.Token) <= len(tc.in) && tc.in[pe.Offset:pe.Offset+len(pe.Token)] != pe.Token {
			t.Errorf("Parse(%q): token %q is not at offset %d", tc.in, pe.Token, pe.Offset)
		}
	}
}

func TestParseErrorMessage(t *testing.T) {
	_, err := Parse("5(d)")
	want := `declaration: "5(d)": article 5 has sub-paragraphs (a) to (c); there is no (d) (at byte 2, "d")`
	if err == nil || err.Error() != want {
		t.Errorf("Parse(5(d)) = %v, want %s", err, want)
	}
	_, err = Parse("5 and")
	want = `declaration: "5 and": a provision must follow "and" (at the end)`
	if err == nil || err.Error() != want {
		t.Errorf("Parse(5 and) = %v, want %s", err, want)
	}
	long := strings.Repeat("x", 200)
	_, err = Parse(long)
	if err == nil || len(err.Error()) > 300 {
		t.Errorf("a long input gives a long message: %d bytes", len(err.Error()))
	}
}

func TestParseOne(t *testing.T) {
	p, err := ParseOne("Art. 9.3(a)")
	if err != nil || p.String() != "9.3(a)" {
		t.Fatalf("ParseOne(Art. 9.3(a)) = %v, %v", p, err)
	}
	for _, in := range []string{"articles 6a & b", "1, 2", "9.6", ""} {
		p, err := ParseOne(in)
		if err == nil {
			t.Errorf("ParseOne(%q) = %v, want an error", in, p)
		}
		if !p.IsZero() {
			t.Errorf("ParseOne(%q) returned %v with its error", in, p)
		}
	}
	_, err = ParseOne("articles 6a & b")
	if !errors.Is(err, ErrSyntax) || !strings.Contains(err.Error(), "expected one provision, found 2") {
		t.Errorf("ParseOne(list) = %v", err)
	}
}

// TestRoundTrip checks that every form the package writes is read back.
func TestRoundTrip(t *testing.T) {
	langs := []hrd.Language{hrd.English, hrd.French, hrd.Spanish}
	for _, p := range Provisions() {
		forms := []string{p.String(), CiteList([]Provision{p}, hrd.English)}
		for _, lang := range langs {
			forms = append(forms, p.Cite(lang), CiteList([]Provision{p}, lang))
		}
		for _, f := range forms {
			got, err := ParseOne(f)
			if err != nil || got != p {
				t.Errorf("ParseOne(%q) = %v, %v; want %v", f, got, err, p)
			}
		}
	}
	all := Provisions()
	for _, lang := range langs {
		s := CiteList(all, lang)
		got, err := Parse(s)
		if err != nil || !slices.Equal(got, all) {
			t.Errorf("Parse(CiteList(all, %s)) = %s, %v", lang, strs(got), err)
		}
	}
}

func TestMustParsePanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustParse(21) did not panic")
		}
	}()
	MustParse("21")
}

func TestParseDanglingConjunction(t *testing.T) {
	for _, in := range []string{"5 y", "5 et", "5 &"} {
		_, err := Parse(in)
		if err == nil || !errors.Is(err, ErrSyntax) || !strings.Contains(err.Error(), "a provision must follow") {
			t.Errorf("Parse(%q) = %v, want a dangling-separator error", in, err)
		}
	}
}
