package declaration

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ErrSyntax is wrapped by the errors for a reference that cannot be read at all, such
// as "", "abc", "9.3(a)(b)" or "5 and".
var ErrSyntax = errors.New("malformed provision reference")

// ParseError reports a reference to the Declaration that [Parse] or [ParseOne]
// cannot read. It names the input, the place of the offending token and what is
// wrong with it, and wraps [ErrSyntax] or [ErrUnknownProvision].
type ParseError struct {
	Input  string // the text given
	Offset int    // byte offset of the offending token in Input (len(Input) at its end)
	Token  string // the offending token as written, "" at the end of the input
	Detail string // what is wrong, in English
	Err    error  // ErrSyntax or ErrUnknownProvision
}

// Error returns a message naming the input, the problem and its place, for example
// `declaration: "9.6": article 9 has paragraphs 1 to 5; there is no paragraph 6 (at
// byte 2, "6")`.
func (e *ParseError) Error() string {
	where := "at the end"
	if e.Token != "" {
		where = fmt.Sprintf("at byte %d, %s", e.Offset, quoteShort(e.Token))
	}
	return fmt.Sprintf("declaration: %s: %s (%s)", quoteShort(e.Input), e.Detail, where)
}

// Unwrap returns [ErrSyntax] or [ErrUnknownProvision].
func (e *ParseError) Unwrap() error { return e.Err }

// quoteShort quotes s, cut to 64 runes so that an error never carries a long text.
func quoteShort(s string) string {
	const max = 64
	if utf8.RuneCountInString(s) <= max {
		return strconv.Quote(s)
	}
	return strconv.Quote(string([]rune(s)[:max])) + "…"
}

// Parse reads one or more references to the Declaration, in the forms found in UN
// letters, NGO reports and the FORUM-ASIA booklet, in English, French or Spanish and
// in any case:
//
//	9.3(a)  9.3a  9.3 (a)  9(3)(a)  Art. 9.3(a)  article 9 (3) (a)  5c  5(c)  9.3  12
//	articles 6a & b                      → 6(a), 6(b)
//	articles 1, 2 and 12.2               → 1, 2, 12.2
//	articles 9 (1) and (2)               → 9.1, 9.2
//	article 9, paragraphe 3, alinéa a)   artículos 1, 2 y 12 (2)   articles 1 et 12 (par. 2)
//
// A bare number is always an article; a paragraph follows a dot or sits in
// parentheses; a letter is glued to the number, in parentheses or followed by ")".
// A lone letter or parenthesised paragraph after "and", "&", "et", "y" or a comma
// continues the previous provision. The words "art.", "article(s)", "artículo(s)",
// "paragraph", "para.", "par.", "paragraphe", "párrafo", "párr.", "alinéa", "al.",
// "apartado", "subparagraph", "inciso" and "letra" are understood.
//
// The provisions come back in the order written, without duplicates. An error is a
// [*ParseError] wrapping [ErrSyntax] (unreadable text) or [ErrUnknownProvision] (a
// provision the Declaration lacks: "21", "0", "9.6", "5(d)").
func Parse(s string) ([]Provision, error) {
	p := &parser{in: s}
	if err := p.lex(); err != nil {
		return nil, err
	}
	return p.list()
}

// ParseOne reads exactly one reference to the Declaration, in any form [Parse]
// accepts; a list ("articles 6a & b") is an error wrapping [ErrSyntax].
func ParseOne(s string) (Provision, error) {
	ps, err := Parse(s)
	if err != nil {
		return Provision{}, err
	}
	if len(ps) != 1 {
		return Provision{}, &ParseError{Input: s, Offset: 0, Token: s, Err: ErrSyntax,
			Detail: fmt.Sprintf("expected one provision, found %d", len(ps))}
	}
	return ps[0], nil
}

// MustParse is [Parse] for references written in a program, such as the library's
// own tables; it panics when s is not a valid reference. Never use it on input.
func MustParse(s string) []Provision {
	ps, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return ps
}

type tokKind int

const (
	tEOF tokKind = iota
	tNum
	tWord
	tDot
	tLParen
	tRParen
	tComma
	tAmp
	tSemi
)

type token struct {
	kind  tokKind
	text  string // as written
	word  string // for tWord: lower case, accents removed
	pos   int    // byte offset in the input
	glued bool   // no space between this token and the previous one
}

type parser struct {
	in   string
	toks []token
	i    int
}

func (p *parser) fail(t token, sentinel error, format string, args ...any) *ParseError {
	return &ParseError{Input: p.in, Offset: t.pos, Token: t.text, Err: sentinel, Detail: fmt.Sprintf(format, args...)}
}

// lex splits the input into tokens.
func (p *parser) lex() error {
	s := p.in
	space := true
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		start := i
		switch {
		case r == utf8.RuneError && size <= 1:
			return p.fail(token{text: s[i : i+max(size, 1)], pos: i}, ErrSyntax, "the text is not valid UTF-8")
		case unicode.IsSpace(r):
			i += size
			space = true
			continue
		case r >= '0' && r <= '9':
			for i < len(s) && s[i] >= '0' && s[i] <= '9' {
				i++
			}
			p.toks = append(p.toks, token{kind: tNum, text: s[start:i], pos: start, glued: !space})
		case unicode.IsLetter(r):
			for i < len(s) {
				r, size := utf8.DecodeRuneInString(s[i:])
				if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
					break
				}
				i += size
			}
			p.toks = append(p.toks, token{kind: tWord, text: s[start:i], word: fold(s[start:i]), pos: start, glued: !space})
		default:
			k, ok := punctuation[r]
			if !ok {
				return p.fail(token{text: s[i : i+size], pos: i}, ErrSyntax, "unexpected character %q", r)
			}
			i += size
			p.toks = append(p.toks, token{kind: k, text: s[start:i], pos: start, glued: !space})
		}
		space = false
	}
	p.toks = append(p.toks, token{kind: tEOF, pos: len(s)})
	return nil
}

// fold lowers a word and removes the accents the keywords may carry.
func fold(w string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(w) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case strings.ContainsRune("áàâä", r):
			r = 'a'
		case strings.ContainsRune("éèêë", r):
			r = 'e'
		case strings.ContainsRune("íìîï", r):
			r = 'i'
		case strings.ContainsRune("óòôö", r):
			r = 'o'
		case strings.ContainsRune("úùûü", r):
			r = 'u'
		}
		b.WriteRune(r)
	}
	return b.String()
}

var (
	punctuation    = map[rune]tokKind{'.': tDot, '(': tLParen, ')': tRParen, ',': tComma, '&': tAmp, ';': tSemi}
	articleWords   = []string{"art", "arts", "article", "articles", "articulo", "articulos"}
	paragraphWords = []string{"paragraph", "para", "par", "paragraphe", "parrafo", "parr", "paragraphs", "paragraphes"}
	letterWords    = []string{"subparagraph", "alinea", "al", "apartado", "inciso", "letra", "letter"}
	conjunctions   = []string{"and", "et", "y"}
)

func (p *parser) peek() token        { return p.toks[p.i] }
func (p *parser) peekAt(n int) token { return p.toks[min(p.i+n, len(p.toks)-1)] }
func (p *parser) next() token {
	t := p.toks[p.i]
	if t.kind != tEOF {
		p.i++
	}
	return t
}

// isWord reports whether t is a word among ws.
func isWord(t token, ws []string) bool { return t.kind == tWord && slices.Contains(ws, t.word) }

// isLetter reports whether t is a single letter.
func isLetter(t token) bool { return t.kind == tWord && utf8.RuneCountInString(t.word) == 1 }

// keyword consumes a word among ws and an optional dot after it.
func (p *parser) keyword(ws []string) bool {
	if !isWord(p.peek(), ws) {
		return false
	}
	p.next()
	if p.peek().kind == tDot {
		p.next()
	}
	return true
}

// list reads the whole input: references separated by commas, "&", ";" or a
// conjunction.
func (p *parser) list() ([]Provision, error) {
	if p.peek().kind == tEOF {
		return nil, p.fail(p.peek(), ErrSyntax, "no provision given")
	}
	var out []Provision
	add := func(v Provision) {
		if !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	p.keyword(articleWords)
	last, err := p.ref()
	if err != nil {
		return nil, err
	}
	add(last)
	for p.peek().kind != tEOF {
		t := p.peek()
		if !p.separator() {
			if p.letterAhead() {
				return nil, p.fail(t, ErrSyntax, "a provision has at most one sub-paragraph letter; write a list such as %q", "9.3(a) and (b)")
			}
			return nil, p.fail(t, ErrSyntax, "expected a comma, %q or the end after %s", "and", last)
		}
		if p.peek().kind == tEOF {
			return nil, p.fail(p.peek(), ErrSyntax, "a provision must follow %q", t.text)
		}
		p.keyword(articleWords)
		switch {
		case p.letterAhead():
			r, lt, err := p.letter()
			if err != nil {
				return nil, err
			}
			if last.letter == 0 {
				return nil, p.fail(lt, ErrSyntax, "the sub-paragraph (%c) follows %s, which has no sub-paragraph letter; write the article too", r, last)
			}
			if last, err = p.check(int(last.art), int(last.par), r, lt); err != nil {
				return nil, err
			}
		case p.peek().kind == tLParen && p.peekAt(1).kind == tNum && p.peekAt(2).kind == tRParen:
			pt := p.peekAt(1)
			if last.par == 0 {
				return nil, p.fail(pt, ErrSyntax, "the paragraph (%s) follows %s, which has no paragraph; write the article too", pt.text, last)
			}
			p.next()
			p.next()
			p.next()
			n, err := p.paraNum(int(last.art), pt)
			if err != nil {
				return nil, err
			}
			r, lt, err := p.letter()
			if err != nil {
				return nil, err
			}
			if last, err = p.check(int(last.art), n, r, lt); err != nil {
				return nil, err
			}
		default:
			if last, err = p.ref(); err != nil {
				return nil, err
			}
		}
		add(last)
	}
	return out, nil
}

// separator consumes one separator: commas, "&", ";" and conjunctions, in any
// combination ("," ", and" "&").
func (p *parser) separator() bool {
	n := 0
	for {
		t := p.peek()
		if t.kind == tComma || t.kind == tAmp || t.kind == tSemi || isWord(t, conjunctions) {
			p.next()
			n++
			continue
		}
		return n > 0
	}
}

// number reads a number token; ok is false for one too long to be an article.
func number(t token) (int, bool) {
	if len(t.text) > 4 {
		return 0, false
	}
	n, err := strconv.Atoi(t.text)
	return n, err == nil
}

// check builds a provision or reports why it does not exist, at token t.
func (p *parser) check(article, paragraph int, letter rune, t token) (Provision, error) {
	if msg := checkParts(article, paragraph, letter); msg != "" {
		return Provision{}, p.fail(t, ErrUnknownProvision, "%s", msg)
	}
	return Provision{art: uint8(article), par: uint8(paragraph), letter: byte(letter)}, nil
}

// ref reads one reference: an article number, an optional paragraph, an optional
// letter.
func (p *parser) ref() (Provision, error) {
	at := p.peek()
	if at.kind != tNum {
		if at.kind == tEOF {
			return Provision{}, p.fail(at, ErrSyntax, "expected an article number")
		}
		return Provision{}, p.fail(at, ErrSyntax, "expected an article number, found %s", quoteShort(at.text))
	}
	p.next()
	art, ok := number(at)
	if !ok {
		art = 1 << 20
	}
	if msg := checkParts(art, 0, 0); msg != "" {
		if !ok {
			msg = fmt.Sprintf("there is no article %s; the Declaration has articles 1 to %d", at.text, NumArticles)
		}
		return Provision{}, p.fail(at, ErrUnknownProvision, "%s", msg)
	}
	pt, r, lt, err := p.paragraph()
	if err != nil {
		return Provision{}, err
	}
	par := 0
	if pt.kind == tNum {
		if par, err = p.paraNum(art, pt); err != nil {
			return Provision{}, err
		}
	}
	if r == 0 {
		if r, lt, err = p.letter(); err != nil {
			return Provision{}, err
		}
	}
	return p.check(art, par, r, lt)
}

// paragraph reads an optional paragraph: ".3", "(3)", "(par. 3)" or "(par. 3 a))",
// ", paragraph 3", "para. 3". It may read the letter too, inside "(par. 3 a))".
func (p *parser) paragraph() (pt token, r rune, lt token, err error) {
	t := p.peek()
	switch {
	case t.kind == tDot && p.peekAt(1).kind == tNum:
		p.next()
		pt = p.next()
	case t.kind == tLParen && p.peekAt(1).kind == tNum && p.peekAt(2).kind == tRParen:
		p.next()
		pt = p.next()
		p.next()
	case t.kind == tLParen && isWord(p.peekAt(1), paragraphWords):
		p.next()
		p.keyword(paragraphWords)
		if pt = p.next(); pt.kind != tNum {
			return pt, 0, lt, p.fail(pt, ErrSyntax, "expected a paragraph number")
		}
		if isLetter(p.peek()) {
			lt = p.next()
			r = letterRune(lt)
			if p.peek().kind == tRParen && p.peekAt(1).kind == tRParen {
				p.next()
			}
		}
		if c := p.next(); c.kind != tRParen {
			return pt, 0, lt, p.fail(c, ErrSyntax, "expected %q to close %q", ")", "(")
		}
	case t.kind == tComma && isWord(p.peekAt(1), paragraphWords), isWord(t, paragraphWords):
		if t.kind == tComma {
			p.next()
		}
		p.keyword(paragraphWords)
		if pt = p.next(); pt.kind != tNum {
			return pt, 0, lt, p.fail(pt, ErrSyntax, "expected a paragraph number")
		}
	}
	return pt, r, lt, nil
}

// paraNum checks the paragraph number in token pt of the given article.
func (p *parser) paraNum(article int, pt token) (int, error) {
	n, ok := number(pt)
	if !ok || n == 0 {
		if shapes[article].paras == 0 {
			return 0, p.fail(pt, ErrUnknownProvision, "article %d has no numbered paragraphs, so no paragraph %s", article, pt.text)
		}
		return 0, p.fail(pt, ErrUnknownProvision, "article %d has paragraphs 1 to %d; there is no paragraph %s", article, shapes[article].paras, pt.text)
	}
	_, err := p.check(article, n, 0, pt)
	return n, err
}

// letterAhead reports whether a sub-paragraph letter comes next.
func (p *parser) letterAhead() bool {
	t := p.peek()
	switch {
	case t.kind == tLParen:
		return isLetter(p.peekAt(1)) && p.peekAt(2).kind == tRParen
	case isLetter(t):
		return p.bareLetter(t, false)
	case t.kind == tComma:
		return isWord(p.peekAt(1), letterWords)
	}
	return isWord(t, letterWords)
}

// letter reads an optional sub-paragraph letter: "a" glued to a number, "(a)", "a)",
// ", alinéa a)", "apartado (a)". It returns 0 when there is none.
func (p *parser) letter() (rune, token, error) {
	t := p.peek()
	if t.kind == tComma && isWord(p.peekAt(1), letterWords) {
		p.next()
		t = p.peek()
	}
	keyword := p.keyword(letterWords)
	t = p.peek()
	switch {
	case t.kind == tLParen && isLetter(p.peekAt(1)) && p.peekAt(2).kind == tRParen:
		p.next()
		lt := p.next()
		p.next()
		return letterRune(lt), lt, nil
	case isLetter(t) && p.bareLetter(t, keyword):
		p.next()
		if p.peek().kind == tRParen {
			p.next()
		}
		return letterRune(t), t, nil
	case keyword:
		return 0, t, p.fail(t, ErrSyntax, "expected a sub-paragraph letter")
	}
	return 0, t, nil
}

// bareLetter reports whether the one-letter word t, the next token, is a
// sub-paragraph letter: glued to a number ("5c"), announced by a keyword, or followed
// by ")", a separator or the end ("5 c)", "6a & b").
func (p *parser) bareLetter(t token, keyword bool) bool {
	after := p.peekAt(1)
	switch {
	case t.glued || keyword || after.kind == tRParen:
		return true
	case isWord(t, conjunctions):
		return false // "5 y 6", "5 y": the Spanish "and", not a letter
	case after.kind == tEOF || after.kind == tComma || after.kind == tAmp || after.kind == tSemi:
		return true
	}
	return isWord(after, conjunctions)
}

// letterRune returns the letter of a one-letter word, in lower case.
func letterRune(t token) rune {
	r, _ := utf8.DecodeRuneInString(strings.ToLower(t.text))
	if r == utf8.RuneError {
		r = '?'
	}
	return r
}
