package render

import (
	"bytes"
	"strconv"
	"strings"
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
func md(s string) string { return mdText(s, true) }

// mdInline is [md] for text that follows other text on its line, such as a
// field's value: its first line needs no block-start escapes (the lines after a
// line break do).
func mdInline(s string) string { return mdText(s, false) }

func mdText(s string, atStart bool) string {
	var b strings.Builder
	for i, line := range strings.Split(s, "\n") {
		start := atStart || i > 0
		if i > 0 {
			b.WriteByte('\n')
		}
		if start {
			line = strings.TrimLeft(line, " \t")
		}
		if start && line != "" && strings.IndexByte("-+=", line[0]) >= 0 {
			b.WriteByte('\\')
		}
		digits := 0
		for start && digits < len(line) && line[digits] >= '0' && line[digits] <= '9' {
			digits++
		}
		for j, r := range line {
			if r < 0x80 && (strings.IndexByte(mdSpecial, byte(r)) >= 0 || (j == digits && digits > 0 && (r == '.' || r == ')'))) {
				b.WriteByte('\\')
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// writeMarkdown lays the draft out as CommonMark.
func writeMarkdown(w *bytes.Buffer, d *draft) {
	w.WriteString("# " + md(d.Title) + "\n\n")
	if d.Subtitle != "" {
		w.WriteString("**" + md(d.Subtitle) + "**\n\n")
	}
	if d.Notice != "" {
		w.WriteString("> " + md(d.Notice) + "\n\n")
	}
	mdFields(w, d.Header, d.Colon)
	for _, s := range d.Sections {
		title := md(s.Title)
		if s.Num > 0 {
			title = strconv.Itoa(s.Num) + ". " + title
		}
		w.WriteString("## " + title + "\n\n")
		for _, bl := range s.Blocks {
			switch bl.Kind {
			case blockPara:
				w.WriteString(md(bl.Text) + "\n\n")
			case blockHeading:
				w.WriteString("### " + md(bl.Text) + "\n\n")
			case blockList:
				for _, it := range bl.Items {
					w.WriteString("- " + md(it) + "\n")
				}
				w.WriteString("\n")
			case blockFields:
				mdFields(w, bl.Fields, d.Colon)
			}
		}
	}
}

func mdFields(w *bytes.Buffer, fs []field, colon string) {
	if len(fs) == 0 {
		return
	}
	for _, f := range fs {
		w.WriteString("- **" + md(f.Label) + strings.TrimRight(colon, " ") + "**")
		if len(f.Values) == 1 {
			w.WriteString(" " + mdInline(f.Values[0]) + "\n")
			continue
		}
		w.WriteString("\n")
		for _, v := range f.Values {
			w.WriteString("  - " + md(v) + "\n")
		}
	}
	w.WriteString("\n")
}
