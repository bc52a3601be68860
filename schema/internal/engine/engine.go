package engine

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// Leaf is one keyword that failed: the innermost entries of the validator's output,
// without the wrappers that only say a subschema or a $ref failed.
type Leaf struct {
	// Instance is the JSON Pointer of the value that failed ("" is the document).
	Instance string
	// Keyword is the keyword's location through the schema, following $ref, e.g.
	// "/properties/victims/items/$ref/required".
	Keyword string
	// Absolute is the keyword's location in the schema document, the fragment of the
	// absolute keyword location, e.g. "/$defs/Victim/required".
	Absolute string
	// Message is the validator's own English message, for debugging only: it may
	// quote the document's text.
	Message string
}

// Schema is a compiled schema, safe for concurrent use.
type Schema struct {
	s *jsonschema.Schema
}

// errNoLoad is returned for every URL the compiler would load: the schema refers
// only to itself.
var errNoLoad = errors.New("engine: loading external schemas is disabled")

// Compile compiles doc, whose $id is id, for draft 2020-12 with format assertion.
func Compile(id string, doc []byte) (*Schema, error) {
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft2020
	c.AssertFormat = true
	c.LoadURL = func(string) (io.ReadCloser, error) { return nil, errNoLoad }
	if err := c.AddResource(id, bytes.NewReader(doc)); err != nil {
		return nil, fmt.Errorf("engine: %w", err)
	}
	s, err := c.Compile(id)
	if err != nil {
		return nil, fmt.Errorf("engine: %w", err)
	}
	return &Schema{s: s}, nil
}

// Validate validates v, a value as encoding/json decodes it with UseNumber
// (map[string]any, []any, string, json.Number, bool, nil), and returns the failed
// leaves in the validator's order, which is not deterministic. The error is for a
// value that is not such a JSON value.
func (s *Schema) Validate(v any) ([]Leaf, error) {
	err := s.s.Validate(v)
	if err == nil {
		return nil, nil
	}
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return nil, fmt.Errorf("engine: %w", err)
	}
	var leaves []Leaf
	var walk func(*jsonschema.ValidationError)
	walk = func(e *jsonschema.ValidationError) {
		if len(e.Causes) == 0 {
			abs := e.AbsoluteKeywordLocation
			if i := strings.IndexByte(abs, '#'); i >= 0 {
				abs = abs[i+1:]
			}
			leaves = append(leaves, Leaf{Instance: e.InstanceLocation, Keyword: e.KeywordLocation, Absolute: abs, Message: e.Message})
			return
		}
		for _, c := range e.Causes {
			walk(c)
		}
	}
	walk(ve)
	return leaves, nil
}

// Format returns the validator's own check of a string format ("email", "uri"), so
// that a fast path can apply exactly the same rule, or nil when it has none.
func Format(name string) func(string) bool {
	f, ok := jsonschema.Formats[name]
	if !ok {
		return nil
	}
	return func(s string) bool { return f(s) }
}
