package schema

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"slices"
	"sync"

	"github.com/openhrd/spcomm/schema/internal/engine"
)

// ID is the $id of the submission schema, a stable URL that names version 1 of the
// format. The schema is embedded; nothing is ever fetched from this URL.
const ID = "https://openhrd.github.io/spcomm/schema/submission-v1.schema.json"

// FileName is the name of the schema file in the repository and on the web.
const FileName = "submission-v1.schema.json"

//go:embed submission-v1.schema.json
var schemaJSON []byte

// JSON returns the JSON Schema (draft 2020-12) of version 1 of the submission
// format, as committed in schema/submission-v1.schema.json: a fresh copy each call.
func JSON() []byte { return bytes.Clone(schemaJSON) }

// compiled is the schema compiled once, with the decoded schema document used to
// explain failures (the allowed codes of an enum, the properties of an object).
type compiled struct {
	engine *engine.Schema
	doc    any
}

// compile compiles the schema on first use; every later call returns the same.
var compile = sync.OnceValues(compileSchema)

// compileSchema compiles the embedded schema and decodes it.
func compileSchema() (*compiled, error) {
	s, err := engine.Compile(ID, schemaJSON)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(schemaJSON))
	dec.UseNumber()
	var doc any
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("schema: %w", err)
	}
	return &compiled{engine: s, doc: doc}, nil
}

// must returns the compiled schema. The schema is embedded and a test compiles it,
// so failing here is a defect of the build, not of the input.
func must() *compiled {
	c, err := compile()
	if err != nil {
		panic("schema: the embedded schema does not compile: " + err.Error())
	}
	return c
}

// lookup returns the value at the JSON Pointer ptr (in tokens) in a decoded
// document, or nil.
func lookup(doc any, tokens []string) any {
	for _, t := range tokens {
		switch v := doc.(type) {
		case map[string]any:
			doc = v[t]
		case []any:
			i := index(t)
			if i < 0 || i >= len(v) {
				return nil
			}
			doc = v[i]
		default:
			return nil
		}
	}
	return doc
}

// schemaStrings returns the strings of a list in the schema document, e.g. the
// names a "required" keyword lists or the codes of an "enum".
func schemaStrings(v any) []string {
	list, _ := v.([]any)
	out := make([]string, 0, len(list))
	for _, x := range list {
		switch x := x.(type) {
		case string:
			out = append(out, x)
		case json.Number:
			out = append(out, x.String())
		}
	}
	return out
}

// propertyNames returns the names an object schema defines, sorted.
func propertyNames(node any) []string {
	m, _ := node.(map[string]any)
	props, _ := m["properties"].(map[string]any)
	names := make([]string, 0, len(props))
	for k := range props {
		names = append(names, k)
	}
	slices.Sort(names)
	return names
}
