// Package gen builds the JSON Schema of the submission format from the Go types of
// package communication, with github.com/invopop/jsonschema. It runs only at
// development time: `go generate ./schema` writes its output to
// schema/submission-v1.schema.json, which is committed and embedded, and a test of
// package schema runs it in memory to catch drift. The library itself never reflects
// at run time, so invopop/jsonschema is not a dependency of the built library.
package gen
