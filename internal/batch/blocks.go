package batch

import (
	"bytes"
	"errors"
	"io"
	"sync/atomic"
)

// Reading a regular NDJSON file in parallel. A single reader that reads every
// byte, copies it and splits lines is a serial stage: once checking a document
// costs a few microseconds, the reader's share (the kernel's copy of the file
// into memory, the line scan) bounds what more workers can give. So [Process]
// cuts a regular file into fixed blocks and hands each block to a worker, which
// reads it with ReadAt, splits it into lines and checks them. Line numbers come
// from a chain: a block's first line number is the one of the block before plus
// the number of lines that block holds, which its worker publishes as soon as it
// has split it. Standard input and other streams are read by the single reader,
// as before.
//
// A line belongs to the block it starts in: it starts at offset p when p is 0 or
// the byte at p-1 is a line feed, and p is before the end of the file. The worker
// of a block reads from one byte before the block (to see whether its first byte
// starts a line) to its end, and reads on past the end to finish the last line
// that starts in it. The records are those [Read] gives for the same bytes
// (FuzzBlocksMatchStream checks it).

// fileBlockBytes is the size of the blocks a regular NDJSON file is cut into.
var fileBlockBytes int64 = blockBytes

// ndjsonFile is a regular file read in blocks. It is closed when the reader has
// handed out every block and each has been read.
type ndjsonFile struct {
	f       blockFile
	name    string
	size    int64
	maxSize int
	refs    atomic.Int32
}

// release drops one reference, closing the file with the last.
func (nf *ndjsonFile) release() {
	if nf.refs.Add(-1) == 0 {
		nf.f.Close()
	}
}

// fileBlock is the part of a file from off to off+fileBlockBytes.
type fileBlock struct {
	file *ndjsonFile
	off  int64
	prev *fileBlock // the block before in the same file; nil for the first

	// Set by the worker before counted is closed.
	lines   int  // records the block holds
	first   int  // the line number of its first record
	failed  bool // an I/O error ended the file in this block
	counted chan struct{}
}

// read reads the block into buf (which it may grow and returns) and splits it
// into records, with their line numbers (after waiting for the block before to
// be counted).
func (b *fileBlock) read(buf []byte) ([]Record, []byte) {
	nf := b.file
	defer nf.release()
	recs, buf, failed := b.split(buf)
	b.lines, b.failed = len(recs), failed
	b.first = 1
	if b.prev != nil {
		<-b.prev.counted
		b.first = b.prev.first + b.prev.lines
	}
	close(b.counted)
	for i := range recs {
		recs[i].Line = b.first + i
	}
	return recs, buf
}

// split reads the lines that start in the block. failed says an I/O error ended
// them (the last record holds it).
func (b *fileBlock) split(buf []byte) ([]Record, []byte, bool) {
	nf := b.file
	from := max(b.off-1, 0)
	end := min(b.off+fileBlockBytes, nf.size)
	buf, err := readAt(nf.f, buf[:0], from, end-from)
	if err != nil {
		return []Record{{Source: nf.name, Err: err}}, buf, true
	}
	// The first line start at or after b.off.
	start := 0
	if b.off > 0 {
		i := bytes.IndexByte(buf, '\n')
		if i < 0 {
			return nil, buf, false // inside a line that started before
		}
		start = i + 1
	}
	var recs []Record
	pos := from + int64(start) // the file offset of buf[start]
	for pos < end {
		i := bytes.IndexByte(buf[start:], '\n')
		if i >= 0 {
			recs = append(recs, lineRecord(nf, buf[start:start+i+1]))
			start += i + 1
			pos += int64(i + 1)
			continue
		}
		// The last line goes on past the block: read on to its end.
		line, rest, tooLong, err := readLineAt(nf, buf, start, from+int64(len(buf)))
		buf = rest
		switch {
		case err != nil:
			return append(recs, Record{Source: nf.name, Err: err}), buf, true
		case tooLong:
			recs = append(recs, Record{Source: nf.name, Err: ErrTooLong})
		default:
			recs = append(recs, lineRecord(nf, line))
		}
		break
	}
	return recs, buf, false
}

// readLineAt finishes the line that starts at buf[start] and runs to the end of
// buf (at file offset at) and perhaps beyond: it appends the rest of the file up
// to and including the next line feed, keeping no more than the size limit allows.
func readLineAt(nf *ndjsonFile, buf []byte, start int, at int64) (line, rest []byte, tooLong bool, err error) {
	limit := nf.maxSize + 2 // the content and its line end
	var piece [32 << 10]byte
	for ended := false; !ended && at < nf.size; {
		n := int(min(int64(len(piece)), nf.size-at))
		got, err := nf.f.ReadAt(piece[:n], at)
		if got < n {
			if err == nil || err == io.EOF {
				err = io.ErrUnexpectedEOF // the file shrank while it was read
			}
			return nil, buf, false, err
		}
		chunk := piece[:n]
		if i := bytes.IndexByte(chunk, '\n'); i >= 0 {
			chunk, ended = chunk[:i+1], true
		}
		at += int64(len(chunk))
		if !tooLong && len(buf)-start+len(chunk) > limit {
			tooLong = true
		}
		if !tooLong {
			buf = append(buf, chunk...)
		}
	}
	if tooLong {
		return nil, buf, true, nil
	}
	return buf[start:], buf, false, nil
}

// readAt appends n bytes of f from off to buf.
func readAt(f io.ReaderAt, buf []byte, off, n int64) ([]byte, error) {
	buf = growTo(buf, int(n))
	got, err := f.ReadAt(buf[:n], off)
	if int64(got) < n {
		if err == nil || errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF // the file shrank while it was read
		}
		return buf[:0], err
	}
	return buf[:n], nil
}

// growTo returns buf, empty, with room for n bytes.
func growTo(buf []byte, n int) []byte {
	if cap(buf) < n {
		return make([]byte, 0, n)
	}
	return buf[:0]
}

// lineRecord makes the record of one line, its end included in raw.
func lineRecord(nf *ndjsonFile, raw []byte) Record {
	data, tooLong := trimEOL(raw, false, nf.maxSize)
	if tooLong {
		return Record{Source: nf.name, Err: ErrTooLong}
	}
	return Record{Source: nf.name, Data: data}
}
