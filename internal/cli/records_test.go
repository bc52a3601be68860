package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
)

// stream returns n NDJSON lines: valid documents with, every seventh line, a
// malformed one and, every eleventh, one with invalid UTF-8.
func stream(t *testing.T, n int) (string, []bool) {
	t.Helper()
	data, err := os.ReadFile("../../testdata/submissions/bgd-blogger-machete-attack.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc bytes.Buffer
	if err := json.Compact(&doc, data); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	valid := make([]bool, n)
	for i := range n {
		switch {
		case i%7 == 3:
			b.WriteString(`{"schema_version": "1.0",` + "\n")
		case i%11 == 5:
			b.WriteString("{\"title\": \"\xff\"}\n")
		default:
			b.Write(doc.Bytes())
			b.WriteByte('\n')
			valid[i] = true
		}
	}
	return b.String(), valid
}

// TestRecordsInEqualResultsOut: every line of a stream with malformed and invalid
// UTF-8 lines has exactly one result, in order, for validate and check, whatever
// the number of workers.
func TestRecordsInEqualResultsOut(t *testing.T) {
	in, valid := stream(t, 200)
	for _, cmd := range []string{"validate", "check"} {
		for _, j := range []string{"1", "2", "8"} {
			args := []string{cmd, "-json", "-ndjson", "-j", j}
			if cmd == "check" {
				args = append(args, "-today", "2026-11-23")
			}
			var out, errb bytes.Buffer
			code := Run(context.Background(), append(args, "-"), strings.NewReader(in), &out, &errb)
			if code != ExitInvalid {
				t.Fatalf("%s -j %s: exit %d, stderr %q", cmd, j, code, errb.String())
			}
			lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
			if len(lines) != len(valid) {
				t.Fatalf("%s -j %s: %d results for %d lines", cmd, j, len(lines), len(valid))
			}
			for i, l := range lines {
				var r struct {
					Line  int  `json:"line"`
					Valid bool `json:"valid"`
				}
				if err := json.Unmarshal([]byte(l), &r); err != nil {
					t.Fatal(err)
				}
				if r.Line != i+1 || r.Valid != valid[i] {
					t.Fatalf("%s -j %s: result %d is line %d valid=%v, want line %d valid=%v", cmd, j, i, r.Line, r.Valid, i+1, valid[i])
				}
			}
		}
	}
}

// failingWriter accepts n bytes, then fails as a closed pipe does.
type failingWriter struct{ n int }

func (w *failingWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		w.n = 0
		return 0, errors.New("write |1: broken pipe")
	}
	w.n -= len(p)
	return len(p), nil
}

// TestClosedStdout: when the output goes away, the command stops quietly with a
// non-zero status and one line on stderr, and does not panic.
func TestClosedStdout(t *testing.T) {
	in, _ := stream(t, 500)
	var errb bytes.Buffer
	code := Run(context.Background(), []string{"validate", "-json", "-ndjson", "-j", "2", "-"}, strings.NewReader(in), &failingWriter{n: 4000}, &errb)
	if code != ExitUsage || !strings.Contains(errb.String(), "writing results: write |1: broken pipe") {
		t.Errorf("exit %d, stderr %q", code, errb.String())
	}
}

// cancelAfter cancels a context once n bytes have been written through it.
type cancelAfter struct {
	buf    bytes.Buffer
	n      int
	cancel context.CancelFunc
}

func (w *cancelAfter) Write(p []byte) (int, error) {
	if w.buf.Len()+len(p) >= w.n {
		w.cancel()
	}
	return w.buf.Write(p)
}

// TestCancelledRun: a cancelled run (Ctrl-C) leaves complete results in order, says
// where it stopped, and exits non-zero.
func TestCancelledRun(t *testing.T) {
	in, _ := stream(t, 2000)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	w := &cancelAfter{n: 20000, cancel: cancel}
	var errb bytes.Buffer
	code := Run(ctx, []string{"validate", "-json", "-ndjson", "-j", "2", "-"}, strings.NewReader(in), w, &errb)
	if code != ExitUsage || !strings.Contains(errb.String(), "interrupted after") {
		t.Fatalf("exit %d, stderr %q", code, errb.String())
	}
	lines := strings.Split(strings.TrimSuffix(w.buf.String(), "\n"), "\n")
	if len(lines) == 0 || len(lines) >= 2000 {
		t.Fatalf("%d results", len(lines))
	}
	for i, l := range lines {
		var r struct {
			Line int `json:"line"`
		}
		if err := json.Unmarshal([]byte(l), &r); err != nil || r.Line != i+1 {
			t.Fatalf("result %d: %q (%v)", i, l, err)
		}
	}
	if !strings.Contains(errb.String(), fmt.Sprintf("interrupted after %d document(s)", len(lines))) {
		t.Errorf("stderr %q does not count %d results", errb.String(), len(lines))
	}
}

// brokenReader yields data, then an error, as a failing disk or network does.
type brokenReader struct {
	r   io.Reader
	err error
}

func (b *brokenReader) Read(p []byte) (int, error) {
	n, err := b.r.Read(p)
	if err == io.EOF {
		return n, b.err
	}
	return n, err
}

// TestReaderErrorMidStream: a read error in the middle of a stream is a result of
// its own, after every complete line, and the exit status is 2.
func TestReaderErrorMidStream(t *testing.T) {
	in, _ := stream(t, 20)
	in += `{"schema_version": "1.0", "tit` // a line cut by the error
	var out, errb bytes.Buffer
	code := Run(context.Background(), []string{"validate", "-json", "-ndjson", "-"}, &brokenReader{strings.NewReader(in), errors.New("input/output error")}, &out, &errb)
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if code != ExitUsage || len(lines) != 21 || !strings.Contains(lines[20], `"code":"io"`) || !strings.Contains(lines[20], "input/output error") {
		t.Errorf("exit %d, %d results, last %q, stderr %q", code, len(lines), lines[len(lines)-1], errb.String())
	}
}
