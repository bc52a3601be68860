package batch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

type result struct {
	Name string
	Data string
	Err  string
}

func collect(t *testing.T, src Source, workers int, work func(Record) string) ([]result, error) {
	t.Helper()
	var out []result
	err := Process(context.Background(), src, workers, func(r Record) string {
		if work != nil {
			return work(r)
		}
		return string(r.Data)
	}, func(r Record, res string) error {
		e := ""
		if r.Err != nil {
			e = r.Err.Error()
		}
		if len(out) != r.Index {
			t.Errorf("record %d emitted at position %d", r.Index, len(out))
		}
		out = append(out, result{r.Name(), res, e})
		return nil
	})
	return out, err
}

func TestNDJSONOneResultPerLineInOrder(t *testing.T) {
	in := "{\"a\":1}\n\n{bad\r\n" + strings.Repeat("x", 50) + "\n{\"b\":2}\n{\"c\":3}" // no final newline
	want := []result{
		{"<stdin>:1", `{"a":1}`, ""},
		{"<stdin>:2", "", ""},
		{"<stdin>:3", "{bad", ""},
		{"<stdin>:4", "", ErrTooLong.Error()},
		{"<stdin>:5", `{"b":2}`, ""},
		{"<stdin>:6", `{"c":3}`, ""},
	}
	for _, workers := range []int{1, 2, 7} {
		got, err := collect(t, Source{Paths: []string{"-"}, NDJSON: true, Stdin: strings.NewReader(in), MaxSize: 20}, workers, nil)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("workers=%d (-want +got):\n%s", workers, diff)
		}
	}
}

func TestStdinWithoutNDJSONIsOneDocument(t *testing.T) {
	got, err := collect(t, Source{Paths: []string{"-"}, Stdin: strings.NewReader("{\n}\n"), MaxSize: 10}, 2, nil)
	if err != nil || len(got) != 1 || got[0].Name != "<stdin>" || got[0].Data != "{\n}\n" {
		t.Fatalf("got %+v, %v", got, err)
	}
}

func TestFinalNewlineMakesNoExtraRecord(t *testing.T) {
	got, err := collect(t, Source{Paths: []string{"-"}, NDJSON: true, Stdin: strings.NewReader("{}\n{}\n"), MaxSize: 10}, 2, nil)
	if err != nil || len(got) != 2 {
		t.Fatalf("got %d records, %v", len(got), err)
	}
}

func TestLongLinesAcrossBufferBoundaries(t *testing.T) {
	long := strings.Repeat("y", 200<<10) // larger than the reader's buffer
	in := long + "\n" + "{}\n" + long + "z\n"
	got, err := collect(t, Source{Paths: []string{"-"}, NDJSON: true, Stdin: strings.NewReader(in), MaxSize: len(long)}, 2, func(r Record) string { return fmt.Sprint(len(r.Data)) })
	if err != nil {
		t.Fatal(err)
	}
	want := []result{{"<stdin>:1", fmt.Sprint(len(long)), ""}, {"<stdin>:2", "2", ""}, {"<stdin>:3", "0", ErrTooLong.Error()}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

type failingReader struct {
	data string
	err  error
}

func (f *failingReader) Read(p []byte) (int, error) {
	if f.data == "" {
		return 0, f.err
	}
	n := copy(p, f.data)
	f.data = f.data[n:]
	return n, nil
}

func TestReaderErrorMidStreamIsARecord(t *testing.T) {
	boom := errors.New("disk on fire")
	got, err := collect(t, Source{Paths: []string{"-"}, NDJSON: true, Stdin: &failingReader{"{}\n{}\n{\"half", boom}, MaxSize: 100}, 2, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []result{{"<stdin>:1", "{}", ""}, {"<stdin>:2", "{}", ""}, {"<stdin>:3", "", boom.Error()}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestFilesAndDirectories(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("b.json", "B")
	write("a.json", "A")
	write("sub/c.json", "C")
	write("notes.txt", "ignored")
	write("big.json", strings.Repeat("x", 11))
	got, err := collect(t, Source{Paths: []string{filepath.Join(dir, "a.json"), dir}, MaxSize: 10}, 3, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []result{
		{filepath.Join(dir, "a.json"), "A", ""},
		{filepath.Join(dir, "a.json"), "A", ""},
		{filepath.Join(dir, "b.json"), "B", ""},
		{filepath.Join(dir, "big.json"), "", ErrTooLong.Error()},
		{filepath.Join(dir, "sub/c.json"), "C", ""},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	got, err = collect(t, Source{Paths: []string{filepath.Join(dir, "missing.json"), filepath.Join(dir, "a.json")}, MaxSize: 10}, 1, nil)
	if err != nil || len(got) != 2 || !strings.Contains(got[0].Err, "no such file") || got[1].Data != "A" {
		t.Errorf("missing file: %v %+v", err, got)
	}
}

func TestEmitErrorStopsAndReturns(t *testing.T) {
	in := strings.Repeat("{}\n", 10000)
	stop := errors.New("stdout closed")
	n := 0
	err := Process(context.Background(), Source{Paths: []string{"-"}, NDJSON: true, Stdin: strings.NewReader(in), MaxSize: 10}, 4,
		func(r Record) int { return r.Index },
		func(r Record, i int) error {
			if r.Index != n || i != n {
				t.Fatalf("out of order: %d %d %d", r.Index, i, n)
			}
			n++
			if n == 100 {
				return stop
			}
			return nil
		})
	if !errors.Is(err, stop) || n != 100 {
		t.Fatalf("err = %v after %d records", err, n)
	}
}

func TestCancelGivesCleanPartialResult(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	go func() {
		for i := 0; ; i++ {
			if _, err := fmt.Fprintf(pw, "{\"n\":%d}\n", i); err != nil {
				return
			}
		}
	}()
	var emitted atomic.Int64
	err := Process(ctx, Source{Paths: []string{"-"}, NDJSON: true, Stdin: pr, MaxSize: 100}, 2,
		func(r Record) int { return r.Index },
		func(r Record, i int) error {
			if int64(r.Index) != emitted.Load() {
				t.Errorf("gap before record %d", r.Index)
			}
			if emitted.Add(1) == 500 {
				cancel()
			}
			return nil
		})
	pr.CloseWithError(io.ErrClosedPipe)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v", err)
	}
	if emitted.Load() < 500 {
		t.Errorf("only %d records emitted", emitted.Load())
	}
}

func TestWorkersRunInParallel(t *testing.T) {
	var running, peak atomic.Int64
	work := func(r Record) string {
		n := running.Add(1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		time.Sleep(2 * time.Millisecond)
		running.Add(-1)
		return ""
	}
	if _, err := collect(t, Source{Paths: []string{"-"}, NDJSON: true, Stdin: strings.NewReader(strings.Repeat("{}\n", 64)), MaxSize: 10}, 4, work); err != nil {
		t.Fatal(err)
	}
	if peak.Load() < 2 {
		t.Errorf("peak concurrency %d with 4 workers", peak.Load())
	}
}

func FuzzReadStream(f *testing.F) {
	f.Add([]byte("{}\n\n{x}\r\n"), 4)
	f.Add([]byte("aaaaaaaaaa\nb"), 3)
	f.Fuzz(func(t *testing.T, data []byte, max int) {
		if max < 1 || max > 1<<16 {
			return
		}
		lines := strings.Count(string(data), "\n")
		if len(data) > 0 && data[len(data)-1] != '\n' {
			lines++
		}
		n := 0
		err := Read(context.Background(), Source{Paths: []string{"-"}, NDJSON: true, Stdin: strings.NewReader(string(data)), MaxSize: max}, func(r Record) error {
			if r.Line != n+1 || r.Index != n {
				t.Fatalf("record %d has line %d index %d", n, r.Line, r.Index)
			}
			if r.Err == nil && len(r.Data) > max {
				t.Fatalf("record of %d bytes over the limit %d", len(r.Data), max)
			}
			n++
			return nil
		})
		if err != nil || n != lines {
			t.Fatalf("%d records for %d lines, %v", n, lines, err)
		}
	})
}

// TestReusedMemoryKeepsEveryLine runs a stream long enough for the line blocks to
// be reused many times, with lines of varied lengths (some longer than what is
// left of a block, some longer than a block), and checks that every record's data,
// in work and in emit, is exactly its line.
func TestReusedMemoryKeepsEveryLine(t *testing.T) {
	var in strings.Builder
	var lines []string
	for i := range 2000 {
		n := (i * 7919) % 20000
		if i%500 == 0 {
			n = blockBytes + 1000
		}
		line := fmt.Sprintf("%d:%s", i, strings.Repeat(string(rune('a'+i%26)), n))
		lines = append(lines, line)
		in.WriteString(line + "\n")
	}
	for _, workers := range []int{1, 2, 5} {
		src := Source{Paths: []string{"-"}, NDJSON: true, Stdin: strings.NewReader(in.String()), MaxSize: 1 << 20}
		n := 0
		err := Process(context.Background(), src, workers, func(r Record) string {
			return string(r.Data)
		}, func(r Record, res string) error {
			if res != lines[r.Index] || string(r.Data) != lines[r.Index] {
				t.Fatalf("workers=%d: record %d (line %d) altered: %.20q…", workers, r.Index, r.Line, r.Data)
			}
			n++
			return nil
		})
		if err != nil || n != len(lines) {
			t.Fatalf("workers=%d: %d records of %d, err %v", workers, n, len(lines), err)
		}
	}
}
