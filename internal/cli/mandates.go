package cli

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/openhrd/spcomm/communication"
	"github.com/openhrd/spcomm/communication/mandate"
	"github.com/openhrd/spcomm/hrd"
)

func init() {
	register("mandates", "list the Special Procedures mandates, or suggest those a submission concerns", runMandates)
}

// mandateRecord is one line of `spcomm mandates -json`.
type mandateRecord struct {
	ID          mandate.ID    `json:"id"`
	Kind        mandate.Kind  `json:"kind"`
	Scope       mandate.Scope `json:"scope"`
	Country     hrd.Country   `json:"country,omitempty"`
	SlugChecked bool          `json:"slug_checked"`
	Dormant     bool          `json:"dormant,omitempty"`
	Name        string        `json:"name"`
	Title       string        `json:"title"`
}

// reasonRecord is a reason in `spcomm mandates -suggest -json`.
type reasonRecord struct {
	Code    string   `json:"code"`
	Pointer string   `json:"pointer,omitempty"`
	Args    []string `json:"args,omitempty"`
	Text    string   `json:"text"`
}

// suggestionRecord is one line of `spcomm mandates -suggest FILE -json`.
type suggestionRecord struct {
	Rank    int            `json:"rank"`
	ID      mandate.ID     `json:"id"`
	Name    string         `json:"name"`
	Title   string         `json:"title"`
	Score   int            `json:"score"`
	Reasons []reasonRecord `json:"reasons"`
}

func runMandates(e *env, args []string) int {
	fs := newFlags(e, "mandates", "[-json] [-lang en|fr|es] [-suggest FILE|-]",
		"Lists the catalogue of Special Procedures mandates: id (the OHCHR web slug),\n"+
			"kind (SR, IE, WG), the country of a country mandate, and the short name; slugs\n"+
			"not seen at OHCHR are marked (inferred), and a dormant mandate (dormant).\n"+
			"With -suggest, ranks the mandates a submission concerns instead, each with the\n"+
			"reasons it is suggested (the defenders mandate first for every defender case),\n"+
			"in the submission's language unless -lang says otherwise. The suggestions\n"+
			"follow the project's reading of the mandates' scopes: confirm them.\n"+
			"With -json, prints one JSON object per mandate or suggestion.\n"+
			"Exit status: 0 on success, 1 when the submission cannot be read, 2 on a usage\n"+
			"or I/O error.")
	asJSON := fs.Bool("json", false, "print one JSON object per mandate")
	lang := langFlag(fs, "", "language of names and reasons: en, fr or es (default: English, or the submission's)")
	suggest := fs.String("suggest", "", "rank the mandates the submission in FILE concerns ('-' for standard input)")
	if c := parse(fs, args); c >= 0 {
		return c
	}
	l := *lang
	if fs.NArg() != 0 {
		fs.Usage()
		return ExitUsage
	}
	var err error
	if *suggest == "" {
		if l == "" {
			l = hrd.English
		}
		err = listMandates(e.stdout, l, *asJSON)
	} else {
		in, rerr := readInput(e, *suggest, communication.DefaultMaxSize)
		if rerr != nil {
			fmt.Fprintln(e.stderr, "spcomm mandates:", rerr)
			return ExitUsage
		}
		s, derr := (&communication.Decoder{}).DecodeBytes(in.data)
		if derr != nil {
			fmt.Fprintf(e.stderr, "%s: %v\n", in.name, derr)
			return ExitInvalid
		}
		if l == "" {
			l = s.Language
		}
		if !l.Valid() {
			l = hrd.English
		}
		err = suggestMandates(e.stdout, communication.SuggestMandates(s), l, *asJSON)
	}
	if err != nil {
		fmt.Fprintln(e.stderr, "spcomm mandates:", err)
		return ExitUsage
	}
	return ExitOK
}

func listMandates(w io.Writer, lang hrd.Language, asJSON bool) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, m := range mandate.All() {
		if asJSON {
			if err := enc.Encode(mandateRecord{m.ID, m.Kind, m.Scope, m.Country, m.SlugChecked, m.Dormant, m.Name(lang), m.Title(lang)}); err != nil {
				return err
			}
			continue
		}
		note := ""
		if !m.SlugChecked {
			note += " (inferred)"
		}
		if m.Dormant {
			note += " (dormant)"
		}
		if _, err := fmt.Fprintf(w, "%-45s %s  %-3s  %s%s\n", m.ID, m.Kind, m.Country, m.Name(lang), note); err != nil {
			return err
		}
	}
	return nil
}

func suggestMandates(w io.Writer, sugs []communication.MandateSuggestion, lang hrd.Language, asJSON bool) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i, sug := range sugs {
		if asJSON {
			rec := suggestionRecord{Rank: i + 1, ID: sug.Mandate.ID, Name: sug.Mandate.Name(lang), Title: sug.Mandate.Title(lang), Score: sug.Score}
			for _, r := range sug.Reasons {
				rec.Reasons = append(rec.Reasons, reasonRecord{r.Code, r.Pointer, r.Args, r.Text(lang)})
			}
			if err := enc.Encode(rec); err != nil {
				return err
			}
			continue
		}
		if _, err := fmt.Fprintf(w, "%d. %s (%d): %s\n", i+1, sug.Mandate.ID, sug.Score, sug.Mandate.Name(lang)); err != nil {
			return err
		}
		for _, r := range sug.Reasons {
			where := ""
			if r.Pointer != "" {
				where = " (" + r.Pointer + ")"
			}
			if _, err := fmt.Fprintf(w, "     - %s%s\n", r.Text(lang), where); err != nil {
				return err
			}
		}
	}
	return nil
}
