// Command ndjson writes an NDJSON stream for the batch benchmarks: the submissions
// of the given folders, compacted to one line each, repeated until the stream has
// -n lines.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	n := flag.Int("n", 100000, "number of lines")
	out := flag.String("o", "stream.ndjson", "output file")
	flag.Parse()
	var lines [][]byte
	for _, dir := range flag.Args() {
		files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				fail(err)
			}
			var buf bytes.Buffer
			if err := json.Compact(&buf, data); err != nil {
				fail(fmt.Errorf("%s: %w", f, err))
			}
			lines = append(lines, buf.Bytes())
		}
	}
	if len(lines) == 0 {
		fail(fmt.Errorf("no *.json files in %v", flag.Args()))
	}
	f, err := os.Create(*out)
	if err != nil {
		fail(err)
	}
	w := bufio.NewWriter(f)
	for i := range *n {
		w.Write(lines[i%len(lines)])
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		fail(err)
	}
	if err := f.Close(); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "ndjson:", err)
	os.Exit(1)
}
