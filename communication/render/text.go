package render

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"
)

// textWidth is the width plain text is wrapped at, in runes.
const textWidth = 80

// textWriter lays out plain text into w; buf is scratch space it reuses for the
// text of each wrapped paragraph.
type textWriter struct {
	w     *bytes.Buffer
	width int
	buf   []byte
}

// wrap breaks one line of text (the concatenation of parts) into lines of at
// most t.width runes, the first starting with first and the others with rest,
// and writes each with its trailing spaces trimmed and a line break. It breaks
// at spaces, and inside a word only when the word alone is longer than a line.
// It returns the length in runes of the longest line.
func (t *textWriter) wrap(first, rest string, parts ...string) int {
	t.buf = t.buf[:0]
	for _, p := range parts {
		t.buf = append(t.buf, p...)
	}
	l := line{w: t.w, text: t.buf, width: t.width, rest: rest}
	l.start(first)
	// Only ASCII spaces break: a no-break space (before a French colon) holds.
	for i := 0; i < len(l.text); i++ {
		end, ascii := i, true
		for end < len(l.text) && l.text[end] != ' ' {
			ascii = ascii && l.text[end] < utf8.RuneSelf
			end++
		}
		if end > i {
			wl := end - i
			if !ascii {
				wl = utf8.RuneCount(l.text[i:end])
			}
			l.word(i, end, wl)
		}
		i = end
	}
	return l.finish(first)
}

// line is the state of [textWriter.wrap]: the line being written, and the run
// of text (words with single spaces between them) it has taken but not yet
// written, so that a line is mostly written in one piece.
type line struct {
	w         *bytes.Buffer
	text      []byte
	width     int
	rest      string
	prefix, n int  // runes of the line's prefix, and of the whole line
	empty     bool // no word on the line yet
	runStart  int  // text[runStart:runEnd] is taken but not written
	runEnd    int
	longest   int
}

func (l *line) start(first string) {
	l.w.WriteString(first)
	l.prefix = utf8.RuneCountInString(first)
	l.n = l.prefix
	l.empty = true
}

// flush writes the run taken so far.
func (l *line) flush() {
	l.w.Write(l.text[l.runStart:l.runEnd])
	l.runStart = l.runEnd
}

// newLine ends the line and starts the next one with the rest prefix.
func (l *line) newLine() {
	l.flush()
	l.longest = max(l.longest, l.n)
	l.w.WriteByte('\n')
	l.w.WriteString(l.rest)
	l.n = utf8.RuneCountInString(l.rest)
	l.prefix = l.n
}

// word adds the word text[i:end], of wl runes.
func (l *line) word(i, end, wl int) {
	if !l.empty && l.n+1+wl <= l.width {
		if i != l.runEnd+1 || l.runStart == l.runEnd {
			// not right after the run, one space away: write the run
			l.flush()
			l.w.WriteByte(' ')
			l.runStart = i
		}
		l.runEnd = end
		l.n += 1 + wl
		return
	}
	if !l.empty {
		l.newLine()
	}
	// a word longer than the room on a line is cut
	for l.n+wl > l.width && l.width > l.prefix {
		room := l.width - l.n
		cut := i + byteIndex(l.text[i:end], room)
		l.w.Write(l.text[i:cut])
		i = cut
		wl -= room
		l.n = l.width
		l.newLine()
	}
	l.flush()
	l.runStart, l.runEnd = i, end
	l.n += wl
	l.empty = false
}

// finish ends the last line and returns the length of the longest.
func (l *line) finish(first string) int {
	l.flush()
	if l.empty {
		// the line is the prefix alone: trim its trailing spaces
		l.w.Truncate(l.w.Len() - len(first))
		l.w.WriteString(strings.TrimRight(first, " "))
	}
	l.longest = max(l.longest, l.n)
	l.w.WriteByte('\n')
	return l.longest
}

// wrap returns the lines [textWriter.wrap] writes for text, without their line
// breaks.
func wrap(text string, width int, first, rest string) []string {
	var b bytes.Buffer
	t := textWriter{w: &b, width: width}
	t.wrap(first, rest, text)
	return strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
}

// byteIndex returns the byte offset of rune n of s.
func byteIndex(s []byte, n int) int {
	j := 0
	for i := 0; i < n && j < len(s); i++ {
		_, size := utf8.DecodeRune(s[j:])
		j += size
	}
	return j
}

// writeText lays the draft out as plain text, every line at most [textWidth]
// runes.
func writeText(w *bytes.Buffer, d *draft) {
	t := &textWriter{w: w, width: textWidth, buf: make([]byte, 0, 512)}
	t.heading(strings.ToUpper(d.Title), '=')
	if d.Subtitle != "" {
		t.wrap("", "", d.Subtitle)
		w.WriteByte('\n')
	}
	if d.Notice != "" {
		t.wrap("", "", d.Notice)
		w.WriteByte('\n')
	}
	colon := strings.TrimRight(d.Colon, " ")
	t.fields(d.Header, d.Colon, colon)
	for _, s := range d.Sections {
		if s.Num > 0 {
			t.heading(strconv.Itoa(s.Num)+". "+s.Title, '=')
		} else {
			t.heading(s.Title, '=')
		}
		for _, bl := range s.Blocks {
			switch bl.Kind {
			case blockPara:
				t.wrap("", "", bl.Text)
				w.WriteByte('\n')
			case blockHeading:
				t.heading(bl.Text, '-')
			case blockList:
				for _, it := range bl.Items {
					t.wrap("  - ", "    ", it)
				}
				w.WriteByte('\n')
			case blockFields:
				t.fields(bl.Fields, d.Colon, colon)
			}
		}
	}
}

// heading writes a heading underlined with c, as long as its longest line.
func (t *textWriter) heading(title string, c byte) {
	n := max(t.wrap("", "", title), 3)
	for range n {
		t.w.WriteByte(c)
	}
	t.w.WriteString("\n\n")
}

// fields writes "Label: value" lines; a field with several values gets one
// indented line for each. colon is the draft's colon, trimmed its trimmed form.
func (t *textWriter) fields(fs []field, colon, trimmed string) {
	if len(fs) == 0 {
		return
	}
	for _, f := range fs {
		if len(f.Values) == 1 {
			t.wrap("", "    ", f.Label, colon, f.Values[0])
			continue
		}
		t.wrap("", "    ", f.Label, trimmed)
		for _, v := range f.Values {
			t.wrap("  - ", "    ", v)
		}
	}
	t.w.WriteByte('\n')
}
