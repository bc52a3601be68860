package jsondoc

import (
	"fmt"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// Kind is the JSON type of a [Value].
type Kind uint8

// The JSON types.
const (
	Null Kind = iota
	Bool
	Number
	String
	Array
	Object
)

var kindNames = [...]string{"null", "boolean", "number", "string", "array", "object"}

// String returns the JSON name of the kind.
func (k Kind) String() string { return kindNames[k] }

// Value is a parsed JSON value.
type Value struct {
	Kind    Kind
	Off     int      // byte offset where the value starts
	Str     string   // the decoded string, or a number's literal text
	Bool    bool     // a boolean's value
	Items   []*Value // an array's elements
	Members []Member // an object's members, in document order
}

// Member is one member of an object.
type Member struct {
	Key   string
	Off   int // offset of the key
	Value *Value
}

// DefaultMaxDepth is the nesting a document may have when [Options] does not say:
// far deeper than any valid submission (which nests five levels), shallow enough that
// hostile input cannot exhaust memory or the stack.
const DefaultMaxDepth = 64

// DefaultMaxValues is how many JSON values (objects, arrays, strings, numbers,
// literals) a document may hold when [Options] does not say. A large real submission
// holds a few thousand; the bound keeps a small hostile input (a million "{}" in 3 MB)
// from growing into a tree hundreds of megabytes large.
const DefaultMaxValues = 200_000

// Options bound parsing.
type Options struct {
	MaxDepth  int // nesting of arrays and objects; 0 means DefaultMaxDepth
	MaxValues int // values in the document; 0 means DefaultMaxValues
}

type parser struct {
	data      []byte
	pos       int
	maxDepth  int
	maxValues int
	values    int
	path      path
}

// Parse parses data as exactly one JSON value (surrounding white space allowed). It
// returns an [*Error] for a syntax error (with line and column), a duplicate key, a
// string that is not valid UTF-8 or holds a lone surrogate, nesting deeper than
// allowed, or data after the value.
func Parse(data []byte, opt Options) (*Value, error) {
	p := &parser{data: data, maxDepth: opt.MaxDepth, maxValues: opt.MaxValues}
	if p.maxDepth <= 0 {
		p.maxDepth = DefaultMaxDepth
	}
	if p.maxValues <= 0 {
		p.maxValues = DefaultMaxValues
	}
	if len(data) >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF {
		return nil, p.fail(0, CodeSyntax, "bom")
	}
	p.space()
	if p.pos == len(data) {
		return nil, p.fail(p.pos, CodeSyntax, "empty")
	}
	v, err := p.value(0)
	if err != nil {
		return nil, err
	}
	p.space()
	if p.pos != len(data) {
		return nil, p.fail(p.pos, CodeSyntax, "trailing")
	}
	return v, nil
}

// fail returns the error of the given reason (a key of [Reasons]) at off.
func (p *parser) fail(off int, code, reason string, args ...string) *Error {
	e := &Error{Pointer: p.path.String(), Offset: off, Code: code, Reason: reason, Args: args}
	e.Msg = e.English()
	e.position(p.data)
	return e
}

// unexpected reports the character at off where something else was expected: the
// reason names what was expected, the argument is the character found.
func (p *parser) unexpected(off int, reason string) *Error {
	if off >= len(p.data) {
		return p.fail(off, CodeSyntax, "eof")
	}
	return p.fail(off, CodeSyntax, reason, p.describe(off))
}

func (p *parser) space() {
	for p.pos < len(p.data) {
		switch p.data[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

// describe shows the byte at off, quoted when printable, in hex otherwise.
func (p *parser) describe(off int) string {
	c := p.data[off]
	if c >= 0x20 && c < 0x7f {
		return fmt.Sprintf("%q", c)
	}
	return fmt.Sprintf("0x%02x", c)
}

func (p *parser) value(depth int) (*Value, error) {
	p.values++
	if p.values > p.maxValues {
		return nil, p.fail(p.pos, CodeSize, "values", strconv.Itoa(p.maxValues))
	}
	if p.pos >= len(p.data) {
		return nil, p.fail(p.pos, CodeSyntax, "eof")
	}
	switch c := p.data[p.pos]; {
	case c == '{':
		return p.object(depth)
	case c == '[':
		return p.array(depth)
	case c == '"':
		off := p.pos
		s, err := p.str()
		if err != nil {
			return nil, err
		}
		return &Value{Kind: String, Off: off, Str: s}, nil
	case c == '-' || c >= '0' && c <= '9':
		return p.number()
	case c == 't':
		return p.literal("true", &Value{Kind: Bool, Bool: true})
	case c == 'f':
		return p.literal("false", &Value{Kind: Bool})
	case c == 'n':
		return p.literal("null", &Value{Kind: Null})
	}
	return nil, p.unexpected(p.pos, "expected_value")
}

func (p *parser) literal(word string, v *Value) (*Value, error) {
	if len(p.data)-p.pos < len(word) || string(p.data[p.pos:p.pos+len(word)]) != word {
		return nil, p.fail(p.pos, CodeSyntax, "literal", word)
	}
	v.Off = p.pos
	p.pos += len(word)
	return v, nil
}

func (p *parser) enter(depth int) error {
	if depth >= p.maxDepth {
		return p.fail(p.pos, CodeDepth, "depth", strconv.Itoa(p.maxDepth))
	}
	return nil
}

func (p *parser) object(depth int) (*Value, error) {
	if err := p.enter(depth); err != nil {
		return nil, err
	}
	v := &Value{Kind: Object, Off: p.pos}
	p.pos++
	p.space()
	if p.pos < len(p.data) && p.data[p.pos] == '}' {
		p.pos++
		return v, nil
	}
	var seen map[string]bool
	for {
		p.space()
		if p.pos >= len(p.data) || p.data[p.pos] != '"' {
			return nil, p.unexpected(p.pos, "expected_key")
		}
		keyOff := p.pos
		key, err := p.str()
		if err != nil {
			return nil, err
		}
		if seen == nil {
			seen = make(map[string]bool, 8)
		}
		p.path = append(p.path, key)
		if seen[key] {
			e := p.fail(keyOff, CodeDuplicateKey, "duplicate_key")
			return nil, e
		}
		seen[key] = true
		p.space()
		if p.pos >= len(p.data) || p.data[p.pos] != ':' {
			return nil, p.unexpected(p.pos, "expected_colon")
		}
		p.pos++
		p.space()
		val, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		p.path = p.path[:len(p.path)-1]
		v.Members = append(v.Members, Member{Key: key, Off: keyOff, Value: val})
		p.space()
		if p.pos < len(p.data) {
			switch p.data[p.pos] {
			case ',':
				p.pos++
				continue
			case '}':
				p.pos++
				return v, nil
			}
		}
		return nil, p.unexpected(p.pos, "expected_comma_brace")
	}
}

func (p *parser) array(depth int) (*Value, error) {
	if err := p.enter(depth); err != nil {
		return nil, err
	}
	v := &Value{Kind: Array, Off: p.pos}
	p.pos++
	p.space()
	if p.pos < len(p.data) && p.data[p.pos] == ']' {
		p.pos++
		return v, nil
	}
	for i := 0; ; i++ {
		p.space()
		p.path = append(p.path, strconv.Itoa(i))
		item, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		p.path = p.path[:len(p.path)-1]
		v.Items = append(v.Items, item)
		p.space()
		if p.pos < len(p.data) {
			switch p.data[p.pos] {
			case ',':
				p.pos++
				continue
			case ']':
				p.pos++
				return v, nil
			}
		}
		return nil, p.unexpected(p.pos, "expected_comma_bracket")
	}
}

func (p *parser) number() (*Value, error) {
	start := p.pos
	d := p.data
	i := p.pos
	if i < len(d) && d[i] == '-' {
		i++
	}
	digits := func() int {
		n := 0
		for i < len(d) && d[i] >= '0' && d[i] <= '9' {
			i++
			n++
		}
		return n
	}
	if i < len(d) && d[i] == '0' {
		i++
	} else if digits() == 0 {
		return nil, p.fail(i, CodeSyntax, "number_digit")
	}
	if i < len(d) && d[i] == '.' {
		i++
		if digits() == 0 {
			return nil, p.fail(i, CodeSyntax, "number_fraction")
		}
	}
	if i < len(d) && (d[i] == 'e' || d[i] == 'E') {
		i++
		if i < len(d) && (d[i] == '+' || d[i] == '-') {
			i++
		}
		if digits() == 0 {
			return nil, p.fail(i, CodeSyntax, "number_exponent")
		}
	}
	p.pos = i
	return &Value{Kind: Number, Off: start, Str: string(d[start:i])}, nil
}

// str reads a string at p.pos (which is '"') and returns its decoded value.
func (p *parser) str() (string, error) {
	d := p.data
	start := p.pos + 1
	i := start
	// Fast path: no escapes, ASCII or valid UTF-8.
	for i < len(d) {
		c := d[i]
		if c == '"' {
			s := d[start:i]
			if !utf8.Valid(s) {
				return "", p.badUTF8(start, s)
			}
			p.pos = i + 1
			return string(s), nil
		}
		if c == '\\' || c < 0x20 {
			break
		}
		i++
	}
	buf := make([]byte, 0, i-start+16)
	buf = append(buf, d[start:i]...)
	for {
		if i >= len(d) {
			return "", p.fail(len(d), CodeSyntax, "eof_string")
		}
		c := d[i]
		switch {
		case c == '"':
			if !utf8.Valid(buf) {
				return "", p.badUTF8(start, d[start:i])
			}
			p.pos = i + 1
			return string(buf), nil
		case c < 0x20:
			return "", p.fail(i, CodeSyntax, "control_char")
		case c != '\\':
			buf = append(buf, c)
			i++
			continue
		}
		if i+1 >= len(d) {
			return "", p.fail(len(d), CodeSyntax, "eof_string")
		}
		esc := d[i+1]
		switch esc {
		case '"', '\\', '/':
			buf = append(buf, esc)
		case 'b':
			buf = append(buf, '\b')
		case 'f':
			buf = append(buf, '\f')
		case 'n':
			buf = append(buf, '\n')
		case 'r':
			buf = append(buf, '\r')
		case 't':
			buf = append(buf, '\t')
		case 'u':
			r, n, ok := UnicodeEscape(p.data, i)
			if !ok {
				return "", p.fail(i, CodeSyntax, "unicode_escape")
			}
			buf = utf8.AppendRune(buf, r)
			i += n
			continue
		default:
			return "", p.fail(i, CodeSyntax, "escape")
		}
		i += 2
	}
}

// hex4 reads four hexadecimal digits.
func hex4(b []byte) (rune, bool) {
	if len(b) < 4 {
		return 0, false
	}
	var r rune
	for _, c := range b[:4] {
		switch {
		case '0' <= c && c <= '9':
			r = r<<4 | rune(c-'0')
		case 'a' <= c && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case 'A' <= c && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return r, true
}

// UnicodeEscape decodes the \uXXXX escape at data[i] (a surrogate pair takes two
// escapes) and returns the character and the bytes consumed; ok is false for
// anything else, a lone or reversed surrogate included. The fast path of
// validation (internal/vdecode) reads escapes with it too.
func UnicodeEscape(data []byte, i int) (r rune, n int, ok bool) {
	r, ok = hex4(data[i+2:])
	if !ok {
		return 0, 0, false
	}
	if !utf16.IsSurrogate(r) {
		return r, 6, true
	}
	if r >= 0xDC00 || i+12 > len(data) || data[i+6] != '\\' || data[i+7] != 'u' {
		return 0, 0, false
	}
	r2, ok := hex4(data[i+8:])
	if !ok {
		return 0, 0, false
	}
	dec := utf16.DecodeRune(r, r2)
	if dec == utf8.RuneError {
		return 0, 0, false
	}
	return dec, 12, true
}

func (p *parser) badUTF8(start int, s []byte) *Error {
	off := start
	for len(s) > 0 {
		r, n := utf8.DecodeRune(s)
		if r == utf8.RuneError && n <= 1 {
			break
		}
		s = s[n:]
		off += n
	}
	return p.fail(off, CodeSyntax, "utf8")
}
