package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/openhrd/spcomm/communication"
	"github.com/openhrd/spcomm/hrd"
	"github.com/openhrd/spcomm/internal/jsondoc"
)

// Problem codes that come from reading the document rather than from a schema
// keyword. The other codes are the schema keyword that failed, in snake case: see
// [Problem.Code].
const (
	CodeSyntax       = jsondoc.CodeSyntax       // not well-formed JSON
	CodeDuplicateKey = jsondoc.CodeDuplicateKey // a key twice in one object
	CodeDepth        = jsondoc.CodeDepth        // nesting deeper than allowed
	CodeSize         = "size"                   // a document larger than allowed
)

// ErrInvalid is the sentinel every [*ValidationError] wraps: the document does not
// conform to the schema.
var ErrInvalid = errors.New("document does not conform to the submission schema")

// ErrMalformed is wrapped, beside [ErrInvalid], by a [*ValidationError] for a
// document that could not be read as JSON at all: a syntax error, a duplicate key,
// nesting too deep or a document too large.
var ErrMalformed = errors.New("document is not well-formed JSON")

// Options adjust a validation. The zero value is ready to use.
type Options struct {
	// Lang is the language of the problems' messages: hrd.English, hrd.French or
	// hrd.Spanish. Empty or any other value means English.
	Lang hrd.Language
	// MaxSize is the largest document accepted, in bytes; 0 means
	// communication.DefaultMaxSize (8 MiB). A larger document is one problem with
	// code "size".
	MaxSize int64
	// MaxDepth is the deepest nesting accepted; 0 means 64.
	MaxDepth int
}

// Problem is one way a document breaks the schema.
type Problem struct {
	// Pointer is the JSON Pointer (RFC 6901) of the offending place: the value that
	// is wrong, the member that is unknown, or the member that is missing (a missing
	// required field gets its own pointer, e.g. "/victims/0/name"). "" is the whole
	// document.
	Pointer string `json:"pointer"`
	// Code is a stable code for the kind of problem: "syntax", "duplicate_key",
	// "depth" or "size" when the document cannot be read, and otherwise the schema
	// keyword that failed in snake case: "type", "required", "enum", "const",
	// "format", "pattern", "min_length", "max_length", "minimum", "maximum",
	// "min_items", "max_items", "additional_property".
	Code string `json:"code"`
	// Element is the element of a submission (1 to 5, see the package
	// documentation) the place belongs to, or 0 for the envelope (version,
	// language, mandates, requests, sources, attachments, urgency).
	Element int `json:"element"`
	// Message says what is wrong and what is allowed, in the language asked for. It
	// never repeats free text from the document.
	Message string `json:"message"`
	// Line and Column locate the place in the input (1-based; the column counts
	// characters), when the input was bytes; 0 otherwise. For a missing field they
	// locate the object that lacks it.
	Line   int `json:"line,omitempty"`
	Column int `json:"column,omitempty"`
}

// String returns the problem as "pointer: message", or "line:column: message" for a
// document that cannot be read as JSON.
func (p Problem) String() string {
	if p.Code == CodeSyntax && p.Line > 0 {
		return strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Column) + ": " + p.Message
	}
	ptr := p.Pointer
	if ptr == "" {
		ptr = "/"
	}
	return ptr + ": " + p.Message
}

// Result is the outcome of validating one document.
type Result struct {
	// Problems are every problem found, sorted by pointer (array indices in numeric
	// order), then by code. A document that cannot be read as JSON has exactly one.
	Problems []Problem
}

// Valid reports whether the document conforms to the schema.
func (r *Result) Valid() bool { return len(r.Problems) == 0 }

// Err returns nil for a valid document, and otherwise a [*ValidationError] with
// the problems.
func (r *Result) Err() error {
	if r.Valid() {
		return nil
	}
	return &ValidationError{Problems: r.Problems}
}

// ValidationError is the error for a document that does not conform to the schema.
// It wraps [ErrInvalid], and also [ErrMalformed] when the document could not be
// read as JSON.
type ValidationError struct {
	// Problems are the problems found, sorted as in [Result].
	Problems []Problem
}

// Error returns the first problem and how many more there are.
func (e *ValidationError) Error() string {
	if len(e.Problems) == 0 {
		return "schema: " + ErrInvalid.Error()
	}
	msg := "schema: " + e.Problems[0].String()
	if n := len(e.Problems) - 1; n > 0 {
		msg += fmt.Sprintf(" (and %d more)", n)
	}
	return msg
}

// Unwrap returns [ErrInvalid], and [ErrMalformed] when the document could not be
// read as JSON, for errors.Is.
func (e *ValidationError) Unwrap() []error {
	if len(e.Problems) == 1 && malformed(e.Problems[0].Code) {
		return []error{ErrInvalid, ErrMalformed}
	}
	return []error{ErrInvalid}
}

func malformed(code string) bool {
	switch code {
	case CodeSyntax, CodeDuplicateKey, CodeDepth, CodeSize:
		return true
	}
	return false
}

// Validate validates one JSON document against the submission schema and returns
// every problem found. It first reads data strictly (malformed JSON, duplicate
// keys, invalid UTF-8 and excessive nesting are one problem each, with line and
// column), then checks the schema. It is safe for concurrent use; the schema is
// compiled once, on first use.
func Validate(data []byte, opt Options) *Result {
	maxSize := opt.MaxSize
	if maxSize <= 0 {
		maxSize = communication.DefaultMaxSize
	}
	if int64(len(data)) > maxSize {
		return &Result{Problems: []Problem{{Code: CodeSize, Message: msgs.Sprintf(lang(opt), "size", maxSize)}}}
	}
	if fastValid(data, opt) {
		return &Result{}
	}
	return validateReference(data, opt)
}

// validateReference is the reference path of [Validate]: the strict reader and
// the schema validator, with every problem located.
func validateReference(data []byte, opt Options) *Result {
	root, err := jsondoc.Parse(data, jsondoc.Options{MaxDepth: opt.MaxDepth})
	if err != nil {
		var de *jsondoc.Error
		if !errors.As(err, &de) {
			// Parse reports every failure as an *Error; keep a problem all the same.
			return &Result{Problems: []Problem{{Code: CodeSyntax, Message: msgs.Sprintf(lang(opt), "syntax", "?")}}}
		}
		return &Result{Problems: []Problem{readProblem(de, lang(opt), opt.MaxDepth)}}
	}
	return check(root, data, opt)
}

// ValidateReader reads one document from r, up to the size limit, and validates it
// as [Validate] does. The error is for reading only; a document that is too large
// is a problem with code "size".
func ValidateReader(r io.Reader, opt Options) (*Result, error) {
	maxSize := opt.MaxSize
	if maxSize <= 0 {
		maxSize = communication.DefaultMaxSize
	}
	data, err := io.ReadAll(io.LimitReader(r, maxSize+1))
	if err != nil {
		return nil, fmt.Errorf("schema: reading the document: %w", err)
	}
	return Validate(data, opt), nil
}

// ValidateValue validates v as the JSON that encoding/json writes for it: a
// decoded document (map[string]any and the like) or a Go value such as a
// *communication.Submission, so that a program can check what it is about to
// write. Problems have no line and column, and no size limit applies. The error is
// for a value encoding/json cannot encode.
func ValidateValue(v any, opt Options) (*Result, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, fmt.Errorf("schema: encoding the value: %w", err)
	}
	opt.MaxSize = max(opt.MaxSize, int64(buf.Len()))
	res := Validate(buf.Bytes(), opt)
	for i := range res.Problems {
		res.Problems[i].Line, res.Problems[i].Column = 0, 0
	}
	return res, nil
}

func lang(opt Options) string {
	switch opt.Lang {
	case hrd.French, hrd.Spanish:
		return string(opt.Lang)
	}
	return string(hrd.English)
}

// pointerTokens splits a JSON Pointer into its unescaped reference tokens.
func pointerTokens(ptr string) []string {
	if ptr == "" {
		return nil
	}
	parts := strings.Split(strings.TrimPrefix(ptr, "/"), "/")
	for i, p := range parts {
		if strings.Contains(p, "~") {
			parts[i] = strings.NewReplacer("~1", "/", "~0", "~").Replace(p)
		}
	}
	return parts
}

// index returns the array index a reference token stands for, or -1.
func index(tok string) int {
	if tok == "" || len(tok) > 9 || (len(tok) > 1 && tok[0] == '0') {
		return -1
	}
	n := 0
	for i := 0; i < len(tok); i++ {
		if tok[i] < '0' || tok[i] > '9' {
			return -1
		}
		n = n*10 + int(tok[i]-'0')
	}
	return n
}
