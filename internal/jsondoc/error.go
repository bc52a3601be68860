package jsondoc

import (
	"fmt"
	"strconv"
	"strings"
)

// Codes of [Error], shared with the schema validator's problem codes.
const (
	CodeSyntax             = "syntax"
	CodeDuplicateKey       = "duplicate_key"
	CodeDepth              = "depth"
	CodeType               = "type"
	CodeAdditionalProperty = "additional_property"
	CodeValue              = "value" // a value its type's UnmarshalText rejected
	CodeRange              = "range" // a number too large for its Go type
	CodeSize               = "size"  // more values than the parser allows
)

// Error is a problem found while reading a document.
type Error struct {
	Pointer string // JSON Pointer of the place ("" is the whole document)
	Offset  int    // byte offset in the input
	Line    int    // 1-based line of Offset
	Column  int    // 1-based column of Offset, in characters
	Code    string // one of the Code constants
	Msg     string // what is wrong, in English, without the document's text
	Reason  string // for a reading error: the key of [Reasons] that says what is wrong
	Args    []string
	Err     error // the underlying error, e.g. a vocabulary's *CodeError
}

// Reasons are the English messages of reading errors, by reason key; callers that
// speak other languages translate the keys (each takes the arguments in Args, in
// order, as %s).
var Reasons = map[string]string{
	"bom":                    "the file starts with a byte-order mark; save it as UTF-8 without one",
	"empty":                  "empty document: expected a JSON object",
	"trailing":               "unexpected data after the end of the document",
	"eof":                    "unexpected end of input",
	"expected_value":         "unexpected character %s: expected a value",
	"literal":                "invalid literal: expected %s",
	"expected_key":           "unexpected character %s: expected a string key",
	"expected_colon":         "unexpected character %s: expected ':' after a key",
	"expected_comma_brace":   "unexpected character %s: expected ',' or '}'",
	"expected_comma_bracket": "unexpected character %s: expected ',' or ']'",
	"number_digit":           "invalid number: expected a digit",
	"number_fraction":        "invalid number: expected a digit after '.'",
	"number_exponent":        "invalid number: expected a digit in the exponent",
	"eof_string":             "unexpected end of input inside a string",
	"control_char":           "control character in a string: write it escaped, e.g. \\n",
	"unicode_escape":         "invalid \\u escape: expected four hex digits forming a valid character (no lone surrogate)",
	"escape":                 "invalid escape in a string",
	"utf8":                   "invalid UTF-8 in a string: the file must be UTF-8",
	"depth":                  "nesting deeper than %s levels",
	"values":                 "more than %s values in the document",
	"duplicate_key":          "duplicate key: the same key appears twice in this object",
}

// English returns the message of a reading error in English.
func (e *Error) English() string {
	f, ok := Reasons[e.Reason]
	if !ok {
		return e.Msg
	}
	args := make([]any, len(e.Args))
	for i, a := range e.Args {
		args[i] = a
	}
	return fmt.Sprintf(f, args...)
}

// Error returns the pointer (or line and column) and the message.
func (e *Error) Error() string {
	var b strings.Builder
	if e.Code == CodeSyntax {
		b.WriteString("line " + strconv.Itoa(e.Line) + ", column " + strconv.Itoa(e.Column) + ": ")
	} else {
		p := e.Pointer
		if p == "" {
			p = "/"
		}
		b.WriteString(p + ": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// position fills Line and Column from Offset.
func (e *Error) position(data []byte) {
	if e.Offset > len(data) {
		e.Offset = len(data)
	}
	line, col := 1, 1
	for _, r := range string(data[:e.Offset]) {
		if r == '\n' {
			line++
			col = 1
		} else {
			col++
		}
	}
	e.Line, e.Column = line, col
}

// Pointer builds a JSON Pointer (RFC 6901) from reference tokens.
func Pointer(tokens ...string) string {
	var b strings.Builder
	for _, t := range tokens {
		b.WriteByte('/')
		b.WriteString(EscapeToken(t))
	}
	return b.String()
}

// EscapeToken escapes one reference token of a JSON Pointer.
func EscapeToken(t string) string {
	if !strings.ContainsAny(t, "~/") {
		return t
	}
	return strings.NewReplacer("~", "~0", "/", "~1").Replace(t)
}

// path is a stack of reference tokens, formatted only when an error needs it.
type path []string

func (p path) String() string { return Pointer(p...) }
