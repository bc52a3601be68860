// Package schema holds the published JSON Schema of the submission format, version
// 1, and validates documents against it.
//
// # The schema
//
// [JSON] returns the schema (draft 2020-12, $id [ID]). It is generated from the Go
// types of package communication and hrd by `go generate ./schema` (the generator,
// in internal/gen, uses github.com/invopop/jsonschema and runs only then), committed
// as schema/submission-v1.schema.json, and embedded; a test regenerates it in memory
// and fails on any difference. So the Go types are the one source of truth:
//
//   - field descriptions are the fields' Go doc comments;
//   - bounds (maxLength, minimum, minItems, format, …) are the fields' jsonschema
//     struct tags;
//   - every vocabulary type (any type with a Codes method, such as
//     [hrd.ViolationType]) is an enum of its codes, in one $defs entry per type;
//   - [hrd.Country] is an enum of [hrd.Countries], the ISO 3166-1 alpha-3 codes
//     known to golang.org/x/text;
//   - [hrd.ID] has the pattern ^[A-Za-z0-9_-]{1,64}$ and a mandate id the pattern
//     ^(sr|ie|wg)-[a-z0-9-]+$ (whether the mandate exists is a readiness check, so
//     the catalogue can grow without a new schema);
//   - [hrd.PartialDate] has a pattern that spells out the calendar: YYYY, YYYY-MM or
//     YYYY-MM-DD, year 0001 to 9999, months of the right length and 29 February in
//     leap years only. "2025-02-29" and "2024-04-31" therefore fail the schema
//     itself, in any validator, exactly as they fail [hrd.ParseDate]; no custom
//     format is needed, and no check is left to Go alone;
//   - every object has additionalProperties false, and requires exactly the fields
//     the specification marks required; optional fields may be left out, but not
//     written as null.
//
// The patterns use only what RE2 and ECMAScript regular expressions read alike, and
// scripts/crosscheck.sh checks every fixture of testdata with ajv (draft 2020-12,
// strict mode, ajv-formats) against this package's verdict and places.
//
// # Validation
//
// [Validate] checks a document given as bytes, [ValidateReader] one read from an
// io.Reader, and [ValidateValue] the JSON encoding of a Go value. The schema is
// compiled once, on first use; validation is safe for concurrent use, never touches
// the disk or the network, and returns every problem, not the first.
//
// The document is first read strictly: malformed JSON, invalid UTF-8, a duplicate
// key, nesting deeper than [Options].MaxDepth or a document larger than
// [Options].MaxSize is a single problem (codes "syntax", "duplicate_key", "depth",
// "size"), located by line and column where it has a place. Otherwise each failed schema keyword becomes a
// [Problem] whose code is the keyword in snake case: "type", "required", "enum",
// "const", "format", "pattern", "min_length", "max_length", "minimum", "maximum",
// "min_items", "max_items", and "additional_property" for additionalProperties. The
// v1 schema has no const and no maxItems keyword, so those two codes do not occur
// today. A missing required field and an unknown field each get their own pointer
// ("/victims/0/name"), not the pointer of the object that holds them. Problems are
// sorted by pointer, with array indices in numeric order, then by code.
//
// Messages are in English, French or Spanish ([Options].Lang). They say what is
// allowed (the codes of a vocabulary, the form of a date, the length bound) and
// never repeat the text of the document. Problems also carry the element of the
// submission their place belongs to:
//
//	element  places
//	1        /submitter, /victims (except the two below)
//	2        /perpetrators, /perpetrators_unknown, /violations/N/perpetrators
//	3        /victims/N/activities, /victims/N/activity_description,
//	         /violations and /violations/N/{id,type,victims,status,rights}
//	4        /violations/N/{date,end_date,date_approximate,place,description,legal_basis},
//	         /context, /country (the State concerned, where it happened)
//	5        /actions, /no_action_reason
//	0        the envelope: /schema_version, /id, /title, /language, /urgency,
//	         /mandates, /requests, /sources, /attachments, unknown top-level fields
//
// [Result.Err] returns a [*ValidationError] holding the problems; it wraps
// [ErrInvalid], and also [ErrMalformed] when the document could not be read as
// JSON, for errors.Is and errors.AsType.
//
// # Differences with other validators
//
// Validators agree on what the schema says; they may differ only where the schema
// leaves a choice to them:
//
//   - JSON parsers that keep the last of two duplicate keys (JSON.parse, encoding/json)
//     accept what this package rejects as "duplicate_key";
//   - the "email" and "uri" formats are checked by each validator's own rules,
//     which agree on ordinary values ("name@example.org", "https://…") and may
//     differ on exotic ones (a domain without a dot, say);
//   - validators that are not strict about "integer" may differ on 30.0 (this
//     package and ajv accept it as the integer 30).
//
// Readiness — whether a structurally valid submission is complete enough to send —
// is not checked here but by communication.Check.
package schema
