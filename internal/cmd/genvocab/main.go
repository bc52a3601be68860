// Command genvocab writes hrd/vocab_gen.go from hrd/vocabularies.json: for every
// vocabulary of the submission format, a typed string, its constants and the
// methods that delegate to the package's one generic vocabulary mechanism.
//
// It runs by `go generate ./hrd`; its output is committed. A test in hrd runs it in
// memory and fails when the committed file is stale.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/openhrd/spcomm/internal/vocabgen"
)

func main() {
	in := flag.String("in", "vocabularies.json", "vocabulary data")
	out := flag.String("out", "vocab_gen.go", "generated Go file")
	flag.Parse()
	data, err := os.ReadFile(*in)
	if err != nil {
		fmt.Fprintln(os.Stderr, "genvocab:", err)
		os.Exit(1)
	}
	src, err := vocabgen.Generate(data)
	if err != nil {
		fmt.Fprintln(os.Stderr, "genvocab:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "genvocab:", err)
		os.Exit(1)
	}
}
