package communication

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/openhrd/spcomm/internal/jsondoc"
)

// DefaultMaxSize is the largest document [Decode] reads unless told otherwise: 8 MiB,
// some hundred times the size of a large real submission.
const DefaultMaxSize = 8 << 20

// ErrTooLarge is returned (wrapped in a [*DecodeError]) for a document larger than
// the decoder's limit.
var ErrTooLarge = errors.New("document too large")

// DecodeError reports why a document could not be decoded, and where.
type DecodeError struct {
	// Pointer is the JSON Pointer of the place ("" for the whole document).
	Pointer string
	// Line and Column locate the place in the input (1-based; Column counts
	// characters).
	Line, Column int
	// Code is a stable code: "syntax", "duplicate_key", "depth", "type",
	// "additional_property", "value", "range" or "size".
	Code string
	// Err is the underlying error, e.g. an [hrd.CodeError] for an unknown code.
	Err error
	msg string
}

// Error returns the place and what is wrong. It names codes and field names but
// never repeats free text from the document.
func (e *DecodeError) Error() string {
	if e.Code == "syntax" || e.Code == "size" {
		if e.Line > 0 {
			return fmt.Sprintf("line %d, column %d: %s", e.Line, e.Column, e.msg)
		}
		return e.msg
	}
	p := e.Pointer
	if p == "" {
		p = "/"
	}
	return p + ": " + e.msg
}

// Unwrap returns the underlying error.
func (e *DecodeError) Unwrap() error { return e.Err }

// Decoder reads submissions with limits.
type Decoder struct {
	// MaxSize is the largest document accepted, in bytes; 0 means DefaultMaxSize.
	MaxSize int64
	// MaxDepth is the deepest nesting accepted; 0 means 64.
	MaxDepth int
}

// Decode reads one submission from r with the default limits; see [Decoder.Decode].
func Decode(r io.Reader) (*Submission, error) { return (&Decoder{}).Decode(r) }

// Decode reads one submission from r. It rejects malformed JSON (with line and
// column), documents over the size limit, duplicate keys, unknown fields, values of
// the wrong JSON type, and codes, dates, ids and country codes that are not valid,
// each with a [*DecodeError] naming the place. It does not require the fields the
// format requires: a draft decodes, and the schema or [Check] report what it lacks.
func (d *Decoder) Decode(r io.Reader) (*Submission, error) {
	max := d.MaxSize
	if max <= 0 {
		max = DefaultMaxSize
	}
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, &DecodeError{Code: "size", Err: ErrTooLarge, msg: fmt.Sprintf("document larger than %d bytes", max)}
	}
	return d.DecodeBytes(data)
}

// DecodeBytes decodes one submission from data, as [Decoder.Decode] does.
func (d *Decoder) DecodeBytes(data []byte) (*Submission, error) {
	max := d.MaxSize
	if max <= 0 {
		max = DefaultMaxSize
	}
	if int64(len(data)) > max {
		return nil, &DecodeError{Code: "size", Err: ErrTooLarge, msg: fmt.Sprintf("document larger than %d bytes", max)}
	}
	if s, ok := d.decodeFast(data); ok {
		return s, nil
	}
	return d.decodeReference(data)
}

// decodeReference decodes data through a tree of the document, which locates
// every error.
func (d *Decoder) decodeReference(data []byte) (*Submission, error) {
	v, err := jsondoc.Parse(data, jsondoc.Options{MaxDepth: d.MaxDepth})
	if err != nil {
		return nil, fromDoc(err)
	}
	var s Submission
	if err := jsondoc.Bind(data, v, &s); err != nil {
		return nil, fromDoc(err)
	}
	return &s, nil
}

func fromDoc(err error) error {
	var de *jsondoc.Error
	if !errors.As(err, &de) {
		return err
	}
	return &DecodeError{Pointer: de.Pointer, Line: de.Line, Column: de.Column, Code: de.Code, Err: de.Err, msg: de.Msg}
}

// Encode writes s as canonical JSON: keys in the order of the spec, optional fields
// left out when empty, two-space indent, markup characters written as themselves,
// and a final newline. Decoding and encoding again gives the same bytes, so a
// canonical file round-trips byte for byte.
func Encode(w io.Writer, s *Submission) error {
	b, err := Marshal(s)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// Marshal returns the canonical JSON encoding of s, as [Encode] writes it.
func Marshal(s *Submission) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(s); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
