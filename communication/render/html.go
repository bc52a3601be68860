package render

import (
	"bytes"
	"embed"
	"html/template"
	"strconv"

	"github.com/openhrd/spcomm/hrd"
)

//go:embed template/draft.html
var templateFS embed.FS

// page is the HTML page template, parsed once; html/template escapes every value
// for its context, so the submitter's text is always shown as text.
var page = template.Must(template.ParseFS(templateFS, "template/draft.html"))

// htmlPage is the draft as the template reads it: flat, with every text already
// joined, and plain fields rather than methods, because each field or method the
// template evaluates costs reflection.
type htmlPage struct {
	Lang hrd.Language
	// PageTitle is the title of the browser window: "Subtitle – Title".
	PageTitle       string
	Title, Subtitle string
	Notice          string
	Header          []field
	Sections        []htmlSection
}

// htmlSection is a section with its numbered heading, e.g. "1. Victims".
type htmlSection struct {
	Heading string
	Blocks  []htmlBlock
}

// htmlBlock is a block; Para, Heading and List say which kind it is, and a
// block that is none of them is a list of fields.
type htmlBlock struct {
	Para, Heading, List bool
	Text                string
	Items               []string
	Fields              []field
}

// newHTMLPage makes the template's view of d.
func newHTMLPage(d *draft) *htmlPage {
	p := &htmlPage{Lang: d.Lang, PageTitle: d.Title, Title: d.Title, Subtitle: d.Subtitle, Notice: d.Notice, Header: d.Header}
	if d.Subtitle != "" {
		p.PageTitle = d.Subtitle + " – " + d.Title
	}
	n := 0
	for _, s := range d.Sections {
		n += len(s.Blocks)
	}
	blocks := make([]htmlBlock, 0, n) // one array for the blocks of every section
	p.Sections = make([]htmlSection, len(d.Sections))
	for i, s := range d.Sections {
		start := len(blocks)
		for _, b := range s.Blocks {
			blocks = append(blocks, htmlBlock{
				Para:    b.Kind == blockPara,
				Heading: b.Kind == blockHeading,
				List:    b.Kind == blockList,
				Text:    b.Text,
				Items:   b.Items,
				Fields:  b.Fields,
			})
		}
		heading := s.Title
		if s.Num > 0 {
			heading = strconv.Itoa(s.Num) + ". " + s.Title
		}
		p.Sections[i] = htmlSection{Heading: heading, Blocks: blocks[start:len(blocks):len(blocks)]}
	}
	return p
}

// writeHTML lays the draft out as one self-contained HTML page.
func writeHTML(w *bytes.Buffer, d *draft) error {
	return page.ExecuteTemplate(w, "draft.html", newHTMLPage(d))
}
