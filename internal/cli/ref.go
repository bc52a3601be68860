package cli

import (
	"encoding/json"
	"fmt"

	"github.com/openhrd/spcomm/communication/refcode"
	"github.com/openhrd/spcomm/hrd"
)

func init() {
	register("ref", "parse public reference codes of communications, such as 'UA KHM 3/2014'", runRef)
}

// refRecord is one line of `spcomm ref -json`.
type refRecord struct {
	Input     string       `json:"input"`
	Code      string       `json:"code,omitempty"`
	Type      refcode.Type `json:"type,omitempty"`
	Joint     bool         `json:"joint,omitempty"`
	Label     string       `json:"label,omitempty"`
	Addressee string       `json:"addressee,omitempty"`
	Number    int          `json:"number,omitempty"`
	Year      int          `json:"year,omitempty"`
	File      string       `json:"file,omitempty"`
	Key       string       `json:"key,omitempty"`
	Error     string       `json:"error,omitempty"`
}

func runRef(e *env, args []string) int {
	fs := newFlags(e, "ref", "[-json] [-lang en|fr|es] CODE...",
		"Parses public reference codes of Special Procedures communications, such as\n"+
			"'UA KHM 3/2014', 'JAL BHR 13/2011', 'AL OTH 74/2022' or an older reference with\n"+
			"internal file codes, 'UA G/SO 214 (53-24) SAU 5/2014', and prints each one's\n"+
			"canonical form, type, addressee, number and year. Quote each code: it contains\n"+
			"spaces. With -json, prints one JSON object per code.\n"+
			"Exit status: 0 when every code is well formed, 1 when one is not (it is named),\n"+
			"2 on a usage error.")
	asJSON := fs.Bool("json", false, "print one JSON object per code")
	lang := langFlag(fs, hrd.English, "language of the type's name: en, fr or es")
	if c := parse(fs, args); c >= 0 {
		return c
	}
	l := *lang
	if fs.NArg() == 0 {
		fs.Usage()
		return ExitUsage
	}
	status := ExitOK
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	for _, arg := range fs.Args() {
		c, err := refcode.Parse(arg)
		if err != nil {
			status = ExitInvalid
			fmt.Fprintln(e.stderr, "spcomm ref:", err)
			if *asJSON {
				if err := enc.Encode(refRecord{Input: arg, Error: err.Error()}); err != nil {
					return ExitUsage
				}
			}
			continue
		}
		if *asJSON {
			rec := refRecord{Input: arg, Code: c.String(), Type: c.Type, Joint: c.Joint, Label: c.Label(l),
				Addressee: c.Addressee, Number: c.Number, Year: c.Year, File: c.File, Key: c.Key()}
			if err := enc.Encode(rec); err != nil {
				return ExitUsage
			}
			continue
		}
		addressee := c.Addressee
		if addressee == refcode.NonState {
			addressee += " (non-State addressee)"
		} else {
			addressee += " (" + hrd.Country(c.Addressee).Name(l) + ")"
		}
		fmt.Fprintf(e.stdout, "%s\n  type:      %s, %s\n  addressee: %s\n  number:    %d of %d\n  key:       %s\n",
			c, c.Type, c.Label(l), addressee, c.Number, c.Year, c.Key())
		if c.File != "" {
			fmt.Fprintf(e.stdout, "  file:      %s\n", c.File)
		}
	}
	return status
}
