package declaration

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/openhrd/spcomm/hrd"
)

var langs = []hrd.Language{hrd.English, hrd.French, hrd.Spanish}

// one parses a reference known to be valid.
func one(t *testing.T, s string) Provision {
	t.Helper()
	p, err := ParseOne(s)
	if err != nil {
		t.Fatalf("ParseOne(%q): %v", s, err)
	}
	return p
}

func TestAll(t *testing.T) {
	want := "1 2.1 2.2 3 4 5(a) 5(b) 5(c) 6(a) 6(b) 6(c) 7 8.1 8.2 9.1 9.2 9.3(a) 9.3(b) 9.3(c) 9.4 9.5 " +
		"10 11 12.1 12.2 12.3 13 14.1 14.2(a) 14.2(b) 14.3 15 16 17 18.1 18.2 18.3 19 20"
	all := All()
	if got := strs(all); got != want {
		t.Errorf("All() =\n%s\nwant\n%s", got, want)
	}
	if len(all) != 39 {
		t.Errorf("len(All()) = %d, want 39", len(all))
	}
	for _, p := range all {
		if !p.IsUnit() {
			t.Errorf("%v in All() is not a unit", p)
		}
	}
	if !slices.IsSortedFunc(all, Compare) {
		t.Error("All() is not sorted")
	}
}

func TestProvisions(t *testing.T) {
	ps := Provisions()
	if len(ps) != 49 {
		t.Errorf("len(Provisions()) = %d, want 49 (20 articles, 18 paragraphs, 11 sub-paragraphs)", len(ps))
	}
	if !slices.IsSortedFunc(ps, Compare) {
		t.Error("Provisions() is not sorted")
	}
	if got := strs(ps[:12]); got != "1 2 2.1 2.2 3 4 5 5(a) 5(b) 5(c) 6 6(a)" {
		t.Errorf("Provisions() starts %s", got)
	}
	if got := strs(Articles()); got != "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20" {
		t.Errorf("Articles() = %s", got)
	}
	levels := map[Level]int{}
	for _, p := range ps {
		levels[p.Level()]++
	}
	if levels[LevelArticle] != 20 || levels[LevelParagraph] != 18 || levels[LevelSubParagraph] != 11 {
		t.Errorf("levels = %v", levels)
	}
}

func TestStructure(t *testing.T) {
	tests := []struct {
		in       string
		level    Level
		unit     bool
		parent   string
		article  string
		children string
		units    string
	}{
		{"1", LevelArticle, true, "", "1", "", "1"},
		{"2", LevelArticle, false, "", "2", "2.1 2.2", "2.1 2.2"},
		{"5", LevelArticle, false, "", "5", "5(a) 5(b) 5(c)", "5(a) 5(b) 5(c)"},
		{"5(c)", LevelSubParagraph, true, "5", "5", "", "5(c)"},
		{"9", LevelArticle, false, "", "9", "9.1 9.2 9.3 9.4 9.5", "9.1 9.2 9.3(a) 9.3(b) 9.3(c) 9.4 9.5"},
		{"9.3", LevelParagraph, false, "9", "9", "9.3(a) 9.3(b) 9.3(c)", "9.3(a) 9.3(b) 9.3(c)"},
		{"9.3(b)", LevelSubParagraph, true, "9.3", "9", "", "9.3(b)"},
		{"12.2", LevelParagraph, true, "12", "12", "", "12.2"},
		{"14.2", LevelParagraph, false, "14", "14", "14.2(a) 14.2(b)", "14.2(a) 14.2(b)"},
	}
	for _, tc := range tests {
		p := one(t, tc.in)
		if p.Level() != tc.level || p.IsUnit() != tc.unit || p.Parent().String() != tc.parent ||
			p.ArticleOf().String() != tc.article || strs(p.Children()) != tc.children || strs(p.Units()) != tc.units {
			t.Errorf("%s: level %v unit %v parent %q article %q children %q units %q", tc.in,
				p.Level(), p.IsUnit(), p.Parent(), p.ArticleOf(), strs(p.Children()), strs(p.Units()))
		}
	}
	var zero Provision
	if zero.Valid() || zero.Level() != LevelInvalid || zero.String() != "" || zero.Cite(hrd.English) != "" ||
		zero.Summary(hrd.English) != "" || zero.Title(hrd.English) != "" || zero.Children() != nil ||
		zero.Units() != nil || !zero.Parent().IsZero() || !zero.ArticleOf().IsZero() || zero.IsUnit() {
		t.Error("the zero Provision is not inert")
	}
	for _, l := range []Level{LevelInvalid, LevelArticle, LevelParagraph, LevelSubParagraph} {
		if l.String() == "" {
			t.Errorf("Level(%d) has no name", l)
		}
	}
}

func TestContains(t *testing.T) {
	tests := []struct {
		p, q string
		want bool
	}{
		{"9", "9", true},
		{"9", "9.3(a)", true},
		{"9", "9.4", true},
		{"9.3", "9.3(b)", true},
		{"9.3", "9.4", false},
		{"9.3(a)", "9.3", false},
		{"9.3(a)", "9.3(b)", false},
		{"5", "5(c)", true},
		{"5(c)", "5", false},
		{"1", "12", false},
		{"12", "1", false},
	}
	for _, tc := range tests {
		if got := one(t, tc.p).Contains(one(t, tc.q)); got != tc.want {
			t.Errorf("%s.Contains(%s) = %v", tc.p, tc.q, got)
		}
	}
	if (Provision{}).Contains(one(t, "1")) || one(t, "1").Contains(Provision{}) {
		t.Error("Contains accepts the zero Provision")
	}
}

func TestCompare(t *testing.T) {
	order := []string{"1", "2", "2.1", "2.2", "5", "5(a)", "5(c)", "9", "9.1", "9.3", "9.3(a)", "9.3(c)", "9.4", "10", "12.2", "20"}
	for i := range order {
		for j := range order {
			a, b := one(t, order[i]), one(t, order[j])
			want := 0
			if i < j {
				want = -1
			} else if i > j {
				want = 1
			}
			if got := Compare(a, b); got != want {
				t.Errorf("Compare(%s, %s) = %d, want %d", a, b, got, want)
			}
			if got := a.Compare(b); got != want {
				t.Errorf("%s.Compare(%s) = %d, want %d", a, b, got, want)
			}
		}
	}
}

func TestNew(t *testing.T) {
	tests := []struct {
		art, par int
		letter   rune
		want     string // "" for an error
	}{
		{9, 3, 'a', "9.3(a)"},
		{9, 3, 'A', "9.3(a)"},
		{5, 0, 'c', "5(c)"},
		{12, 0, 0, "12"},
		{1, 0, 0, "1"},
		{0, 0, 0, ""},
		{21, 0, 0, ""},
		{-1, 0, 0, ""},
		{9, 6, 0, ""},
		{9, -1, 0, ""},
		{5, 0, 'd', ""},
		{9, 0, 'a', ""},
		{1, 1, 0, ""},
		{14, 2, 'c', ""},
		{14, 2, '!', ""},
	}
	for _, tc := range tests {
		p, err := New(tc.art, tc.par, tc.letter)
		switch {
		case tc.want == "" && (err == nil || !errors.Is(err, ErrUnknownProvision) || !p.IsZero()):
			t.Errorf("New(%d, %d, %q) = %v, %v; want an ErrUnknownProvision", tc.art, tc.par, tc.letter, p, err)
		case tc.want != "" && (err != nil || p.String() != tc.want):
			t.Errorf("New(%d, %d, %q) = %v, %v; want %s", tc.art, tc.par, tc.letter, p, err, tc.want)
		}
	}
	p := one(t, "14.2(b)")
	if p.Article() != 14 || p.Paragraph() != 2 || p.Letter() != 'b' {
		t.Errorf("14.2(b) parts: %d %d %q", p.Article(), p.Paragraph(), p.Letter())
	}
	q := one(t, "6c")
	if q.Article() != 6 || q.Paragraph() != 0 || q.Letter() != 'c' {
		t.Errorf("6(c) parts: %d %d %q", q.Article(), q.Paragraph(), q.Letter())
	}
}

func TestCite(t *testing.T) {
	tests := []struct {
		in         string
		en, fr, es string
	}{
		{"9.3(a)", "article 9 (3) (a)", "article 9, paragraphe 3, alinéa a)", "artículo 9, párrafo 3, apartado a)"},
		{"5(c)", "article 5 (c)", "article 5, alinéa c)", "artículo 5, apartado c)"},
		{"12.2", "article 12 (2)", "article 12, paragraphe 2", "artículo 12, párrafo 2"},
		{"1", "article 1", "article 1", "artículo 1"},
		{"9.3", "article 9 (3)", "article 9, paragraphe 3", "artículo 9, párrafo 3"},
		{"14.2(b)", "article 14 (2) (b)", "article 14, paragraphe 2, alinéa b)", "artículo 14, párrafo 2, apartado b)"},
	}
	for _, tc := range tests {
		p := one(t, tc.in)
		for lang, want := range map[hrd.Language]string{hrd.English: tc.en, hrd.French: tc.fr, hrd.Spanish: tc.es} {
			if got := p.Cite(lang); got != want {
				t.Errorf("%s.Cite(%s) = %q, want %q", tc.in, lang, got, want)
			}
		}
		if got := p.Cite("de"); got != tc.en {
			t.Errorf("%s.Cite(de) = %q, want the English %q", tc.in, got, tc.en)
		}
	}
}

func TestCiteList(t *testing.T) {
	tests := []struct {
		in         string
		en, fr, es string
	}{
		{"1, 2, 12.2", "articles 1, 2 and 12 (2)", "articles 1, 2 et 12 (par. 2)", "artículos 1, 2 y 12 (2)"},
		{"12.2, 2, 1, 2", "articles 1, 2 and 12 (2)", "articles 1, 2 et 12 (par. 2)", "artículos 1, 2 y 12 (2)"},
		{"9.3(a)", "article 9 (3) (a)", "article 9 (par. 3 a))", "artículo 9 (3) (a)"},
		{"5(c), 9.4", "articles 5 (c) and 9 (4)", "articles 5 c) et 9 (par. 4)", "artículos 5 (c) y 9 (4)"},
		{"1, 2, 5, 6, 12", "articles 1, 2, 5, 6 and 12", "articles 1, 2, 5, 6 et 12", "artículos 1, 2, 5, 6 y 12"},
	}
	for _, tc := range tests {
		ps := MustParse(tc.in)
		for lang, want := range map[hrd.Language]string{hrd.English: tc.en, hrd.French: tc.fr, hrd.Spanish: tc.es} {
			if got := CiteList(ps, lang); got != want {
				t.Errorf("CiteList(%s, %s) = %q, want %q", tc.in, lang, got, want)
			}
		}
	}
	if got := CiteList(nil, hrd.English); got != "" {
		t.Errorf("CiteList(nil) = %q", got)
	}
	if got := CiteList([]Provision{{}, {art: 30}}, hrd.English); got != "" {
		t.Errorf("CiteList(invalid) = %q", got)
	}
	in := MustParse("12, 1")
	CiteList(in, hrd.English)
	if strs(in) != "12 1" {
		t.Error("CiteList changed its argument")
	}
}

func TestJSON(t *testing.T) {
	type doc struct {
		P  Provision   `json:"p"`
		Ps []Provision `json:"ps"`
	}
	in := doc{P: one(t, "9.3(a)"), Ps: MustParse("5c, 12.2")}
	data, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if string(data) != `{"p":"9.3(a)","ps":["5(c)","12.2"]}` {
		t.Errorf("JSON = %s", data)
	}
	var out doc
	if err := json.Unmarshal([]byte(`{"p":"Art. 9.3a","ps":["5c","12.2"]}`), &out); err != nil {
		t.Fatal(err)
	}
	if out.P != in.P || !slices.Equal(out.Ps, in.Ps) {
		t.Errorf("decoded %+v", out)
	}
	if err := json.Unmarshal([]byte(`{"p":"9.6"}`), &out); !errors.Is(err, ErrUnknownProvision) {
		t.Errorf("decoding 9.6: %v", err)
	}
	if _, err := json.Marshal(doc{}); !errors.Is(err, ErrUnknownProvision) {
		t.Errorf("encoding the zero Provision: %v", err)
	}
}

// TestCatalogComplete fails when a key lacks a language, when a provision or article
// lacks a title or summary, or when a text is left untranslated.
func TestCatalogComplete(t *testing.T) {
	if m := msgs.Missing(); len(m) > 0 {
		t.Errorf("catalog keys missing: %v", m)
	}
	used := map[string]bool{}
	check := func(what, key string, text func(hrd.Language) string) {
		t.Helper()
		used[key] = true
		if !msgs.Has(key) {
			t.Errorf("%s: no catalog key %q", what, key)
			return
		}
		seen := map[string]hrd.Language{}
		for _, lang := range langs {
			s := text(lang)
			if s == "" || s == key || strings.TrimSpace(s) != s {
				t.Errorf("%s in %s: %q", what, lang, s)
			}
			if other, dup := seen[s]; dup {
				t.Errorf("%s: %s text is the %s one: %q", what, lang, other, s)
			}
			seen[s] = lang
		}
	}
	for _, p := range Provisions() {
		check("summary "+p.String(), summaryKey(p), p.Summary)
		if p.Level() == LevelArticle {
			check("title "+p.String(), titleKey(p.Article()), p.Title)
		}
	}
	for _, tr := range Trends() {
		check("trend practice "+tr.Code, "trend."+tr.Code+".practice", tr.Practice)
		check("trend right "+tr.Code, "trend."+tr.Code+".right", tr.Right)
	}
	for _, tt := range []TrendTable{TrendHarassment, TrendRepression} {
		check("trend table "+string(tt), "trendtable."+string(tt), tt.Label)
	}
	for _, g := range Rights() {
		check("right title "+g.Code, "right."+g.Code+".title", g.Title)
		check("right summary "+g.Code, "right."+g.Code+".summary", g.Summary)
	}
	for _, k := range msgs.Keys() {
		if !used[k] {
			t.Errorf("catalog key %q is never used", k)
		}
	}
	if got, want := one(t, "9.3(a)").Summary("de"), one(t, "9.3(a)").Summary(hrd.English); got != want {
		t.Errorf("Summary(de) = %q, want the English text", got)
	}
}

// TestGolden writes every provision with its citations, title and summary in three
// languages; set SPCOMM_UPDATE_GOLDEN=1 to rewrite testdata/provisions.golden.
func TestGolden(t *testing.T) {
	var b strings.Builder
	for _, p := range Provisions() {
		fmt.Fprintf(&b, "%s [%s]\n", p, p.Level())
		for _, lang := range langs {
			fmt.Fprintf(&b, "  %s: %s | %s | %s\n     %s\n", lang, p.Cite(lang), CiteList([]Provision{p}, lang), p.Title(lang), p.Summary(lang))
		}
	}
	golden(t, "provisions.golden", b.String())
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if os.Getenv("SPCOMM_UPDATE_GOLDEN") == "1" {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with SPCOMM_UPDATE_GOLDEN=1 to create it)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs from the output; rerun with SPCOMM_UPDATE_GOLDEN=1 if the change is intended\ngot:\n%s", path, got)
	}
}
