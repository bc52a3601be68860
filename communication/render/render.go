package render

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/openhrd/spcomm/communication"
	"github.com/openhrd/spcomm/hrd"
)

// Format is an output format of a draft.
type Format string

// The formats a draft can be rendered in.
const (
	// Markdown is CommonMark, with every piece of the submitter's text escaped so
	// that it shows literally.
	Markdown Format = "md"
	// Text is plain text wrapped at 80 columns.
	Text Format = "text"
	// HTML is one self-contained, print-friendly page with no script and no
	// external resource.
	HTML Format = "html"
	// EML is an RFC 5322 e-mail message: MIME multipart/alternative with the
	// [Text] and [HTML] renderings, ready to open in a mail program.
	EML Format = "eml"
)

// Formats lists every format, in the order of the CLI's help.
var Formats = []Format{Markdown, Text, HTML, EML}

// Valid reports whether f is one of [Formats].
func (f Format) Valid() bool {
	switch f {
	case Markdown, Text, HTML, EML:
		return true
	}
	return false
}

// String returns the format's name, e.g. "md".
func (f Format) String() string { return string(f) }

// Options say how to render a draft. The zero value renders Markdown in the
// submission's language, dated today, with everything the submission holds.
type Options struct {
	// Format is the output format; empty means [Markdown].
	Format Format
	// Lang is the language of the draft's fixed texts, labels, dates and country
	// names. Empty means the submission's language (and English when that is not
	// set). The submitter's own text is never translated.
	Lang hrd.Language
	// Public renders the redacted version for publication: see the package
	// documentation, "Public version".
	Public bool
	// Date is the date the draft carries (and the e-mail's Date header); the zero
	// time means now.
	Date time.Time
	// Email gives the addresses of an [EML] rendering; other formats ignore it.
	Email EmailOptions
}

// EmailOptions are the addresses of an e-mail rendering. Nothing is guessed: a
// header the caller leaves empty is left out of the message (a mail program asks
// for it when the draft is opened). Each value must parse with
// [net/mail.ParseAddress]; one with a line break or another control character is
// rejected with a [*HeaderError].
type EmailOptions struct {
	// From is the sender, e.g. "Jane Doe <jane@example.org>". When given, the
	// message also gets a Message-ID in the sender's domain, computed from the
	// content (the same draft gives the same id).
	From string
	// To are the recipients, e.g. the mailboxes of the mandates addressed.
	To []string
	// Cc are the copied recipients.
	Cc []string
}

// ErrOption is wrapped by the error [Render] returns for an unknown format or
// language or a nil submission.
var ErrOption = errors.New("invalid render option")

// ErrHeaderControl is the reason of a [*HeaderError] for a value that holds a
// line break or another control character.
var ErrHeaderControl = errors.New("contains a line break or another control character")

// HeaderError reports an e-mail header value that cannot be written: a value with
// a line break or another control character (which could inject headers), or an
// address that does not parse.
type HeaderError struct {
	// Header is the header's name, e.g. "To" or "Subject".
	Header string
	// Err is the reason: [ErrHeaderControl], or the error of
	// [net/mail.ParseAddress].
	Err error
}

// Error names the header and the reason; it does not repeat the value.
func (e *HeaderError) Error() string {
	return fmt.Sprintf("render: e-mail header %s: %v", e.Header, e.Err)
}

// Unwrap returns the reason.
func (e *HeaderError) Unwrap() error { return e.Err }

// Render writes the draft of s in opt.Format to w. It returns an error wrapping
// [ErrOption] for an unknown format or language or a nil submission, a
// [*HeaderError] for an e-mail header value it must not write, and the writer's
// error. Render never changes s and is safe for concurrent use.
func Render(w io.Writer, s *communication.Submission, opt Options) error {
	b, err := Bytes(s, opt)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// Bytes returns the draft of s in opt.Format, as [Render] writes it.
func Bytes(s *communication.Submission, opt Options) ([]byte, error) {
	if s == nil {
		return nil, fmt.Errorf("render: nil submission: %w", ErrOption)
	}
	format := opt.Format
	if format == "" {
		format = Markdown
	}
	if !format.Valid() {
		return nil, fmt.Errorf("render: unknown format %q (md, text, html or eml): %w", string(format), ErrOption)
	}
	if opt.Lang != "" && !opt.Lang.Valid() {
		return nil, fmt.Errorf("render: unknown language %q (en, fr or es): %w", string(opt.Lang), ErrOption)
	}
	d := build(s, opt)
	var buf bytes.Buffer
	buf.Grow(d.sizeHint(format))
	switch format {
	case Markdown:
		writeMarkdown(&buf, d)
	case Text:
		writeText(&buf, d)
	case HTML:
		if err := writeHTML(&buf, d); err != nil {
			return nil, err
		}
	case EML:
		if err := writeEML(&buf, d, opt.Email); err != nil {
			return nil, err
		}
	}
	return buf.Bytes(), nil
}
