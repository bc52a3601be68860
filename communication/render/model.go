package render

import (
	"time"

	"github.com/openhrd/spcomm/hrd"
)

// draft is the one document model every writer renders: build fills it once from
// a submission, with every text already localised, redacted (for the public
// version) and cleaned of control characters; the writers only lay it out and
// escape it.
type draft struct {
	Lang hrd.Language
	// Title is the document's heading; Subtitle the submission's own title.
	Title, Subtitle string
	// Colon separates a label from its value: ": ", or " : " in French.
	Colon string
	// Notice is the public version's notice, or "".
	Notice string
	// Header are the addressees, type, State, reference and date.
	Header []field
	// Sections are the summary, the five elements, and what follows them.
	Sections []section

	// Subject is the e-mail subject line.
	Subject string
	// Date is the draft's date, for the e-mail's Date header.
	Date time.Time
}

// section is a top-level part of the draft; Num is the element's number (1 to 5)
// or 0 for an unnumbered section.
type section struct {
	Num    int
	Title  string
	Blocks []block
}

// blockKind says what a block is.
type blockKind uint8

const (
	blockPara    blockKind = iota // Text is one paragraph
	blockHeading                  // Text is a sub-heading within the section
	blockList                     // Items is a bulleted list
	blockFields                   // Fields is a list of label: value pairs
)

// block is one paragraph, sub-heading, list or list of fields.
type block struct {
	Kind   blockKind
	Text   string
	Items  []string
	Fields []field
}

// field is a label with one or more values (several values go on separate lines).
type field struct {
	Label  string
	Values []string
}

// sizeHint guesses the size of the draft's rendering in format, a little over,
// so that the output grows once rather than doubling its way there.
func (d *draft) sizeHint(format Format) int {
	n := len(d.Title) + len(d.Subtitle) + len(d.Notice) + fieldsSize(d.Header)
	for _, s := range d.Sections {
		n += len(s.Title) + 16
		for _, b := range s.Blocks {
			n += len(b.Text) + fieldsSize(b.Fields) + 16
			for _, it := range b.Items {
				n += len(it) + 16
			}
		}
	}
	switch format {
	case HTML:
		return n*5/4 + 4096 // the style sheet, tags and entities
	case EML:
		return n*3 + 8192 // the text and the HTML, quoted-printable
	}
	return n*9/8 + 1024
}

func fieldsSize(fs []field) int {
	n := 0
	for _, f := range fs {
		n += len(f.Label) + 16
		for _, v := range f.Values {
			n += len(v) + 8
		}
	}
	return n
}
