package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/openhrd/spcomm/communication"
	"github.com/openhrd/spcomm/internal/batch"
	"github.com/openhrd/spcomm/schema"
)

func init() {
	register("check", "check whether submissions are ready to send, element by element", runCheck)
}

// checkFinding is a finding in `spcomm check -json`.
type checkFinding struct {
	Severity communication.Severity `json:"severity"`
	Code     string                 `json:"code"`
	Pointer  string                 `json:"pointer"`
	Message  string                 `json:"message"`
}

// checkElement is one element in `spcomm check -json`.
type checkElement struct {
	Element  int                  `json:"element"`
	Status   communication.Status `json:"status"`
	Findings []checkFinding       `json:"findings"`
}

// checkRecord is one line of `spcomm check -json` for a document that decodes.
type checkRecord struct {
	File     string             `json:"file"`
	Line     int                `json:"line,omitempty"` // the NDJSON line, with -ndjson
	Ready    bool               `json:"ready"`
	Valid    bool               `json:"valid"`
	Type     communication.Type `json:"communication_type"`
	Elements []checkElement     `json:"elements"`
	Findings []checkFinding     `json:"findings"`
	// Problems are the schema problems of a document that decodes but does not
	// conform to the schema (such a document is not ready).
	Problems []schema.Problem `json:"problems,omitempty"`
}

// checkErrorRecord is one line of `spcomm check -json` for a document that does
// not decode.
type checkErrorRecord struct {
	File  string `json:"file"`
	Line  int    `json:"line,omitempty"`
	Ready bool   `json:"ready"`
	Valid bool   `json:"valid"`
	Error string `json:"error"`
}

// checked is the outcome of checking one record, already formatted, so that the
// workers do all the work and the ordered output only writes bytes.
type checked struct {
	out          []byte
	valid, ready bool
	ioErr        bool
}

func checkFindings(fs []communication.Finding) []checkFinding {
	out := make([]checkFinding, 0, len(fs))
	for _, f := range fs {
		out = append(out, checkFinding{f.Severity, f.Code, f.Pointer, f.Message})
	}
	return out
}

func runCheck(e *env, args []string) int {
	fs := newFlags(e, "check", "[-json] [-lang en|fr|es] [-today YYYY-MM-DD] [-ndjson] [-j N] [-q] FILE|DIR|-...",
		"Checks whether each submission is ready to send to the Special Procedures: the\n"+
			"five elements (victims and submitter, perpetrators, activity and violation,\n"+
			"description, actions since), each complete, incomplete or missing, with every\n"+
			"finding (error, warning or info), its code and the JSON Pointer of the place.\n"+
			"The WGEID's six elements apply to an enforced disappearance. A document is\n"+
			"ready when no finding is an error. Messages are in the submission's language\n"+
			"unless -lang says otherwise. With -json, prints one JSON object per document:\n"+
			"{\"file\", \"ready\", \"communication_type\", \"elements\": [{\"element\", \"status\",\n"+
			"\"findings\": [{\"severity\", \"code\", \"pointer\", \"message\"}]}], \"findings\"}, the\n"+
			"last for the submission as a whole; a document that cannot be read gives\n"+
			"{\"file\", \"ready\": false, \"error\"}. A document that decodes but breaks the\n"+
			"schema is checked all the same, lists its schema problems, and is not ready.\n"+batchHelp+
			"Exit status: 0 when every document is ready, 1 when one is not or cannot be\n"+
			"read, 2 on a usage or I/O error.")
	asJSON := fs.Bool("json", false, "print one JSON object per document")
	lang := langFlag(fs, "", "language of the messages: en, fr or es (default: each submission's)")
	todayFlag := fs.String("today", "", "the date future dates are judged against, YYYY-MM-DD (default: today)")
	bf := addBatchFlags(fs)
	if c := parse(fs, args); c >= 0 {
		return c
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return ExitUsage
	}
	opt := communication.CheckOptions{Lang: *lang}
	if *todayFlag != "" {
		t, err := time.Parse(time.DateOnly, *todayFlag)
		if err != nil {
			fmt.Fprintf(e.stderr, "spcomm check: -today %q is not a date of the form YYYY-MM-DD\n", *todayFlag)
			return ExitUsage
		}
		opt.Today = t
	}
	work := func(r batch.Record) checked {
		return checkRecordOf(r, opt, *asJSON)
	}
	status := ExitOK
	sum := summary{checked: true}
	emit := func(r batch.Record, c checked) error {
		sum.documents++
		switch {
		case c.ioErr:
			status = ExitUsage
			if !*asJSON {
				_, err := e.stderr.Write(c.out)
				return err
			}
		case !c.ready && status == ExitOK:
			status = ExitInvalid
		}
		if c.valid {
			sum.valid++
		} else {
			sum.invalid++
		}
		if c.ready {
			sum.ready++
		} else {
			sum.notReady++
		}
		_, err := e.stdout.Write(c.out)
		return err
	}
	_, code := runBatch(e, "check", bf, fs.Args(), work, emit)
	sum.write(e.stderr, bf)
	if code != ExitOK {
		return code
	}
	return status
}

// checkRecordOf validates, decodes and checks one record (the fast path reads a
// valid document once), and formats the result.
func checkRecordOf(r batch.Record, opt communication.CheckOptions, asJSON bool) checked {
	name := recordName(r)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	fail := func(msg string, ioErr bool) checked {
		if asJSON {
			_ = enc.Encode(checkErrorRecord{File: displayName(r.Source), Line: r.Line, Error: msg})
		} else {
			fmt.Fprintf(&buf, "%s: %s\n", name, msg)
		}
		return checked{out: buf.Bytes(), ioErr: ioErr}
	}
	if r.Err != nil {
		return fail(readProblem(r))
	}
	lang := opt.Lang
	s, res := schema.Decode(r.Data, schema.Options{Lang: lang})
	if s == nil {
		return fail(res.Problems[0].String(), false)
	}
	rep := communication.Check(s, opt)
	c := checked{valid: res.Valid(), ready: rep.Ready && res.Valid()}
	if asJSON {
		rec := checkRecord{File: displayName(r.Source), Line: r.Line, Ready: c.ready, Valid: c.valid, Type: rep.Type, Findings: checkFindings(rep.Findings), Problems: res.Problems}
		for _, el := range rep.Elements {
			rec.Elements = append(rec.Elements, checkElement{el.Element, el.Status, checkFindings(el.Findings)})
		}
		_ = enc.Encode(rec)
	} else {
		_ = writeCheckText(&buf, name, rep, res.Problems)
	}
	c.out = buf.Bytes()
	return c
}

// writeCheckText writes a report as text: a summary line, then each element with
// its status and findings, then the findings about the whole submission.
func writeCheckText(w io.Writer, name string, r *communication.Report, problems []schema.Problem) error {
	lang := r.Language
	var err error
	printf := func(format string, args ...any) {
		if err == nil {
			_, err = fmt.Fprintf(w, format, args...)
		}
	}
	finding := func(f communication.Finding) {
		printf("       %s %s [%s]: %s\n", f.Severity.Label(lang), f.Pointer, f.Code, f.Message)
	}
	printf("%s: %s\n", name, r.Summary(lang))
	for _, p := range problems {
		printf("       schema %s\n", p.String())
	}
	for _, el := range r.Elements {
		printf("  %d. %s: %s\n", el.Element, el.Title(lang), el.Status.Label(lang))
		for _, f := range el.Findings {
			finding(f)
		}
	}
	if len(r.Findings) > 0 {
		printf("  -  %s:\n", communication.ElementName(0, lang))
		for _, f := range r.Findings {
			finding(f)
		}
	}
	return err
}
