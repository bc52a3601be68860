package render

import (
	"time"

	"github.com/openhrd/spcomm/hrd"
)

// draft is the one document model every writer renders: build fills it once from
// a submission, with every text already localised, redacted (for the public
// version) and cleaned of control characters; the writers only lay it out and
// escape it. Field names are exported for html/template.
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
type blockKind string

const (
	blockPara    blockKind = "para"    // Text is one paragraph
	blockHeading blockKind = "heading" // Text is a sub-heading within the section
	blockList    blockKind = "list"    // Items is a bulleted list
	blockFields  blockKind = "fields"  // Fields is a list of label: value pairs
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

// IsPara and the other Is methods let the HTML template switch on the kind.
func (b block) IsPara() bool    { return b.Kind == blockPara }
func (b block) IsHeading() bool { return b.Kind == blockHeading }
func (b block) IsList() bool    { return b.Kind == blockList }
func (b block) IsFields() bool  { return b.Kind == blockFields }
