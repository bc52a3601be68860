package batch

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
)

// Record is one document to process: a whole file, or one line of an NDJSON stream.
type Record struct {
	Index  int    // 0-based position in the whole input
	Source string // file name, or "<stdin>"
	Line   int    // 1-based line in an NDJSON stream; 0 for a whole file
	Data   []byte // the document; nil when Err is set
	Err    error  // why the record could not be read (too long, an I/O error)
}

// Name is how results name the record: "file" or "file:line".
func (r Record) Name() string {
	if r.Line > 0 {
		return fmt.Sprintf("%s:%d", r.Source, r.Line)
	}
	return r.Source
}

// ErrTooLong is the error of a record larger than the limit.
var ErrTooLong = errors.New("record larger than the size limit")

// Source says where records come from.
type Source struct {
	Paths   []string  // files and directories; "-" is Stdin
	NDJSON  bool      // read each file (and stdin) as one document per line
	Stdin   io.Reader // standard input
	MaxSize int       // the largest record, in bytes

	mem *arena // where lines are read into; nil: a new slice for each
	// blocks, when set, takes a regular NDJSON file (and closes it) instead of
	// the line reader: Process reads such files in parallel blocks.
	blocks func(name string, f blockFile, size int64) error
}

// arena is a block of memory that the lines of a stream are read into one after
// the other, so that reading a line does not allocate. [Process] gives each chunk
// of records a block and reuses it once the chunk's results are emitted.
type arena struct {
	buf []byte
}

// tail is the free part of the block, as an empty slice to append to.
func (a *arena) tail() []byte {
	if a == nil {
		return nil
	}
	return a.buf[len(a.buf):len(a.buf)]
}

// take marks the first n bytes of the tail as used.
func (a *arena) take(n int) { a.buf = a.buf[:len(a.buf)+n] }

// Read streams the records of src to yield, in order, stopping at the first error
// yield returns or when ctx is done. A path that cannot be read (a typo, a
// permission) is a record with Err set, so that it is reported in its place and
// never mistaken for an empty input; an I/O error in the middle of a stream becomes
// a record of its own and that stream ends.
func Read(ctx context.Context, src Source, yield func(Record) error) error {
	idx := 0
	emit := func(r Record) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		r.Index = idx
		idx++
		return yield(r)
	}
	for _, p := range src.Paths {
		if p == "-" {
			if err := readReader(src, "<stdin>", src.Stdin, emit); err != nil {
				return err
			}
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			// A path that cannot be read is a record of its own, so that the
			// others are still processed and the failure is reported in order.
			if err := emit(Record{Source: p, Err: err}); err != nil {
				return err
			}
			continue
		}
		if !info.IsDir() {
			if err := readFile(src, p, emit); err != nil {
				return err
			}
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return emit(Record{Source: path, Err: err})
			}
			if d.IsDir() || !strings.HasSuffix(d.Name(), ".json") && !(src.NDJSON && strings.HasSuffix(d.Name(), ".ndjson")) {
				return nil
			}
			return readFile(src, path, emit)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// inputFile is an opened input: *os.File, or a stand-in in tests.
type inputFile interface {
	blockFile
	io.Reader
	Stat() (fs.FileInfo, error)
}

// blockFile is what reading in blocks needs of a file.
type blockFile interface {
	io.ReaderAt
	io.Closer
}

// openFile opens an input; tests replace it to make reads fail.
var openFile = func(path string) (inputFile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	return f, nil
}

func readFile(src Source, path string, emit func(Record) error) error {
	f, err := openFile(path)
	if err != nil {
		return emit(Record{Source: path, Err: err})
	}
	if src.NDJSON && src.blocks != nil {
		if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
			return src.blocks(path, f, st.Size())
		}
	}
	defer f.Close()
	return readReader(src, path, f, emit)
}

// readReader emits the records of one input: its lines with NDJSON, else the whole
// input as one document.
func readReader(src Source, path string, f io.Reader, emit func(Record) error) error {
	if src.NDJSON {
		return readStream(src, path, f, emit)
	}
	data, err := io.ReadAll(io.LimitReader(f, int64(src.MaxSize)+1))
	switch {
	case err != nil:
		return emit(Record{Source: path, Err: err})
	case len(data) > src.MaxSize:
		return emit(Record{Source: path, Err: ErrTooLong})
	}
	return emit(Record{Source: path, Data: data})
}

// readStream emits one record per line of r. A line longer than the limit becomes
// an ErrTooLong record (its bytes are skipped, not buffered); a blank line becomes a
// record with empty Data, so that every line has its result; a read error becomes a
// last record.
func readStream(src Source, name string, r io.Reader, emit func(Record) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	for line := 1; ; line++ {
		data, tooLong, err := readLine(br, src.MaxSize, src.mem)
		if err == io.EOF && data == nil && !tooLong {
			return nil
		}
		if err != nil && err != io.EOF {
			return emit(Record{Source: name, Line: line, Err: err})
		}
		rec := Record{Source: name, Line: line, Data: data}
		if tooLong {
			rec.Data, rec.Err = nil, ErrTooLong
		}
		if data == nil && !tooLong {
			rec.Data = []byte{}
		}
		if e := emit(rec); e != nil {
			return e
		}
		if err == io.EOF {
			return nil
		}
	}
}

// readLine reads one line without its end (\n or \r\n), into mem's free space when
// it fits there. It returns data == nil and io.EOF at the end of input.
func readLine(br *bufio.Reader, max int, mem *arena) (data []byte, tooLong bool, err error) {
	buf := mem.tail()
	free := cap(buf)
	defer func() {
		// append copies to a new array only past the capacity, so a line no longer
		// than the free space is in it.
		if len(buf) > 0 && len(buf) <= free {
			mem.take(len(buf))
		}
	}()
	started := false
	for {
		chunk, err := br.ReadSlice('\n')
		if len(chunk) > 0 {
			started = true
		}
		if !tooLong {
			if len(buf)+len(chunk) > max+2 { // +2 for the line end
				tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		switch err {
		case bufio.ErrBufferFull:
			continue
		case nil:
			data, tooLong := trimEOL(buf, tooLong, max)
			return data, tooLong, nil
		case io.EOF:
			if !started {
				return nil, false, io.EOF
			}
			data, tooLong := trimEOL(buf, tooLong, max)
			return data, tooLong, io.EOF
		default:
			return nil, false, err
		}
	}
}

// trimEOL removes the line end and applies the size limit to what is left.
func trimEOL(b []byte, tooLong bool, max int) ([]byte, bool) {
	if tooLong {
		return nil, true
	}
	b = bytes.TrimSuffix(b, []byte("\n"))
	b = bytes.TrimSuffix(b, []byte("\r"))
	if len(b) > max {
		return nil, true
	}
	if b == nil {
		b = []byte{}
	}
	return b, false
}

// Records travel to the workers in chunks, so that the cost of handing work from
// one goroutine to another (a wake-up, a few microseconds) is paid once per chunk
// rather than once per document, which is about what checking one costs.
const (
	chunkRecords = 32        // records in a chunk at most
	chunkBytes   = 1 << 20   // and bytes, so that large documents travel alone
	blockBytes   = 512 << 10 // the memory block a chunk's lines are read into
)

// Process reads src and runs work on every record with the given number of workers
// (at least 1), calling emit with each record and its result in input order, from a
// single goroutine. At most a small window of records is in flight (a few chunks
// per worker). It stops at the first error that Read or emit returns, or when ctx
// is done, and returns that error after every started worker has finished; the
// records emitted before then are complete and in order. A record's Data is valid
// only until emit returns for it: the memory is then reused for later records.
// Regular NDJSON files are read in blocks by the workers themselves (see
// blocks.go); a record's Index is set when it is emitted, and is not to be relied
// on in work.
func Process[R any](ctx context.Context, src Source, workers int, work func(Record) R, emit func(Record, R) error) error {
	workers = max(workers, 1)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type chunk struct {
		recs []Record
		res  []R
		mem  []byte     // the block the records' lines were read into
		blk  *fileBlock // a block of a file for the worker to read; nil when recs are read
		done chan struct{}
	}
	// Blocks come back here once their chunk is emitted; the window bounds how
	// many exist.
	free := make(chan []byte, workers*4+2)
	block := func() []byte {
		select {
		case b := <-free:
			return b[:0]
		default:
			return make([]byte, 0, blockBytes+64<<10) // room for a block, a byte before it, and a line's end
		}
	}
	src.mem = &arena{buf: block()}
	jobs := make(chan *chunk)
	order := make(chan *chunk, workers*4)

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := range jobs {
				if c.blk != nil {
					c.recs, c.mem = c.blk.read(block())
				}
				c.res = make([]R, len(c.recs))
				for i, r := range c.recs {
					c.res[i] = work(r)
				}
				close(c.done)
			}
		}()
	}

	send := func(c *chunk) error {
		select { // reserve the chunk's place in the order first, bounding the window
		case order <- c:
		case <-ctx.Done():
			return ctx.Err()
		}
		select {
		case jobs <- c:
		case <-ctx.Done():
			return ctx.Err()
		}
		return nil
	}
	readErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(jobs)
		cur := &chunk{done: make(chan struct{})}
		size := 0
		limit := chunkRecords
		if interactive(src) {
			limit = 1
		}
		// flush hands the records read so far to the workers, with the block
		// their lines are in, and starts a new chunk and block.
		flush := func() error {
			c := cur
			c.mem, src.mem.buf = src.mem.buf, block()
			cur, size = &chunk{done: make(chan struct{})}, 0
			return send(c)
		}
		src.blocks = func(name string, f blockFile, fsize int64) error {
			nf := &ndjsonFile{f: f, name: name, size: fsize, maxSize: src.MaxSize}
			nf.refs.Store(1) // the reader's, until every block is handed out
			defer nf.release()
			if len(cur.recs) > 0 { // what came before goes first
				if err := flush(); err != nil {
					return err
				}
			}
			var prev *fileBlock
			for off := int64(0); off < fsize; off += fileBlockBytes {
				b := &fileBlock{file: nf, off: off, prev: prev, counted: make(chan struct{})}
				nf.refs.Add(1)
				if err := send(&chunk{blk: b, done: make(chan struct{})}); err != nil {
					nf.release() // the block that was not handed out
					return err
				}
				prev = b
			}
			return nil
		}
		err := Read(ctx, src, func(r Record) error {
			cur.recs = append(cur.recs, r)
			size += len(r.Data)
			if len(cur.recs) < limit && size < chunkBytes {
				return nil
			}
			return flush()
		})
		if err == nil && len(cur.recs) > 0 {
			err = send(cur)
		}
		readErr <- err
	}()

	var emitErr error
	index := 0
	var failed *ndjsonFile // a file whose reading failed: its later blocks are not emitted
	for c := range order {
		select {
		case <-c.done:
		case <-ctx.Done():
		}
		if emitErr != nil || ctx.Err() != nil {
			continue // drain, so the reader can finish
		}
		select {
		case <-c.done:
			skip := false
			if c.blk != nil {
				// An I/O error ends a file, as it ends a stream: the blocks after
				// the one that met it are not emitted.
				skip = c.blk.file == failed
				if c.blk.failed {
					failed = c.blk.file
				}
			}
			for i, r := range c.recs {
				if skip {
					break
				}
				r.Index = index
				index++
				if err := emit(r, c.res[i]); err != nil {
					emitErr = err
					cancel()
					break
				}
			}
			if c.mem != nil && cap(c.mem) <= 2*blockBytes {
				select { // the chunk is done with: its block can take new lines
				case free <- c.mem:
				default:
				}
			}
		default:
		}
	}
	wg.Wait()
	if emitErr != nil {
		return emitErr
	}
	if err := <-readErr; err != nil {
		return err
	}
	return ctx.Err()
}

// interactive reports whether records should go to the workers one by one: when
// standard input is read and it is a terminal, a person types the documents and
// waits for each result.
func interactive(src Source) bool {
	f, ok := src.Stdin.(*os.File)
	if !ok || !slices.Contains(src.Paths, "-") {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
