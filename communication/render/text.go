package render

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"
)

// textWidth is the width plain text is wrapped at, in runes.
const textWidth = 80

// wrap breaks one line of text into lines of at most width runes, the first
// starting with first and the others with rest. It breaks at spaces, and inside a
// word only when the word alone is longer than a line.
func wrap(text string, width int, first, rest string) []string {
	var lines []string
	line := first
	prefix := utf8.RuneCountInString(first)
	n := prefix // runes in line
	empty := true
	// Only ASCII spaces break: a no-break space (before a French colon) holds.
	for word := range strings.SplitSeq(text, " ") {
		if word == "" {
			continue
		}
		wl := utf8.RuneCountInString(word)
		if !empty && n+1+wl <= width {
			line += " " + word
			n += 1 + wl
			continue
		}
		if !empty {
			lines = append(lines, line)
			line, n = rest, utf8.RuneCountInString(rest)
			prefix = n
		}
		// a word longer than the room on a line is cut
		for n+wl > width && width > prefix {
			room := width - n
			cut := byteIndex(word, room)
			lines = append(lines, line+word[:cut])
			word = word[cut:]
			wl -= room
			line, n = rest, utf8.RuneCountInString(rest)
			prefix = n
		}
		line += word
		n += wl
		empty = false
	}
	return append(lines, line)
}

// byteIndex returns the byte offset of rune n of s.
func byteIndex(s string, n int) int {
	i := 0
	for j := range s {
		if i == n {
			return j
		}
		i++
	}
	return len(s)
}

// writeText lays the draft out as plain text, every line at most [textWidth]
// runes.
func writeText(w *bytes.Buffer, d *draft) {
	textHeading(w, strings.ToUpper(d.Title), '=')
	if d.Subtitle != "" {
		textLines(w, wrap(d.Subtitle, textWidth, "", ""))
		w.WriteByte('\n')
	}
	if d.Notice != "" {
		textLines(w, wrap(d.Notice, textWidth, "", ""))
		w.WriteByte('\n')
	}
	textFields(w, d.Header, d.Colon)
	for _, s := range d.Sections {
		title := s.Title
		if s.Num > 0 {
			title = strconv.Itoa(s.Num) + ". " + title
		}
		textHeading(w, title, '=')
		for _, bl := range s.Blocks {
			switch bl.Kind {
			case blockPara:
				textLines(w, wrap(bl.Text, textWidth, "", ""))
				w.WriteByte('\n')
			case blockHeading:
				textHeading(w, bl.Text, '-')
			case blockList:
				for _, it := range bl.Items {
					textLines(w, wrap(it, textWidth, "  - ", "    "))
				}
				w.WriteByte('\n')
			case blockFields:
				textFields(w, bl.Fields, d.Colon)
			}
		}
	}
}

// textHeading writes a heading underlined with c, as long as its longest line.
func textHeading(w *bytes.Buffer, title string, c byte) {
	lines := wrap(title, textWidth, "", "")
	textLines(w, lines)
	longest := 0
	for _, l := range lines {
		longest = max(longest, utf8.RuneCountInString(l))
	}
	w.WriteString(strings.Repeat(string(c), max(longest, 3)))
	w.WriteString("\n\n")
}

// textFields writes "Label: value" lines; a field with several values gets one
// indented line for each.
func textFields(w *bytes.Buffer, fs []field, colon string) {
	if len(fs) == 0 {
		return
	}
	for _, f := range fs {
		if len(f.Values) == 1 {
			textLines(w, wrap(f.Label+colon+f.Values[0], textWidth, "", "    "))
			continue
		}
		textLines(w, wrap(f.Label+strings.TrimRight(colon, " "), textWidth, "", "    "))
		for _, v := range f.Values {
			textLines(w, wrap(v, textWidth, "  - ", "    "))
		}
	}
	w.WriteByte('\n')
}

func textLines(w *bytes.Buffer, lines []string) {
	for _, l := range lines {
		w.WriteString(strings.TrimRight(l, " "))
		w.WriteByte('\n')
	}
}
