package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"sync/atomic"
	"time"

	"github.com/openhrd/spcomm/communication"
	"github.com/openhrd/spcomm/internal/batch"
)

// batchFlags are the flags of the commands that take many documents.
type batchFlags struct {
	ndjson  *bool
	workers *int
	quiet   *bool
}

func addBatchFlags(fs *flag.FlagSet) *batchFlags {
	return &batchFlags{
		ndjson:  fs.Bool("ndjson", false, "read inputs as NDJSON streams, one document per line"),
		workers: fs.Int("j", runtime.NumCPU(), "number of documents processed at once"),
		quiet:   fs.Bool("q", false, "no summary line or progress on standard error"),
	}
}

const batchHelp = "\nInputs are files, directories (every *.json below them, in lexical order) and\n" +
	"'-' for standard input; with -ndjson, each file (and standard input) holds one\n" +
	"document per line, and results name the line. Results come in input order, one\n" +
	"per document or line, whatever -j is; a summary line goes to standard error.\n"

// recordName is how a text result names a record: "file" or "file:line".
func recordName(r batch.Record) string {
	if r.Source == "-" {
		r.Source = "<stdin>"
	}
	return r.Name()
}

// readProblem describes a record that could not be read; the boolean is true for an
// I/O error (exit status 2) and false for a record over the size limit (invalid).
func readProblem(r batch.Record) (string, bool) {
	if errors.Is(r.Err, batch.ErrTooLong) {
		return fmt.Sprintf("document larger than %d bytes", communication.DefaultMaxSize), false
	}
	return "reading: " + r.Err.Error(), true
}

// runBatch runs work over the inputs with the batch flags and emits each result in
// input order. It shows a progress line on a terminal for long runs. It returns the
// number of records processed and ExitOK, or the exit status for an interrupted or
// failed run (after saying why on stderr, except for a closed output).
func runBatch[R any](e *env, cmd string, bf *batchFlags, paths []string, work func(batch.Record) R, emit func(batch.Record, R) error) (int, int) {
	// A batch keeps little alive (a window of documents in flight) but allocates
	// fast, so the collector's default pace makes it run every few hundred
	// documents and, with two workers on two cores, take a good share of the CPU.
	// Four times the headroom keeps the heap in tens of megabytes. A GOGC the user
	// set wins.
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(400))
	}
	var done atomic.Int64
	stop := progress(e, bf, &done)
	src := batch.Source{Paths: paths, NDJSON: *bf.ndjson, Stdin: e.stdin, MaxSize: communication.DefaultMaxSize}
	var writeErr error
	err := batch.Process(e.ctx, src, *bf.workers, work, func(r batch.Record, res R) error {
		done.Add(1)
		if err := emit(r, res); err != nil {
			writeErr = err
			return err
		}
		return nil
	})
	stop()
	n := int(done.Load())
	switch {
	case err == nil:
		return n, ExitOK
	case writeErr != nil && errors.Is(err, writeErr):
		// The output is gone (a closed pipe, a full disk): nothing more can be said
		// there; say it once on stderr and stop.
		fmt.Fprintf(e.stderr, "spcomm %s: writing results: %v\n", cmd, writeErr)
		return n, ExitUsage
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		fmt.Fprintf(e.stderr, "spcomm %s: interrupted after %d document(s); the results above are complete and in order\n", cmd, n)
		return n, ExitUsage
	}
	fmt.Fprintf(e.stderr, "spcomm %s: %v\n", cmd, err)
	return n, ExitUsage
}

// progress prints "N documents…" on stderr every half second when stderr is a
// terminal and the run lasts more than a second; the returned function clears it.
func progress(e *env, bf *batchFlags, done *atomic.Int64) func() {
	f, ok := e.stderr.(*os.File)
	if *bf.quiet || !ok {
		return func() {}
	}
	if st, err := f.Stat(); err != nil || st.Mode()&os.ModeCharDevice == 0 {
		return func() {}
	}
	quit := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		start := time.Now()
		t := time.NewTicker(500 * time.Millisecond)
		defer t.Stop()
		shown := false
		for {
			select {
			case <-quit:
				if shown {
					fmt.Fprint(f, "\r\033[K")
				}
				return
			case <-t.C:
				if time.Since(start) > time.Second {
					n := done.Load()
					fmt.Fprintf(f, "\r%d documents, %.0f/s", n, float64(n)/time.Since(start).Seconds())
					shown = true
				}
			}
		}
	}()
	return func() { close(quit); <-finished }
}

// summary counts the results of a batch for the line on stderr.
type summary struct {
	documents, valid, invalid, ready, notReady int
	checked                                    bool // readiness was checked
}

func (s summary) write(w io.Writer, bf *batchFlags) {
	if *bf.quiet {
		return
	}
	if s.checked {
		fmt.Fprintf(w, "%d documents: %d valid, %d invalid, %d ready, %d not ready\n", s.documents, s.valid, s.invalid, s.ready, s.notReady)
		return
	}
	fmt.Fprintf(w, "%d documents: %d valid, %d invalid\n", s.documents, s.valid, s.invalid)
}
