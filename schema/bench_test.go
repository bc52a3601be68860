package schema

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/openhrd/spcomm/internal/fixtures"
)

// typical returns the bytes of a typical shipped submission: the README's example
// case, or else the first submission in testdata/submissions.
func typical(b *testing.B) []byte {
	b.Helper()
	path := filepath.Join(fixtures.Dir(), "submissions", "khm-land-activists-detained.json")
	if _, err := os.Stat(path); err != nil {
		path = fixtures.Paths(b, "submissions")[0]
	}
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	return data
}

// BenchmarkValidate measures Validate on a typical submission: strict parsing, the
// schema and the problem list (the schema is compiled before the timer starts).
func BenchmarkValidate(b *testing.B) {
	data := typical(b)
	if res := Validate(data, Options{}); !res.Valid() {
		b.Fatalf("the benchmark document is not valid: %v", res.Err())
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		Validate(data, Options{})
	}
}

// BenchmarkDecodeStdlibAny is the baseline: encoding/json decoding the same bytes
// into an any, with no checks at all.
func BenchmarkDecodeStdlibAny(b *testing.B) {
	data := typical(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var v any
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.UseNumber()
		if err := dec.Decode(&v); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCompile measures compiling the embedded schema, which Validate does once.
func BenchmarkCompile(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := compileSchema(); err != nil {
			b.Fatal(err)
		}
	}
}
