// Package jsondoc reads JSON strictly, for the submission format: it parses bytes into
// a tree that keeps each value's offset, rejects what encoding/json lets through
// silently (duplicate keys, invalid UTF-8, lone surrogates, trailing data, unbounded
// nesting), and binds the tree to Go structs by their json tags, rejecting unknown
// fields. Every error carries the JSON Pointer of the place and, for syntax errors,
// the line and column.
package jsondoc
