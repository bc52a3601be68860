package cli

import (
	"fmt"
	"io"
	"os"
)

// input is one document named on the command line.
type input struct {
	name string // the file name, or "-" for standard input
	data []byte
}

// readInput reads a file, or standard input for "-", with a size limit.
func readInput(e *env, name string, max int64) (input, error) {
	var r io.Reader
	if name == "-" {
		r = e.stdin
	} else {
		f, err := os.Open(name)
		if err != nil {
			return input{}, err
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return input{}, fmt.Errorf("%s: %w", name, err)
	}
	return input{name: displayName(name), data: data}, nil
}

func displayName(name string) string {
	if name == "-" {
		return "<stdin>"
	}
	return name
}
