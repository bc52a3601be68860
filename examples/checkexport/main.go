// Command checkexport shows how a validator checks a case-database export: an NDJSON
// file with one submission per line is validated against the published schema and
// checked for readiness, and a table of results by line is printed with a summary.
// Every line gets exactly one result, including the malformed ones.
//
//	go run ./examples/checkexport export.ndjson
package main

import (
	"bufio"
	"fmt"
	"os"

	"github.com/openhrd/spcomm/communication"
	"github.com/openhrd/spcomm/schema"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: checkexport EXPORT.ndjson")
		os.Exit(2)
	}
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), communication.DefaultMaxSize)
	var total, invalid, ready int
	for line := 1; sc.Scan(); line++ {
		total++
		data := sc.Bytes()
		res := schema.Validate(data, schema.Options{})
		if !res.Valid() {
			invalid++
			fmt.Printf("line %d: invalid, %d problem(s); first: %s %s\n", line, len(res.Problems), res.Problems[0].Pointer, res.Problems[0].Code)
			continue
		}
		s, err := (&communication.Decoder{}).DecodeBytes(data)
		if err != nil {
			invalid++
			fmt.Printf("line %d: %v\n", line, err)
			continue
		}
		r := communication.Check(s, communication.CheckOptions{})
		if r.Ready {
			ready++
			fmt.Printf("line %d: ready (%s)\n", line, r.Type)
		} else {
			fmt.Printf("line %d: not ready: %d error(s)\n", line, r.Count(communication.SeverityError))
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "reading the export:", err)
		os.Exit(2)
	}
	fmt.Printf("%d records: %d invalid, %d ready, %d not ready\n", total, invalid, ready, total-invalid-ready)
}
