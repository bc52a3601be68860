package stats

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/openhrd/spcomm/hrd"
)

// Format is an output format of [Write].
type Format string

// The output formats.
const (
	Text     Format = "text"
	Markdown Format = "md"
	CSV      Format = "csv"
	JSON     Format = "json"
	SVG      Format = "svg"
)

// Formats lists every format.
var Formats = []Format{Text, Markdown, CSV, JSON, SVG}

// WriteOptions choose the language and, for SVG, the table to draw.
type WriteOptions struct {
	Lang  hrd.Language
	Table string // for SVG: one of TableNames; default "violation_types"
}

// Write writes the tally in format f.
func Write(w io.Writer, t *Tally, f Format, opt WriteOptions) error {
	tables := t.Tables(opt.Lang)
	switch f {
	case Text:
		return writeText(w, t, tables, opt.Lang)
	case Markdown:
		return writeMarkdown(w, t, tables, opt.Lang)
	case CSV:
		return writeCSV(w, tables)
	case JSON:
		return writeJSON(w, t, tables)
	case SVG:
		name := opt.Table
		if name == "" {
			name = "violation_types"
		}
		i := slices.Index(TableNames, name)
		if i < 0 {
			return fmt.Errorf("unknown table %q; tables: %s", name, strings.Join(TableNames, ", "))
		}
		return writeSVG(w, tables[i], opt.Lang)
	}
	return fmt.Errorf("unknown format %q", f)
}

func tr(lang hrd.Language, key string) string { return msgs.Sprintf(string(lang), key) }

func percent(n, of int) string {
	if of == 0 {
		return "0%"
	}
	return strconv.FormatFloat(100*float64(n)/float64(of), 'f', 1, 64) + "%"
}

type summaryLine struct{ label, value string }

func summary(t *Tally, lang hrd.Language) []summaryLine {
	return []summaryLine{
		{tr(lang, "summary.cases"), strconv.Itoa(t.Cases)},
		{tr(lang, "summary.people"), strconv.Itoa(t.People)},
		{tr(lang, "summary.violations"), strconv.Itoa(t.ViolationsTotal)},
		{tr(lang, "summary.state_share"), strconv.Itoa(t.CasesWithState) + " (" + percent(t.CasesWithState, t.Cases) + ")"},
	}
}

// total is the base of a table's shares: cases for case tables, the table's sum
// otherwise.
func total(t *Tally, tb Table) int {
	if tb.Unit == "cases" {
		return t.Cases
	}
	n := 0
	for _, r := range tb.Rows {
		n += r.Count
	}
	return n
}

func writeText(w io.Writer, t *Tally, tables []Table, lang hrd.Language) error {
	var b bytes.Buffer
	for _, s := range summary(t, lang) {
		fmt.Fprintf(&b, "%-34s %s\n", s.label+":", s.value)
	}
	for _, tb := range tables {
		fmt.Fprintf(&b, "\n%s\n%s\n", tb.Title, strings.Repeat("-", utf8.RuneCountInString(tb.Title)))
		width := 0
		for _, r := range tb.Rows {
			width = max(width, utf8.RuneCountInString(r.Label))
		}
		for _, r := range tb.Rows {
			pad := strings.Repeat(" ", width-utf8.RuneCountInString(r.Label))
			fmt.Fprintf(&b, "  %s%s  %6d  %6s\n", r.Label, pad, r.Count, percent(r.Count, total(t, tb)))
		}
	}
	_, err := w.Write(b.Bytes())
	return err
}

// mdCell escapes a table cell: labels are the library's own, but country names and
// years come through too, and a '|' would break the table.
func mdCell(s string) string {
	return strings.NewReplacer(`\`, `\\`, "|", `\|`, "*", `\*`, "_", `\_`, "<", "&lt;", "[", `\[`).Replace(s)
}

func writeMarkdown(w io.Writer, t *Tally, tables []Table, lang hrd.Language) error {
	var b bytes.Buffer
	for _, s := range summary(t, lang) {
		fmt.Fprintf(&b, "- **%s**: %s\n", mdCell(s.label), s.value)
	}
	for _, tb := range tables {
		fmt.Fprintf(&b, "\n## %s\n\n| | %s | %s |\n|---|---:|---:|\n", mdCell(tb.Title), tr(lang, "col.count"), tr(lang, "col.share"))
		for _, r := range tb.Rows {
			fmt.Fprintf(&b, "| %s | %d | %s |\n", mdCell(r.Label), r.Count, percent(r.Count, total(t, tb)))
		}
	}
	_, err := w.Write(b.Bytes())
	return err
}

func writeCSV(w io.Writer, tables []Table) error {
	cw := csv.NewWriter(w)
	if err := cw.Write([]string{"table", "unit", "key", "label", "count"}); err != nil {
		return err
	}
	for _, tb := range tables {
		for _, r := range tb.Rows {
			if err := cw.Write([]string{tb.Name, tb.Unit, r.Key, r.Label, strconv.Itoa(r.Count)}); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

func writeJSON(w io.Writer, t *Tally, tables []Table) error {
	out := struct {
		Cases          int     `json:"cases"`
		People         int     `json:"people"`
		Violations     int     `json:"violations"`
		CasesWithState int     `json:"cases_with_state_perpetrator"`
		StateShare     float64 `json:"state_share"`
		Tables         []Table `json:"tables"`
	}{t.Cases, t.People, t.ViolationsTotal, t.CasesWithState, t.StateShare(), tables}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func xmlText(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// writeSVG draws a horizontal bar chart of one table: black text on white, grey
// bars, a generic font, no script and no external resource, so it prints as it shows.
func writeSVG(w io.Writer, tb Table, lang hrd.Language) error {
	const (
		width, labelW, barMax = 760, 300, 360
		top, rowH, barH       = 56, 26, 18
	)
	height := top + rowH*max(len(tb.Rows), 1) + 24
	most := 1
	for _, r := range tb.Rows {
		most = max(most, r.Count)
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" role="img" aria-labelledby="t" font-family="sans-serif" font-size="13">`+"\n", width, height, width, height)
	fmt.Fprintf(&b, `<title id="t">%s</title>`+"\n", xmlText(tb.Title))
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="#ffffff"/>`+"\n", width, height)
	fmt.Fprintf(&b, `<text x="16" y="30" font-size="17" font-weight="bold" fill="#000000">%s</text>`+"\n", xmlText(tb.Title))
	for i, r := range tb.Rows {
		y := top + i*rowH
		label := r.Label
		if utf8.RuneCountInString(label) > 42 {
			label = string([]rune(label)[:41]) + "…"
		}
		bw := barMax * r.Count / most
		fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="end" fill="#000000">%s</text>`+"\n", labelW-8, y+barH-4, xmlText(label))
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%d" height="%d" fill="#5b6f8a"/>`+"\n", labelW, y, max(bw, 1), barH)
		fmt.Fprintf(&b, `<text x="%d" y="%d" fill="#000000">%d</text>`+"\n", labelW+bw+6, y+barH-4, r.Count)
	}
	if len(tb.Rows) == 0 {
		fmt.Fprintf(&b, `<text x="16" y="%d" fill="#000000">—</text>`+"\n", top+barH-4)
	}
	fmt.Fprintf(&b, `<text x="16" y="%d" font-size="11" fill="#333333">%s</text>`+"\n", height-8, xmlText(tr(lang, "unit."+tb.Unit)))
	b.WriteString("</svg>\n")
	_, err := w.Write(b.Bytes())
	return err
}
