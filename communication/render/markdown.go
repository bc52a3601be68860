package render

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"
)

// mdSpecial are the characters escaped with a backslash wherever they appear in
// text: those that start emphasis, code, links and images, raw HTML, entities,
// tables, strikethrough and headings (an ATX heading's closing '#' included).
const mdSpecial = "\\`*_[]<>|~&#"

// md makes text show literally in CommonMark and GitHub Flavored Markdown: it
// backslash-escapes [mdSpecial] wherever they are, and at the start of each line
// it drops indentation (which would make a code block) and escapes what would
// start a block: a list marker ('-', '+', or digits followed by '.' or ')') or a
// setext underline ('='). Link, image, HTML, heading, emphasis, code, table,
// block-quote and list syntax can therefore not be injected. Bare URLs are left
// as they are: GitHub's extended autolinks may show an http(s) or e-mail address
// as a link to exactly the text shown, never to another target or scheme.
func md(s string) string {
	var b bytes.Buffer
	mdEscape(&b, s, true)
	return b.String()
}

// mdInline is [md] for text that follows other text on its line, such as a
// field's value: its first line needs no block-start escapes (the lines after a
// line break do).
func mdInline(s string) string {
	var b bytes.Buffer
	mdEscape(&b, s, false)
	return b.String()
}

// mdEscape writes s to w escaped as [md] says; atStart false is [mdInline].
func mdEscape(w *bytes.Buffer, s string, atStart bool) {
	if !utf8.ValidString(s) {
		s = string([]rune(s)) // each invalid byte becomes U+FFFD, as ranging over s gives
	}
	for i := 0; ; i++ {
		line, rest, more := strings.Cut(s, "\n")
		if i > 0 {
			w.WriteByte('\n')
		}
		mdLine(w, line, atStart || i > 0)
		if !more {
			return
		}
		s = rest
	}
}

// mdLine writes one line of text escaped; start says whether the line begins a
// Markdown line, where block syntax must be neutralised too.
func mdLine(w *bytes.Buffer, line string, start bool) {
	digits := 0
	if start {
		line = strings.TrimLeft(line, " \t")
		if line != "" && strings.IndexByte("-+=", line[0]) >= 0 {
			w.WriteByte('\\')
		}
		for digits < len(line) && line[digits] >= '0' && line[digits] <= '9' {
			digits++
		}
	}
	last := 0 // line[last:] is not written yet
	for j := 0; j < len(line); j++ {
		c := line[j]
		if mdEscapes[c] || (j == digits && digits > 0 && (c == '.' || c == ')')) {
			w.WriteString(line[last:j])
			w.WriteByte('\\')
			last = j
		}
	}
	w.WriteString(line[last:])
}

// mdEscapes marks the bytes of [mdSpecial]; no byte of a multi-byte UTF-8
// sequence is among them.
var mdEscapes = func() (t [256]bool) {
	for i := range len(mdSpecial) {
		t[mdSpecial[i]] = true
	}
	return t
}()

// writeMarkdown lays the draft out as CommonMark.
func writeMarkdown(w *bytes.Buffer, d *draft) {
	w.WriteString("# ")
	mdEscape(w, d.Title, true)
	w.WriteString("\n\n")
	if d.Subtitle != "" {
		w.WriteString("**")
		mdEscape(w, d.Subtitle, true)
		w.WriteString("**\n\n")
	}
	if d.Notice != "" {
		w.WriteString("> ")
		mdEscape(w, d.Notice, true)
		w.WriteString("\n\n")
	}
	colon := strings.TrimRight(d.Colon, " ")
	mdFields(w, d.Header, colon)
	for _, s := range d.Sections {
		w.WriteString("## ")
		if s.Num > 0 {
			w.WriteString(strconv.Itoa(s.Num))
			w.WriteString(". ")
		}
		mdEscape(w, s.Title, true)
		w.WriteString("\n\n")
		for _, bl := range s.Blocks {
			switch bl.Kind {
			case blockPara:
				mdEscape(w, bl.Text, true)
				w.WriteString("\n\n")
			case blockHeading:
				w.WriteString("### ")
				mdEscape(w, bl.Text, true)
				w.WriteString("\n\n")
			case blockList:
				for _, it := range bl.Items {
					w.WriteString("- ")
					mdEscape(w, it, true)
					w.WriteByte('\n')
				}
				w.WriteByte('\n')
			case blockFields:
				mdFields(w, bl.Fields, colon)
			}
		}
	}
}

// mdFields writes a list of fields; colon is the draft's colon without its
// trailing space.
func mdFields(w *bytes.Buffer, fs []field, colon string) {
	if len(fs) == 0 {
		return
	}
	for _, f := range fs {
		w.WriteString("- **")
		mdEscape(w, f.Label, true)
		w.WriteString(colon)
		w.WriteString("**")
		if len(f.Values) == 1 {
			w.WriteByte(' ')
			mdEscape(w, f.Values[0], false)
			w.WriteByte('\n')
			continue
		}
		w.WriteByte('\n')
		for _, v := range f.Values {
			w.WriteString("  - ")
			mdEscape(w, v, true)
			w.WriteByte('\n')
		}
	}
	w.WriteByte('\n')
}
