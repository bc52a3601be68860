// Package vdecode is the fast path of validation: a decoder that reads a JSON
// document once, byte by byte, and decodes it into a Go struct while checking every
// constraint the generated JSON Schema states for that struct — types, required
// members, unknown members, enums, patterns, formats, lengths, bounds, duplicate keys
// and UTF-8. It answers only "valid" (and the decoded value) or "not valid"; for the
// details of an invalid document the caller runs the reference validator.
//
// The plan is compiled once, by reflection, from the same Go types and struct tags
// the schema generator reads (json and jsonschema tags, and types with a Codes
// method), so the two cannot drift apart without the differential tests noticing.
// A plan compiled with Hooks.TypesOnly checks only what the types demand and serves
// as the fast path of the strict decoder (communication.Decoder), where drafts that
// lack required fields must still decode.
package vdecode
