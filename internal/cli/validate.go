package cli

import (
	"encoding/json"
	"fmt"

	"github.com/openhrd/spcomm/hrd"
	"github.com/openhrd/spcomm/internal/batch"
	"github.com/openhrd/spcomm/schema"
)

func init() {
	register("validate", "check submissions against the JSON Schema of the format", runValidate)
}

// validateRecord is one line of `spcomm validate -json`.
type validateRecord struct {
	File     string           `json:"file"`
	Line     int              `json:"line,omitempty"` // the NDJSON line, with -ndjson
	Valid    bool             `json:"valid"`
	Problems []schema.Problem `json:"problems"`
}

// validated is the result of validating one record.
type validated struct {
	res   *schema.Result
	ioErr bool // the record could not be read
}

func runValidate(e *env, args []string) int {
	fs := newFlags(e, "validate", "[-json] [-lang en|fr|es] [-ndjson] [-j N] [-q] FILE|DIR|-...",
		"Checks each document against the submission format's JSON Schema and prints every\n"+
			"problem, one per line: 'file: pointer: message', or 'file:line:column: message'\n"+
			"for malformed JSON. Valid documents print nothing. With -json, prints one JSON\n"+
			"object per document: {\"file\", \"line\", \"valid\", \"problems\": [{\"pointer\",\n"+
			"\"code\", \"element\", \"message\"}]}.\n"+batchHelp+
			"Exit status: 0 when every document is valid, 1 when any is not, 2 on a usage or\n"+
			"I/O error.")
	asJSON := fs.Bool("json", false, "print one JSON object per document")
	lang := langFlag(fs, hrd.English, "language of the messages: en, fr or es")
	bf := addBatchFlags(fs)
	if c := parse(fs, args); c >= 0 {
		return c
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return ExitUsage
	}
	opt := schema.Options{Lang: *lang}
	status := ExitOK
	var sum summary
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	work := func(r batch.Record) validated {
		if r.Err != nil {
			msg, ioErr := readProblem(r)
			return validated{res: &schema.Result{Problems: []schema.Problem{{Code: schema.CodeSize, Message: msg}}}, ioErr: ioErr}
		}
		return validated{res: schema.Validate(r.Data, opt)}
	}
	emit := func(r batch.Record, v validated) error {
		sum.documents++
		switch {
		case v.ioErr:
			status = ExitUsage
			v.res.Problems[0].Code = "io"
		case v.res.Valid():
			sum.valid++
		default:
			sum.invalid++
			if status == ExitOK {
				status = ExitInvalid
			}
		}
		if *asJSON {
			rec := validateRecord{File: displayName(r.Source), Line: r.Line, Valid: v.res.Valid(), Problems: v.res.Problems}
			if rec.Problems == nil {
				rec.Problems = []schema.Problem{}
			}
			return enc.Encode(rec)
		}
		name := recordName(r)
		if v.ioErr {
			_, err := fmt.Fprintf(e.stderr, "%s: %s\n", name, v.res.Problems[0].Message)
			return err
		}
		for _, p := range v.res.Problems {
			if _, err := fmt.Fprintf(e.stdout, "%s%s\n", prefix(name, p), p.String()); err != nil {
				return err
			}
		}
		return nil
	}
	if _, code := runBatch(e, "validate", bf, fs.Args(), work, emit); code != ExitOK {
		sum.write(e.stderr, bf)
		return code
	}
	sum.write(e.stderr, bf)
	return status
}

// prefix is what comes before a problem in the text output: "file:" before a
// line and column, "file: " before a pointer.
func prefix(name string, p schema.Problem) string {
	if p.Code == schema.CodeSyntax && p.Line > 0 {
		return name + ":"
	}
	return name + ": "
}
