package cli

import (
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"

	"github.com/openhrd/spcomm/communication"
	"github.com/openhrd/spcomm/communication/stats"
	"github.com/openhrd/spcomm/hrd"
	"github.com/openhrd/spcomm/internal/batch"
)

func init() {
	register("stats", "tally a corpus of submissions into tables and charts", runStats)
}

func runStats(e *env, args []string) int {
	fs := newFlags(e, "stats", "[-format text|md|csv|json|svg] [-lang en|fr|es] [-table NAME] [-ndjson] [-j N] PATH...",
		"Counts cases, people, violations, countries, defender categories, perpetrators,\n"+
			"killings, statuses and years over files, directories (every *.json below them)\n"+
			"or NDJSON streams ('-' is standard input). A document that cannot be decoded is\n"+
			"reported on stderr, left out of the tables, and makes the exit status 1.\n"+
			"Tables: "+strings.Join(stats.TableNames, ", ")+".")
	format := fs.String("format", "text", "output format: text, md, csv, json or svg")
	lang := langFlag(fs, hrd.English, "language of the labels: en, fr or es")
	table := fs.String("table", "violation_types", "the table -format svg draws")
	ndjson := fs.Bool("ndjson", false, "read inputs as NDJSON, one submission per line")
	workers := fs.Int("j", runtime.NumCPU(), "number of workers")
	if c := parse(fs, args); c >= 0 {
		return c
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return ExitUsage
	}
	if !slices.Contains(stats.Formats, stats.Format(*format)) {
		fmt.Fprintf(e.stderr, "spcomm stats: unknown format %q\n", *format)
		return ExitUsage
	}
	if !slices.Contains(stats.TableNames, *table) {
		fmt.Fprintf(e.stderr, "spcomm stats: unknown table %q (%s)\n", *table, strings.Join(stats.TableNames, ", "))
		return ExitUsage
	}
	type decoded struct {
		s   *communication.Submission
		err error
	}
	var tally stats.Tally
	bad, ioErrs := 0, 0
	src := batch.Source{Paths: fs.Args(), NDJSON: *ndjson, Stdin: e.stdin, MaxSize: communication.DefaultMaxSize}
	err := batch.Process(e.ctx, src, *workers, func(r batch.Record) decoded {
		if r.Err != nil {
			return decoded{err: r.Err}
		}
		s, err := (&communication.Decoder{}).DecodeBytes(r.Data)
		return decoded{s, err}
	}, func(r batch.Record, d decoded) error {
		if r.Err != nil && !errors.Is(r.Err, batch.ErrTooLong) {
			ioErrs++
			fmt.Fprintf(e.stderr, "%s: reading: %v\n", r.Name(), r.Err)
			return nil
		}
		if d.err != nil {
			bad++
			fmt.Fprintf(e.stderr, "%s: %v\n", r.Name(), d.err)
			return nil
		}
		tally.Add(d.s)
		return nil
	})
	if err != nil {
		fmt.Fprintln(e.stderr, "spcomm stats:", err)
		return ExitUsage
	}
	if err := stats.Write(e.stdout, &tally, stats.Format(*format), stats.WriteOptions{Lang: *lang, Table: *table}); err != nil {
		fmt.Fprintln(e.stderr, "spcomm stats:", err)
		return ExitUsage
	}
	if ioErrs > 0 {
		return ExitUsage
	}
	if bad > 0 {
		fmt.Fprintf(e.stderr, "spcomm stats: %d document(s) could not be decoded and are not counted\n", bad)
		return ExitInvalid
	}
	return ExitOK
}
