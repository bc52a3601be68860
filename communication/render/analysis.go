package render

import (
	"slices"
	"strings"

	"github.com/openhrd/spcomm/communication"
	"github.com/openhrd/spcomm/communication/mandate"
	"github.com/openhrd/spcomm/hrd"
)

// analysis is what the draft takes from the communication package's analysis:
// the mandates addressed, the type of communication and the legal framework, as
// localised text.
type analysis struct {
	titles      []string // the mandates' full titles
	shortNames  []string // their short names, for the e-mail subject
	suggested   bool     // the mandates were suggested, not chosen by the submitter
	typ         communication.Type
	typeLabel   string
	provisions  []string // "Article 12 (2): summary"
	norms       []string // "Right to life: ICCPR, article 6; UDHR, article 3"
	treaties    []string // "ICCPR: International Covenant on Civil and Political Rights"
	instruments []string // "Convention against Torture …, article 1: summary"
}

// analyse asks the communication package for the mandates, the type and the
// legal framework of s, and writes them in lang. A mandate id the catalogue does
// not know is shown as it is.
func analyse(s *communication.Submission, lang hrd.Language) analysis {
	var an analysis
	var ms []mandate.Mandate
	for _, id := range s.Mandates {
		if m, ok := mandate.Lookup(id); ok {
			ms = append(ms, m)
		} else {
			an.titles = append(an.titles, oneLine(string(id)))
		}
	}
	if len(s.Mandates) == 0 {
		an.suggested = true
		for _, sug := range communication.SuggestMandates(s) {
			ms = append(ms, sug.Mandate)
		}
	}
	for _, m := range ms {
		an.titles = append(an.titles, oneLine(m.Title(lang)))
		an.shortNames = append(an.shortNames, oneLine(m.Name(lang)))
	}
	ts := communication.SuggestType(s)
	an.typ = ts.Type
	an.typeLabel = ts.Type.Label(lang)

	fw := communication.Framework(s)
	for _, p := range fw.Provisions {
		item := p.Provision.Cite(lang)
		if sum := p.Provision.Summary(lang); sum != "" {
			item = msgs.Sprintf(string(lang), "law.norm", capFirst(item), sum)
		}
		an.provisions = append(an.provisions, oneLine(item))
	}
	// The norms, one line per right: "Freedom of expression: ICCPR, article 19;
	// UDHR, article 19", then what the abbreviations stand for.
	var rights []hrd.Right
	cites := map[hrd.Right][]string{}
	var treaties []hrd.Treaty
	for _, n := range fw.Norms {
		if len(n.Articles) == 0 {
			continue
		}
		if _, ok := cites[n.Right]; !ok {
			rights = append(rights, n.Right)
		}
		cites[n.Right] = append(cites[n.Right], articles(lang, n.Treaty.Label(lang), n.Articles))
		if !slices.Contains(treaties, n.Treaty) {
			treaties = append(treaties, n.Treaty)
		}
	}
	for _, r := range rights {
		an.norms = append(an.norms, oneLine(msgs.Sprintf(string(lang), "law.norm", capFirst(r.Label(lang)), strings.Join(cites[r], "; "))))
	}
	slices.Sort(treaties) // ICCPR, ICESCR, UDHR
	for _, t := range treaties {
		an.treaties = append(an.treaties, oneLine(msgs.Sprintf(string(lang), "law.norm", t.Label(lang), t.Title(lang))))
	}
	for _, in := range fw.Instruments {
		item := in.Title(lang)
		if sum := in.Summary(lang); sum != "" {
			item = msgs.Sprintf(string(lang), "law.norm", item, sum)
		}
		an.instruments = append(an.instruments, oneLine(item))
	}
	return an
}

func articles(lang hrd.Language, treaty string, arts []string) string {
	key := "law.articles"
	if len(arts) > 1 {
		key = "law.articles_many"
	}
	return msgs.Sprintf(string(lang), key, treaty, strings.Join(arts, ", "))
}
