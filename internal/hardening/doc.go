// Package hardening holds no code, only tests: they feed the whole of spcomm
// hostile, broken and concurrent input and check that nothing panics, hangs,
// grows without bound or shows a person's identity where it must not.
//
// # What the tests check
//
//   - The hostile corpus, testdata/hostile/*.json (small files, each listed with
//     its expected outcome in hostile_test.go), goes through decode, the schema
//     and readiness in three languages, the four renderers (full and public) and
//     the CLI's validate, check and render, each case within 2 s and 64 MB under
//     -race: invalid UTF-8, NUL bytes, a byte-order mark, duplicate keys at every
//     depth, numbers such as 1e400 and -0, bidirectional and zero-width
//     characters, line breaks in fields that reach e-mail headers, and markup and
//     javascript: URLs in every text field.
//   - Large inputs are made by the tests, never committed: 10,000 levels of
//     nesting, a 100 MB document read lazily (every reader stops after the
//     8 MiB limit, without reading or allocating the rest), a 10 MB string, and
//     arrays of a million elements (refused by the strict reader's value limit).
//   - Privacy: no decode error, schema problem, readiness finding or CLI message
//     quotes text the submitter wrote, for the invalid and draft corpus and for
//     every submission with its free text replaced by markers and then broken in
//     many ways; the public rendering of every submission and draft shows no
//     submitter identity or contact, and no victim name beyond the victim's
//     consent.
//   - Concurrency: the validator, readiness and the renderers, and the CLI, run
//     from many goroutines give what a sequential run gives.
//
// Tests named "known (lead to decide)" skip with the details of what they found
// when the behaviour is a design decision rather than a bug.
//
// # Fuzz targets
//
// Every fuzz target of the repository, with the command that runs it for ten
// minutes from the repository root (go test runs their seed corpora, and any
// crasher committed under the package's testdata/fuzz/, on every run):
//
//	go test -run=NONE -fuzz=^FuzzPipeline$ -fuzztime=10m -fuzzminimizetime=10s ./internal/hardening
//	go test -run=NONE -fuzz=^FuzzParse$ -fuzztime=10m ./internal/jsondoc
//	go test -run=NONE -fuzz=^FuzzDecode$ -fuzztime=10m ./internal/vdecode
//	go test -run=NONE -fuzz=^FuzzReadStream$ -fuzztime=10m ./internal/batch
//	go test -run=NONE -fuzz=^FuzzValidate$ -fuzztime=10m ./schema
//	go test -run=NONE -fuzz=^FuzzFastPath$ -fuzztime=10m ./schema
//	go test -run=NONE -fuzz=^FuzzRender$ -fuzztime=10m ./communication/render
//	go test -run=NONE -fuzz=^FuzzParse$ -fuzztime=10m ./communication/refcode
//	go test -run=NONE -fuzz=^FuzzParse$ -fuzztime=10m ./declaration
//	go test -run=NONE -fuzz=^FuzzParseDate$ -fuzztime=10m ./hrd
//
// FuzzPipeline takes bytes through decode, schema validation, readiness and
// every renderer: nothing may panic, the HTML must be inert, and after every
// free-text field is replaced by a marker and the document broken, no message
// may quote a marker. One run takes milliseconds (eight renderings), so the
// default minimisation of each new input (60 s) would stall the workers: hence
// -fuzzminimizetime=10s.
package hardening
