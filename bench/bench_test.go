package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/openhrd/spcomm/communication"
	"github.com/openhrd/spcomm/internal/batch"
	"github.com/openhrd/spcomm/schema"
)

// doc is the benchmark document: BENCH_DOC, or a typical testdata submission.
func doc(b *testing.B) []byte {
	path := os.Getenv("BENCH_DOC")
	if path == "" {
		path = "../testdata/submissions/bgd-blogger-machete-attack.json"
	}
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	return data
}

func BenchmarkStdlibDecodeAny(b *testing.B) {
	data := doc(b)
	for b.Loop() {
		var v any
		if err := json.Unmarshal(data, &v); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStdlibDecodeStruct(b *testing.B) {
	data := doc(b)
	for b.Loop() {
		var s communication.Submission
		if err := json.Unmarshal(data, &s); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStdlibValid(b *testing.B) {
	data := doc(b)
	for b.Loop() {
		if !json.Valid(data) {
			b.Fatal("invalid")
		}
	}
}

// BenchmarkDecode is the strict decoder alone (communication.Decoder): the typed
// submission without the schema's constraints, as a program that trusts its
// input would read it.
func BenchmarkDecode(b *testing.B) {
	data := doc(b)
	for b.Loop() {
		if _, err := (&communication.Decoder{}).DecodeBytes(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkValidate is schema.Validate on a valid document: the verdict, with
// nothing decoded (what `spcomm validate` does for each document).
func BenchmarkValidate(b *testing.B) {
	data := doc(b)
	for b.Loop() {
		if !schema.Validate(data, schema.Options{}).Valid() {
			b.Fatal("invalid")
		}
	}
}

// BenchmarkDecodeValidate is spcomm's schema.Decode: validation and decoding in
// one pass for a valid document.
func BenchmarkDecodeValidate(b *testing.B) {
	data := doc(b)
	for b.Loop() {
		if _, res := schema.Decode(data, schema.Options{}); !res.Valid() {
			b.Fatal(res.Problems)
		}
	}
}

// BenchmarkDecodeValidateReadiness is the whole per-document cost of
// `spcomm check`: decode, validate against the schema, check readiness.
func BenchmarkDecodeValidateReadiness(b *testing.B) {
	data := doc(b)
	for b.Loop() {
		s, res := schema.Decode(data, schema.Options{})
		if !res.Valid() {
			b.Fatal(res.Problems)
		}
		communication.Check(s, communication.CheckOptions{})
	}
}

// BenchmarkReferenceValidate is the reference path alone: the strict parser and
// the santhosh-tekuri validator, as an invalid document takes it.
func BenchmarkReferenceValidate(b *testing.B) {
	data := doc(b)
	data = append(append([]byte(nil), data[:len(data)-2]...), []byte(`, "x": 1}`)...) // one unknown field
	for b.Loop() {
		if schema.Validate(data, schema.Options{}).Valid() {
			b.Fatal("valid")
		}
	}
}

// BenchmarkReadiness is the readiness check alone, on a decoded submission.
func BenchmarkReadiness(b *testing.B) {
	data := doc(b)
	s, res := schema.Decode(data, schema.Options{})
	if !res.Valid() {
		b.Fatal(res.Problems)
	}
	for b.Loop() {
		communication.Check(s, communication.CheckOptions{})
	}
}

// BenchmarkBatch runs the batch path of `spcomm validate -ndjson` (reading lines,
// validating on workers, results in order) over 1,000 copies of the document,
// with 1 and 2 workers; ns/op is per stream of 1,000. "stdin" reads the stream
// through the single line reader, "file" from a regular file, which the workers
// read in blocks themselves.
func BenchmarkBatch(b *testing.B) {
	data := doc(b)
	var compact bytes.Buffer
	if err := json.Compact(&compact, data); err != nil {
		b.Fatal(err)
	}
	stream := bytes.Repeat(append(compact.Bytes(), '\n'), 1000)
	path := filepath.Join(b.TempDir(), "stream.ndjson")
	if err := os.WriteFile(path, stream, 0o600); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(stream)))
	for _, input := range []string{"stdin", "file"} {
		for _, workers := range []int{1, 2} {
			b.Run(fmt.Sprintf("%s/j%d", input, workers), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					src := batch.Source{Paths: []string{path}, NDJSON: true, MaxSize: communication.DefaultMaxSize}
					if input == "stdin" {
						src.Paths, src.Stdin = []string{"-"}, bytes.NewReader(stream)
					}
					n := 0
					err := batch.Process(context.Background(), src, workers,
						func(r batch.Record) bool { return schema.Validate(r.Data, schema.Options{}).Valid() },
						func(r batch.Record, ok bool) error {
							if !ok {
								return fmt.Errorf("line %d invalid", r.Line)
							}
							n++
							return nil
						})
					if err != nil || n != 1000 {
						b.Fatal(n, err)
					}
				}
			})
		}
	}
}
