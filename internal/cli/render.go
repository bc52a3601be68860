package cli

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/openhrd/spcomm/communication"
	"github.com/openhrd/spcomm/communication/render"
)

func init() {
	register("render", "render a submission as a complaint draft (md, text, html or eml)", runRender)
}

// listFlag is a flag that may be given several times.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ", ") }

func (l *listFlag) Set(v string) error {
	*l = append(*l, v)
	return nil
}

func runRender(e *env, args []string) int {
	fs := newFlags(e, "render", "[-format md|text|html|eml] [-lang en|fr|es] [-public] [-from ADDR] [-to ADDR]... [-cc ADDR]... [-date YYYY-MM-DD] [-o FILE] FILE|-",
		"Renders a submission as a draft to send to the Special Procedures: a header (the\n"+
			"mandates addressed, the type of communication, the date), a summary, the five\n"+
			"elements in order, the legal framework, the requests, consent and confidentiality,\n"+
			"sources and attachments. -public renders the version for publication: victims\n"+
			"named only as their consent allows, the submitter and contact details removed.\n"+
			"An e-mail (-format eml) gets From, To and Cc only from -from, -to and -cc.")
	format := fs.String("format", "md", "output format: md, text, html or eml")
	lang := langFlag(fs, "", "language of the draft: en, fr or es (default: the submission's)")
	public := fs.Bool("public", false, "render the redacted public version")
	from := fs.String("from", "", "e-mail sender address (eml only)")
	var to, cc listFlag
	fs.Var(&to, "to", "e-mail recipient address (eml only; repeatable)")
	fs.Var(&cc, "cc", "e-mail copy address (eml only; repeatable)")
	date := fs.String("date", "", "the draft's date, YYYY-MM-DD (default: today)")
	out := fs.String("o", "", "write the draft to FILE instead of standard output")
	if c := parse(fs, args); c >= 0 {
		return c
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return ExitUsage
	}
	opt := render.Options{
		Format: render.Format(*format),
		Lang:   *lang,
		Public: *public,
		Email:  render.EmailOptions{From: *from, To: to, Cc: cc},
	}
	if !opt.Format.Valid() {
		fmt.Fprintf(e.stderr, "spcomm render: unknown format %q (md, text, html or eml)\n", *format)
		return ExitUsage
	}
	if opt.Format != render.EML && (*from != "" || len(to) > 0 || len(cc) > 0) {
		fmt.Fprintln(e.stderr, "spcomm render: -from, -to and -cc apply only to -format eml")
		return ExitUsage
	}
	if *date != "" {
		d, err := time.ParseInLocation(time.DateOnly, *date, time.Local)
		if err != nil {
			fmt.Fprintf(e.stderr, "spcomm render: -date %q is not a date of the form YYYY-MM-DD\n", *date)
			return ExitUsage
		}
		opt.Date = d
	}
	in, err := readInput(e, fs.Arg(0), communication.DefaultMaxSize)
	if err != nil {
		fmt.Fprintln(e.stderr, "spcomm render:", err)
		return ExitUsage
	}
	s, err := (&communication.Decoder{}).DecodeBytes(in.data)
	if err != nil {
		fmt.Fprintf(e.stderr, "%s: %v\n", in.name, err)
		return ExitInvalid
	}
	b, err := render.Bytes(s, opt)
	if err != nil {
		// A header value that cannot be written (*render.HeaderError): the
		// document's fault when it is the Subject (built from its title), the
		// caller's when it is an address given on the command line.
		fmt.Fprintf(e.stderr, "%s: %v\n", in.name, err)
		if he, ok := errors.AsType[*render.HeaderError](err); ok && he.Header == "Subject" {
			return ExitInvalid
		}
		return ExitUsage
	}
	if *out == "" {
		if _, err := e.stdout.Write(b); err != nil {
			fmt.Fprintln(e.stderr, "spcomm render:", err)
			return ExitUsage
		}
		return ExitOK
	}
	// A draft holds personal data: only its owner may read the file.
	if err := os.WriteFile(*out, b, 0o600); err != nil {
		fmt.Fprintln(e.stderr, "spcomm render:", err)
		return ExitUsage
	}
	return ExitOK
}
