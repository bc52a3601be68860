package render

import (
	"slices"
	"strings"
	"sync"

	"github.com/openhrd/spcomm/communication"
	"github.com/openhrd/spcomm/communication/mandate"
	"github.com/openhrd/spcomm/declaration"
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
	c := catalogFor(lang)
	var an analysis
	n := max(len(s.Mandates), 4)
	an.titles = make([]string, 0, n)
	an.shortNames = make([]string, 0, n)
	// The ids the catalogue does not know come first, as they are.
	for _, id := range s.Mandates {
		if _, ok := mandate.Lookup(id); !ok {
			an.titles = append(an.titles, oneLine(string(id)))
		}
	}
	addMandate := func(m *mandate.Mandate) {
		an.titles = append(an.titles, oneLine(m.Title(lang)))
		an.shortNames = append(an.shortNames, oneLine(m.Name(lang)))
	}
	for _, id := range s.Mandates {
		if m, ok := mandate.Lookup(id); ok {
			addMandate(&m)
		}
	}
	if len(s.Mandates) == 0 {
		an.suggested = true
		for _, sug := range communication.SuggestMandates(s) {
			addMandate(&sug.Mandate)
		}
	}
	ts := communication.SuggestType(s)
	an.typ = ts.Type
	an.typeLabel = ts.Type.Label(lang)

	fw := communication.Framework(s)
	an.provisions = make([]string, 0, len(fw.Provisions))
	for _, p := range fw.Provisions {
		an.provisions = append(an.provisions, provisionItems.get(lang, p.Provision, func() string {
			item := p.Provision.Cite(lang)
			if sum := p.Provision.Summary(lang); sum != "" {
				item = c.t("law.norm", capFirst(item), sum)
			}
			return oneLine(item)
		}))
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
		cites[n.Right] = append(cites[n.Right], articles(c, n.Treaty.Label(lang), n.Articles))
		if !slices.Contains(treaties, n.Treaty) {
			treaties = append(treaties, n.Treaty)
		}
	}
	for _, r := range rights {
		an.norms = append(an.norms, oneLine(c.t("law.norm", capFirst(r.Label(lang)), strings.Join(cites[r], "; "))))
	}
	slices.Sort(treaties) // ICCPR, ICESCR, UDHR
	for _, t := range treaties {
		an.treaties = append(an.treaties, treatyItems.get(lang, t, func() string {
			return oneLine(c.t("law.norm", t.Label(lang), t.Title(lang)))
		}))
	}
	for _, in := range fw.Instruments {
		an.instruments = append(an.instruments, instrumentItems.get(lang, instrumentKey{in.Code, in.Article}, func() string {
			item := in.Title(lang)
			if sum := in.Summary(lang); sum != "" {
				item = c.t("law.norm", item, sum)
			}
			return oneLine(item)
		}))
	}
	return an
}

func articles(c catalog, treaty string, arts []string) string {
	key := "law.articles"
	if len(arts) > 1 {
		key = "law.articles_many"
	}
	return c.t(key, treaty, strings.Join(arts, ", "))
}

// The list items of the legal framework that depend only on the provision,
// treaty or instrument and the language are made once for each: the texts of the
// Declaration and the treaties do not change while the program runs.
var (
	provisionItems  itemCache[declaration.Provision]
	treatyItems     itemCache[hrd.Treaty]
	instrumentItems itemCache[instrumentKey]
)

// instrumentKey is what the text of an instrument depends on.
type instrumentKey struct{ code, article string }

// itemCache remembers a text made from a key and a language. The keys are the
// provisions, treaties and instruments the analysis can return, so it stays
// small.
type itemCache[K comparable] struct {
	mu sync.RWMutex
	m  map[itemKey[K]]string
}

type itemKey[K comparable] struct {
	lang hrd.Language
	key  K
}

// get returns the text of key in lang, making it with make the first time.
func (c *itemCache[K]) get(lang hrd.Language, key K, make func() string) string {
	k := itemKey[K]{lang, key}
	c.mu.RLock()
	s, ok := c.m[k]
	c.mu.RUnlock()
	if ok {
		return s
	}
	s = make()
	c.mu.Lock()
	if c.m == nil {
		c.m = map[itemKey[K]]string{}
	}
	c.m[k] = s
	c.mu.Unlock()
	return s
}
