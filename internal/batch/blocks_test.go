package batch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// byStream is what the single line reader gives for data, as results.
func byStream(t *testing.T, data []byte, maxSize int, name string) []result {
	t.Helper()
	var out []result
	err := Read(context.Background(), Source{Paths: []string{"-"}, NDJSON: true, Stdin: bytes.NewReader(data), MaxSize: maxSize}, func(r Record) error {
		e := ""
		if r.Err != nil {
			e = r.Err.Error()
		}
		r.Source = name
		out = append(out, result{r.Name(), string(r.Data), e})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// byBlocks is what Process gives for the same data in a regular file cut into
// blocks of the given size.
func byBlocks(t *testing.T, data []byte, maxSize int, block int64, workers int) ([]result, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "in.ndjson")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	defer func(old int64) { fileBlockBytes = old }(fileBlockBytes)
	fileBlockBytes = block
	got, err := collect(t, Source{Paths: []string{path}, NDJSON: true, MaxSize: maxSize}, workers, nil)
	if err != nil {
		t.Fatal(err)
	}
	return got, path
}

func sameRecords(t *testing.T, data []byte, maxSize int, block int64, workers int) {
	t.Helper()
	got, path := byBlocks(t, data, maxSize, block, workers)
	want := byStream(t, data, maxSize, path)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("%q, limit %d, blocks of %d, %d workers: the blocks give other records than the stream (-stream +blocks):\n%s",
			data, maxSize, block, workers, diff)
	}
}

func TestBlocksMatchStream(t *testing.T) {
	long := strings.Repeat("x", 40)
	for _, in := range []string{
		"",
		"\n",
		"\n\n\n",
		"a",
		"a\n",
		"a\nb",
		"a\r\nb\r\n",
		"a\r",
		"{\"a\":1}\n\n{bad\r\n" + long + "\n{\"b\":2}\n{\"c\":3}",
		long + long + "\n" + long,
		"ab\ncd\nef\ngh\n",
		strings.Repeat("0123456\n", 50),
		strings.Repeat("x", 100) + "\ny\n" + strings.Repeat("z", 100),
	} {
		for _, block := range []int64{1, 2, 3, 7, 8, 9, 64, 1 << 20} {
			for _, workers := range []int{1, 3} {
				sameRecords(t, []byte(in), 50, block, workers)
			}
		}
	}
}

// FuzzBlocksMatchStream checks that a regular file read in blocks by the workers
// gives exactly the records of the same bytes read as a stream, for any content,
// size limit and block size.
func FuzzBlocksMatchStream(f *testing.F) {
	f.Add([]byte("{\"a\":1}\n\n{bad\r\nxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n{\"b\":2}"), uint8(20), uint8(7))
	f.Add([]byte("a\r\nb\rc\n\n"), uint8(1), uint8(1))
	f.Fuzz(func(t *testing.T, data []byte, limit, block uint8) {
		sameRecords(t, data, int(limit), int64(block%64)+1, 2)
	})
}

// Cancelling a run over a file read in blocks gives the records before the
// cancellation, in order and without a gap, and closes the file.
func TestBlocksCancelAndClose(t *testing.T) {
	var in strings.Builder
	for i := range 20000 {
		fmt.Fprintf(&in, "{\"n\":%d}\n", i)
	}
	path := filepath.Join(t.TempDir(), "in.ndjson")
	if err := os.WriteFile(path, []byte(in.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	defer func(old int64) { fileBlockBytes = old }(fileBlockBytes)
	fileBlockBytes = 256
	fds := func() int {
		ents, err := os.ReadDir("/proc/self/fd")
		if err != nil {
			t.Skip("no /proc/self/fd")
		}
		return len(ents)
	}
	before := fds()
	for _, cancelAt := range []int{1, 500, 19999, -1} {
		ctx, cancel := context.WithCancel(context.Background())
		n := 0
		err := Process(ctx, Source{Paths: []string{path, path}, NDJSON: true, MaxSize: 100}, 3,
			func(r Record) string { return string(r.Data) },
			func(r Record, data string) error {
				if want := fmt.Sprintf("{\"n\":%d}", n%20000); r.Index != n || r.Line != n%20000+1 || data != want {
					t.Fatalf("record %d: index %d, line %d, %q; want %q", n, r.Index, r.Line, data, want)
				}
				n++
				if n == cancelAt {
					cancel()
				}
				return nil
			})
		cancel()
		switch {
		case cancelAt < 0 && (err != nil || n != 40000):
			t.Errorf("uncancelled: %d records, err %v", n, err)
		case cancelAt >= 0 && (!errors.Is(err, context.Canceled) || n < cancelAt):
			t.Errorf("cancelled at %d: %d records, err %v", cancelAt, n, err)
		}
	}
	if after := fds(); after != before {
		t.Errorf("%d open files before, %d after: a file was left open", before, after)
	}
}

// failingFile is a regular file whose reads at or past failAt fail.
type failingFile struct {
	*os.File
	failAt int64
}

var errDisk = errors.New("disk read error")

func (f failingFile) ReadAt(p []byte, off int64) (int, error) {
	if off+int64(len(p)) > f.failAt {
		return 0, errDisk
	}
	return f.File.ReadAt(p, off)
}

// A read error in the middle of a file read in blocks becomes a record in its
// place, the file's later lines are not emitted (as a stream ends at its error),
// the next input goes on, and no file is left open.
func TestBlocksReadErrorIsARecord(t *testing.T) {
	var in strings.Builder
	for i := range 2000 {
		fmt.Fprintf(&in, "{\"n\":%d}\n", i)
	}
	dir := t.TempDir()
	bad, good := filepath.Join(dir, "bad.ndjson"), filepath.Join(dir, "good.ndjson")
	for _, p := range []string{bad, good} {
		if err := os.WriteFile(p, []byte(in.String()), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	defer func(old int64) { fileBlockBytes = old }(fileBlockBytes)
	fileBlockBytes = 512
	defer func(old func(string) (inputFile, error)) { openFile = old }(openFile)
	openFile = func(p string) (inputFile, error) {
		f, err := os.Open(p)
		if err != nil || p != bad {
			return f, err
		}
		return failingFile{f, 10000}, nil
	}
	for _, workers := range []int{1, 3} {
		got, err := collect(t, Source{Paths: []string{bad, good}, NDJSON: true, MaxSize: 100}, workers, nil)
		if err != nil {
			t.Fatal(err)
		}
		var errAt = -1
		for i, r := range got {
			if r.Err != "" {
				if errAt >= 0 || r.Err != errDisk.Error() || !strings.HasPrefix(r.Name, bad+":") {
					t.Fatalf("workers=%d: unexpected error record %d: %+v", workers, i, r)
				}
				errAt = i
			}
		}
		// Every line before the error is there, in order; after it, only the good file.
		if errAt < 1 {
			t.Fatalf("workers=%d: no error record (or nothing before it): %d records", workers, len(got))
		}
		for i := range errAt {
			if want := fmt.Sprintf("{\"n\":%d}", i); got[i].Data != want || got[i].Name != fmt.Sprintf("%s:%d", bad, i+1) {
				t.Fatalf("workers=%d: record %d = %+v, want line %d %s", workers, i, got[i], i+1, want)
			}
		}
		if rest := got[errAt+1:]; len(rest) != 2000 || rest[0].Name != good+":1" || rest[1999].Name != good+":2000" {
			t.Errorf("workers=%d: after the error, %d records, want the good file's 2000", workers, len(rest))
		}
	}
}
