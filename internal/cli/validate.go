package cli

import (
	"encoding/json"
	"fmt"

	"github.com/openhrd/spcomm/communication"
	"github.com/openhrd/spcomm/hrd"
	"github.com/openhrd/spcomm/schema"
)

func init() {
	register("validate", "check submissions against the JSON Schema of the format", runValidate)
}

// validateRecord is one line of `spcomm validate -json`.
type validateRecord struct {
	File     string           `json:"file"`
	Valid    bool             `json:"valid"`
	Problems []schema.Problem `json:"problems"`
}

func runValidate(e *env, args []string) int {
	fs := newFlags(e, "validate", "[-json] [-lang en|fr|es] FILE...|-",
		"Checks each document against the submission format's JSON Schema and prints every\n"+
			"problem, one per line: 'file: pointer: message', or 'file:line:column: message'\n"+
			"for malformed JSON. Valid documents print nothing. With -json, prints one JSON\n"+
			"object per document: {\"file\", \"valid\", \"problems\": [{\"pointer\", \"code\",\n"+
			"\"element\", \"message\"}]}. '-' is standard input.\n"+
			"Exit status: 0 when every document is valid, 1 when any is not, 2 on a usage or\n"+
			"I/O error.")
	asJSON := fs.Bool("json", false, "print one JSON object per document")
	lang := fs.String("lang", "en", "language of the messages: en, fr or es")
	if c := parse(fs, args); c >= 0 {
		return c
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return ExitUsage
	}
	if !hrd.Language(*lang).Valid() {
		fmt.Fprintf(e.stderr, "spcomm validate: unknown language %q (en, fr or es)\n", *lang)
		return ExitUsage
	}
	opt := schema.Options{Lang: hrd.Language(*lang)}
	status := ExitOK
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	for _, name := range fs.Args() {
		in, err := readInput(e, name, communication.DefaultMaxSize)
		if err != nil {
			fmt.Fprintln(e.stderr, "spcomm validate:", err)
			status = ExitUsage
			continue
		}
		res := schema.Validate(in.data, opt)
		if !res.Valid() && status == ExitOK {
			status = ExitInvalid
		}
		if *asJSON {
			rec := validateRecord{File: in.name, Valid: res.Valid(), Problems: res.Problems}
			if rec.Problems == nil {
				rec.Problems = []schema.Problem{}
			}
			if err := enc.Encode(rec); err != nil {
				fmt.Fprintln(e.stderr, "spcomm validate:", err)
				return ExitUsage
			}
			continue
		}
		for _, p := range res.Problems {
			if _, err := fmt.Fprintf(e.stdout, "%s%s\n", prefix(in.name, p), p.String()); err != nil {
				fmt.Fprintln(e.stderr, "spcomm validate:", err)
				return ExitUsage
			}
		}
	}
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
