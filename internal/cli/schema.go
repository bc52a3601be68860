package cli

import (
	"fmt"

	"github.com/openhrd/spcomm/schema"
)

func init() {
	register("schema", "print the JSON Schema of the submission format", runSchema)
}

func runSchema(e *env, args []string) int {
	fs := newFlags(e, "schema", "", "Prints the JSON Schema (draft 2020-12) of version 1 of the submission format,\n"+
		"with $id "+schema.ID+".")
	if c := parse(fs, args); c >= 0 {
		return c
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return ExitUsage
	}
	if _, err := e.stdout.Write(schema.JSON()); err != nil {
		fmt.Fprintln(e.stderr, "spcomm schema:", err)
		return ExitUsage
	}
	return ExitOK
}
