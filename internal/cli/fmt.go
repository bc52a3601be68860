package cli

import (
	"bytes"
	"fmt"
	"os"

	"github.com/openhrd/spcomm/communication"
)

func init() {
	register("fmt", "print or rewrite submissions as canonical JSON", runFmt)
}

func runFmt(e *env, args []string) int {
	fs := newFlags(e, "fmt", "[-w] FILE...|-", "Prints each submission as canonical JSON (keys in the spec's order, 2-space indent).\nWith -w, rewrites the files that are not canonical instead.")
	write := fs.Bool("w", false, "rewrite files in place instead of printing")
	if c := parse(fs, args); c >= 0 {
		return c
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return ExitUsage
	}
	status := ExitOK
	for _, name := range fs.Args() {
		if *write && name == "-" {
			fmt.Fprintln(e.stderr, "spcomm fmt: -w cannot rewrite standard input")
			return ExitUsage
		}
		in, err := readInput(e, name, communication.DefaultMaxSize)
		if err != nil {
			fmt.Fprintln(e.stderr, "spcomm fmt:", err)
			return ExitUsage
		}
		s, err := (&communication.Decoder{}).DecodeBytes(in.data)
		if err != nil {
			fmt.Fprintf(e.stderr, "%s: %v\n", in.name, err)
			status = ExitInvalid
			continue
		}
		out, err := communication.Marshal(s)
		if err != nil {
			fmt.Fprintf(e.stderr, "%s: %v\n", in.name, err)
			return ExitUsage
		}
		if !*write {
			if _, err := e.stdout.Write(out); err != nil {
				return ExitUsage
			}
			continue
		}
		if bytes.Equal(out, in.data) {
			continue
		}
		if err := os.WriteFile(name, out, 0o644); err != nil {
			fmt.Fprintln(e.stderr, "spcomm fmt:", err)
			return ExitUsage
		}
	}
	return status
}
