package declaration

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/openhrd/spcomm/hrd"
)

// Provision is a reference to a part of the Declaration: a whole article ("9"), one of
// its numbered paragraphs ("9.3") or a lettered sub-paragraph ("9.3(a)", or "5(c)" in
// an article without numbered paragraphs).
//
// Provision is a small comparable value: use it as a map key and compare it with ==.
// The zero value refers to nothing and is not [Provision.Valid]. Build one with
// [ParseOne], [Parse] or [New]; every Provision they return is valid.
type Provision struct {
	art    uint8 // 1 to 20
	par    uint8 // 0 for the whole article or an article without numbered paragraphs
	letter byte  // 0, or 'a', 'b', 'c' for a lettered sub-paragraph
}

// NumArticles is the number of articles of the Declaration.
const NumArticles = 20

// shape describes how an article is divided: paras is its number of numbered
// paragraphs (0 when the article is a single paragraph) and letters[p] the number of
// lettered sub-paragraphs of paragraph p (p = 0 for an article without numbered
// paragraphs).
type shape struct {
	paras   uint8
	letters [6]uint8
}

// shapes holds the structure of the Declaration (A/RES/53/144, annex), indexed by
// article number; shapes[0] is unused.
var shapes = [NumArticles + 1]shape{
	1:  {},
	2:  {paras: 2},
	3:  {},
	4:  {},
	5:  {letters: [6]uint8{0: 3}},
	6:  {letters: [6]uint8{0: 3}},
	7:  {},
	8:  {paras: 2},
	9:  {paras: 5, letters: [6]uint8{3: 3}},
	10: {},
	11: {},
	12: {paras: 3},
	13: {},
	14: {paras: 3, letters: [6]uint8{2: 2}},
	15: {},
	16: {},
	17: {},
	18: {paras: 3},
	19: {},
	20: {},
}

// Level says whether a [Provision] is a whole article, a numbered paragraph or a
// lettered sub-paragraph.
type Level int

// The levels of a [Provision], from the widest to the narrowest.
const (
	LevelInvalid      Level = iota // the zero Provision, or one that does not exist
	LevelArticle                   // a whole article: "9", "5", "1"
	LevelParagraph                 // a numbered paragraph: "9.3", "12.2"
	LevelSubParagraph              // a lettered sub-paragraph: "9.3(a)", "5(c)"
)

// String returns "article", "paragraph", "sub-paragraph" or "invalid".
func (l Level) String() string {
	switch l {
	case LevelArticle:
		return "article"
	case LevelParagraph:
		return "paragraph"
	case LevelSubParagraph:
		return "sub-paragraph"
	}
	return "invalid"
}

// ErrUnknownProvision is wrapped by the errors for a reference to an article,
// paragraph or sub-paragraph that the Declaration does not have, such as "21", "9.6"
// or "5(d)".
var ErrUnknownProvision = errors.New("no such provision in the Declaration")

// New returns the provision with the given article, paragraph (0 for none) and
// sub-paragraph letter (0 for none; 'a' to 'c', either case). It returns an error
// wrapping [ErrUnknownProvision] when the Declaration has no such provision.
func New(article, paragraph int, letter rune) (Provision, error) {
	if letter >= 'A' && letter <= 'Z' {
		letter += 'a' - 'A'
	}
	if msg := checkParts(article, paragraph, letter); msg != "" {
		return Provision{}, fmt.Errorf("declaration: %w: %s", ErrUnknownProvision, msg)
	}
	return Provision{art: uint8(article), par: uint8(paragraph), letter: byte(letter)}, nil
}

// checkParts explains why article, paragraph and letter do not make a provision, or
// returns "" when they do.
func checkParts(article, paragraph int, letter rune) string {
	if article < 1 || article > NumArticles {
		return fmt.Sprintf("there is no article %d; the Declaration has articles 1 to %d", article, NumArticles)
	}
	s := shapes[article]
	if paragraph != 0 {
		switch {
		case s.paras == 0:
			return fmt.Sprintf("article %d has no numbered paragraphs, so no paragraph %d", article, paragraph)
		case paragraph < 0 || paragraph > int(s.paras):
			return fmt.Sprintf("article %d has paragraphs 1 to %d; there is no paragraph %d", article, s.paras, paragraph)
		}
	}
	if letter == 0 {
		return ""
	}
	n := s.letters[paragraph]
	where := "article " + strconv.Itoa(article)
	if paragraph != 0 {
		where += " (" + strconv.Itoa(paragraph) + ")"
	}
	switch {
	case n == 0 && paragraph == 0 && s.paras > 0:
		return fmt.Sprintf("%s has no sub-paragraph (%c) of its own; cite a paragraph first, as in %s", where, letter, exampleWithLetters(article))
	case n == 0:
		return fmt.Sprintf("%s has no lettered sub-paragraphs, so no (%c)", where, letter)
	case letter < 'a' || letter >= 'a'+rune(n):
		return fmt.Sprintf("%s has sub-paragraphs (a) to (%c); there is no (%c)", where, 'a'+rune(n)-1, letter)
	}
	return ""
}

// exampleWithLetters returns the first lettered sub-paragraph of an article, for
// error messages, or the article itself.
func exampleWithLetters(article int) string {
	s := shapes[article]
	for p := 1; p <= int(s.paras); p++ {
		if s.letters[p] > 0 {
			return Provision{uint8(article), uint8(p), 'a'}.String()
		}
	}
	return strconv.Itoa(article)
}

// Valid reports whether p refers to an article, paragraph or sub-paragraph that the
// Declaration has. The zero Provision is not valid.
func (p Provision) Valid() bool {
	return checkParts(int(p.art), int(p.par), rune(p.letter)) == "" && p.art != 0
}

// IsZero reports whether p is the zero Provision.
func (p Provision) IsZero() bool { return p == Provision{} }

// Article returns the article number, 1 to 20 (0 for the zero Provision).
func (p Provision) Article() int { return int(p.art) }

// Paragraph returns the paragraph number, or 0 when p is a whole article or a
// sub-paragraph of an article without numbered paragraphs ("5(c)").
func (p Provision) Paragraph() int { return int(p.par) }

// Letter returns the sub-paragraph letter ('a', 'b' or 'c'), or 0.
func (p Provision) Letter() rune { return rune(p.letter) }

// Level tells whether p is an article, a paragraph or a sub-paragraph; it returns
// [LevelInvalid] for a provision that is not [Provision.Valid].
func (p Provision) Level() Level {
	switch {
	case !p.Valid():
		return LevelInvalid
	case p.letter != 0:
		return LevelSubParagraph
	case p.par != 0:
		return LevelParagraph
	}
	return LevelArticle
}

// IsUnit reports whether p is a citable unit: a valid provision that has no smaller
// parts (article 1, 2.1, 5(a), 9.3(c)…). [All] lists every unit.
func (p Provision) IsUnit() bool {
	return p.Valid() && len(p.Children()) == 0
}

// Parent returns the provision that directly contains p: the paragraph of a lettered
// sub-paragraph of a paragraph, the article of a paragraph or of "5(c)", and the
// zero Provision for an article.
func (p Provision) Parent() Provision {
	switch {
	case !p.Valid():
		return Provision{}
	case p.letter != 0:
		return Provision{art: p.art, par: p.par}
	case p.par != 0:
		return Provision{art: p.art}
	}
	return Provision{}
}

// ArticleOf returns the whole article that p belongs to (p itself for an article),
// or the zero Provision when p is not valid.
func (p Provision) ArticleOf() Provision {
	if !p.Valid() {
		return Provision{}
	}
	return Provision{art: p.art}
}

// Children returns the provisions directly inside p, in order: the numbered
// paragraphs of an article, or the lettered sub-paragraphs of an article or
// paragraph. It returns nil for a unit or an invalid provision.
func (p Provision) Children() []Provision {
	if !p.Valid() || p.letter != 0 {
		return nil
	}
	s := shapes[p.art]
	var out []Provision
	if p.par == 0 && s.paras > 0 {
		for i := uint8(1); i <= s.paras; i++ {
			out = append(out, Provision{art: p.art, par: i})
		}
		return out
	}
	for i := uint8(0); i < s.letters[p.par]; i++ {
		out = append(out, Provision{art: p.art, par: p.par, letter: 'a' + i})
	}
	return out
}

// Units returns the citable units inside p, in order: p itself when it is a unit,
// every paragraph and sub-paragraph of an article otherwise. It returns nil for an
// invalid provision.
func (p Provision) Units() []Provision {
	if !p.Valid() {
		return nil
	}
	kids := p.Children()
	if len(kids) == 0 {
		return []Provision{p}
	}
	var out []Provision
	for _, k := range kids {
		out = append(out, k.Units()...)
	}
	return out
}

// Contains reports whether q is p or lies inside p: article 9 contains 9.3 and
// 9.3(a); 9.3 contains 9.3(b) but not 9.4.
func (p Provision) Contains(q Provision) bool {
	if !p.Valid() || !q.Valid() || p.art != q.art {
		return false
	}
	if p.par != 0 && p.par != q.par {
		return false
	}
	return p.letter == 0 || p.letter == q.letter
}

// Compare orders provisions naturally: by article, then paragraph, then letter, a
// whole article or paragraph coming before its parts (9 < 9.1 < 9.3 < 9.3(a) < 9.4 <
// 10). It returns -1, 0 or +1 and suits [slices.SortFunc].
func Compare(a, b Provision) int {
	switch {
	case a.art != b.art:
		return cmpInt(int(a.art), int(b.art))
	case a.par != b.par:
		return cmpInt(int(a.par), int(b.par))
	}
	return cmpInt(int(a.letter), int(b.letter))
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Compare is [Compare] as a method: p.Compare(q) == Compare(p, q).
func (p Provision) Compare(q Provision) int { return Compare(p, q) }

// String returns the short form: "1", "9", "12.2", "9.3(a)", "5(c)". [ParseOne]
// reads it back. The zero Provision gives "".
func (p Provision) String() string {
	if p.IsZero() {
		return ""
	}
	var b strings.Builder
	b.WriteString(strconv.Itoa(int(p.art)))
	if p.par != 0 {
		b.WriteByte('.')
		b.WriteString(strconv.Itoa(int(p.par)))
	}
	if p.letter != 0 {
		b.WriteByte('(')
		b.WriteByte(p.letter)
		b.WriteByte(')')
	}
	return b.String()
}

// MarshalText writes the short form of [Provision.String], so that a Provision is a
// JSON string such as "9.3(a)". An invalid provision is an error.
func (p Provision) MarshalText() ([]byte, error) {
	if !p.Valid() {
		return nil, fmt.Errorf("declaration: %w: cannot encode %q", ErrUnknownProvision, p.String())
	}
	return []byte(p.String()), nil
}

// UnmarshalText reads one provision in any form [ParseOne] accepts.
func (p *Provision) UnmarshalText(text []byte) error {
	q, err := ParseOne(string(text))
	if err != nil {
		return err
	}
	*p = q
	return nil
}

// Cite writes p the way a UN communication does, in English, French or Spanish
// (English for any other language):
//
//	en  article 9 (3) (a)    article 5 (c)       article 12 (2)
//	fr  article 9, paragraphe 3, alinéa a)    article 5, alinéa c)
//	es  artículo 9, párrafo 3, apartado a)    artículo 5, apartado c)
//
// An invalid provision gives "".
func (p Provision) Cite(lang hrd.Language) string {
	if !p.Valid() {
		return ""
	}
	n := strconv.Itoa(int(p.art))
	switch lang {
	case hrd.French:
		s := "article " + n
		if p.par != 0 {
			s += ", paragraphe " + strconv.Itoa(int(p.par))
		}
		if p.letter != 0 {
			s += ", alinéa " + string(rune(p.letter)) + ")"
		}
		return s
	case hrd.Spanish:
		s := "artículo " + n
		if p.par != 0 {
			s += ", párrafo " + strconv.Itoa(int(p.par))
		}
		if p.letter != 0 {
			s += ", apartado " + string(rune(p.letter)) + ")"
		}
		return s
	}
	return "article " + n + p.compact(hrd.English)
}

// compact writes what follows the article number in a list of citations:
// " (3) (a)" in English and Spanish, " (par. 3 a))" or " c)" in French.
func (p Provision) compact(lang hrd.Language) string {
	if lang == hrd.French {
		switch {
		case p.par != 0 && p.letter != 0:
			return " (par. " + strconv.Itoa(int(p.par)) + " " + string(rune(p.letter)) + "))"
		case p.par != 0:
			return " (par. " + strconv.Itoa(int(p.par)) + ")"
		case p.letter != 0:
			return " " + string(rune(p.letter)) + ")"
		}
		return ""
	}
	s := ""
	if p.par != 0 {
		s += " (" + strconv.Itoa(int(p.par)) + ")"
	}
	if p.letter != 0 {
		s += " (" + string(rune(p.letter)) + ")"
	}
	return s
}

// CiteList writes a list of provisions the way a letter does, sorted with [Compare]
// and without duplicates or invalid provisions:
//
//	en  articles 1, 2 and 12 (2)        article 9 (3) (a)
//	fr  articles 1, 2 et 12 (par. 2)    article 9 (par. 3 a))    article 5 c)
//	es  artículos 1, 2 y 12 (2)         artículo 9 (3) (a)
//
// Items after the first word use the compact style shown, also for a single
// provision; [Parse] reads every output back. An empty list gives "".
func CiteList(ps []Provision, lang hrd.Language) string {
	list := normalise(ps)
	if len(list) == 0 {
		return ""
	}
	one, many, and := "article ", "articles ", " and "
	switch lang {
	case hrd.French:
		and = " et "
	case hrd.Spanish:
		one, many, and = "artículo ", "artículos ", " y "
	default:
		lang = hrd.English
	}
	items := make([]string, len(list))
	for i, p := range list {
		items[i] = strconv.Itoa(int(p.art)) + p.compact(lang)
	}
	if len(items) == 1 {
		return one + items[0]
	}
	return many + strings.Join(items[:len(items)-1], ", ") + and + items[len(items)-1]
}

// normalise returns the valid provisions of ps, sorted and without duplicates.
func normalise(ps []Provision) []Provision {
	var out []Provision
	for _, p := range ps {
		if p.Valid() {
			out = append(out, p)
		}
	}
	sortProvisions(out)
	return compactSorted(out)
}

// All returns every citable unit of the Declaration in order: 1, 2.1, 2.2, 3, 4,
// 5(a), 5(b), 5(c), 6(a) … 9.3(a), 9.3(b), 9.3(c), 9.4, 9.5 … 19, 20 (39 units).
// A unit is a provision with no smaller parts ([Provision.IsUnit]).
func All() []Provision {
	var out []Provision
	for _, a := range Articles() {
		out = append(out, a.Units()...)
	}
	return out
}

// Articles returns the 20 articles of the Declaration as provisions, in order.
func Articles() []Provision {
	out := make([]Provision, NumArticles)
	for i := range out {
		out[i] = Provision{art: uint8(i + 1)}
	}
	return out
}

// Provisions returns every valid provision in order: each article followed by its
// paragraphs and sub-paragraphs (9, 9.1, 9.2, 9.3, 9.3(a) … 9.5, 10 …). Each one has
// a [Provision.Summary].
func Provisions() []Provision {
	var out []Provision
	var walk func(p Provision)
	walk = func(p Provision) {
		out = append(out, p)
		for _, c := range p.Children() {
			walk(c)
		}
	}
	for _, a := range Articles() {
		walk(a)
	}
	return out
}

// Summary returns a short plain-language summary of p in English, French or Spanish
// (English for any other language). The summaries are the library's own words, not
// the official text of the Declaration, which a letter cites rather than quotes.
// Every valid provision has one; an invalid provision gives "".
func (p Provision) Summary(lang hrd.Language) string {
	if !p.Valid() {
		return ""
	}
	return msgs.Sprintf(string(lang), summaryKey(p))
}

// Title returns the short subject of the article p belongs to, such as "Remedies,
// complaints and investigation" for 9.3(a), in English, French or Spanish. An
// invalid provision gives "".
func (p Provision) Title(lang hrd.Language) string {
	if !p.Valid() {
		return ""
	}
	return msgs.Sprintf(string(lang), titleKey(int(p.art)))
}

func summaryKey(p Provision) string { return "summary." + p.String() }
func titleKey(article int) string   { return "title." + strconv.Itoa(article) }
