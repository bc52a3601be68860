// Command genschema writes the submission format's JSON Schema, reflected from the Go
// types of package communication (see package gen). It runs by `go generate ./schema`
// from the schema directory; its output is committed and embedded.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/openhrd/spcomm/schema/internal/gen"
)

func main() {
	root := flag.String("root", "..", "the module's root directory, relative to the working directory")
	out := flag.String("out", "submission-v1.schema.json", "the schema file to write")
	flag.Parse()
	data, err := gen.Generate(*root)
	if err != nil {
		fmt.Fprintln(os.Stderr, "genschema:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "genschema:", err)
		os.Exit(1)
	}
}
