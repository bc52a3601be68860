package jsondoc

import (
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
	Msg     string // what is wrong, without the document's text
	Err     error  // the underlying error, e.g. a vocabulary's *CodeError
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
