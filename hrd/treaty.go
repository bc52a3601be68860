package hrd

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"sync"
)

// Treaty is an instrument a communication cites for a right: one of the two
// Covenants, or the Universal Declaration of Human Rights.
//
// Mandate holders cite the Covenant article where the State concerned is a party
// and the UDHR article where it is not ([IsParty]). The UDHR is a declaration of
// the General Assembly, not a treaty: no State ratifies it, and it can be cited
// for every State.
type Treaty string

// The instruments cited for rights.
const (
	// ICCPR is the International Covenant on Civil and Political Rights (1966).
	ICCPR Treaty = "ICCPR"
	// ICESCR is the International Covenant on Economic, Social and Cultural
	// Rights (1966).
	ICESCR Treaty = "ICESCR"
	// UDHR is the Universal Declaration of Human Rights (1948), a declaration
	// that no State ratifies and that applies to all.
	UDHR Treaty = "UDHR"
)

// Treaties returns the instruments, in the order ICCPR, ICESCR, UDHR.
func Treaties() []Treaty { return []Treaty{ICCPR, ICESCR, UDHR} }

// Valid reports whether t is ICCPR, ICESCR or UDHR.
func (t Treaty) Valid() bool { return t == ICCPR || t == ICESCR || t == UDHR }

// Label returns the instrument's usual abbreviation in lang: "ICCPR", "ICESCR",
// "UDHR" in English, "PIDCP", "PIDESC", "DUDH" in French and Spanish; the code
// itself for an unknown instrument.
func (t Treaty) Label(lang Language) string {
	info, ok := ratification().treaties[t]
	if !ok {
		return string(t)
	}
	return info.Label.in(lang)
}

// Title returns the instrument's full name in lang, such as "International
// Covenant on Civil and Political Rights"; the code itself for an unknown one.
func (t Treaty) Title(lang Language) string {
	info, ok := ratification().treaties[t]
	if !ok {
		return string(t)
	}
	return info.Title.in(lang)
}

// String returns the code of the instrument.
func (t Treaty) String() string { return string(t) }

// IsParty reports whether the Covenant t binds country c, to choose between
// citing its article and the UDHR's.
//
// The data (ratification.json, embedded; date in [RatificationAsOf]) lists the
// States that are not party: the 21 UN Member States not party to the ICCPR and
// the 23 not party to the ICESCR, whether they signed or not, plus the few places
// outside UN membership known not to be bound (the Holy See for both Covenants,
// the territories of the United States for the ICESCR). Every other valid country
// counts as party. That default is deliberate for territories outside UN
// membership: a Covenant ratified by the State responsible for a territory
// usually applies there (as the ICCPR does in Hong Kong and Macao), and the data
// names the known exceptions.
//
// For [UDHR] IsParty is always true: the Declaration is cited for every State. For
// an invalid country code or an unknown instrument it is false, so that a draft
// without a country cites the UDHR, never wrongly a Covenant.
//
// Ratification only chooses a citation: a communication does not depend on it.
func IsParty(c Country, t Treaty) bool {
	if t == UDHR {
		return true
	}
	info, ok := ratification().treaties[t]
	if !ok || !c.Valid() {
		return false
	}
	return !info.notParty[c]
}

// RatificationAsOf returns the date of the ratification data, "2022-06".
func RatificationAsOf() string { return ratification().AsOf }

//go:embed ratification.json
var ratificationJSON []byte

// ratificationData is the content of ratification.json.
type ratificationData struct {
	AsOf     string       `json:"asOf"`
	Source   string       `json:"source"`
	Notes    []string     `json:"notes"`
	Treaties []treatyInfo `json:"treaties"`

	treaties map[Treaty]*treatyInfo
}

// treatyInfo is one instrument of ratification.json.
type treatyInfo struct {
	Code        Treaty      `json:"code"`
	Declaration bool        `json:"declaration"`
	Label       langTexts   `json:"label"`
	Title       langTexts   `json:"title"`
	NotParty    *nonParties `json:"notParty"`

	notParty map[Country]bool
}

// nonParties are the countries a Covenant does not bind.
type nonParties struct {
	SignedNotRatified []Country `json:"signedNotRatified"` // UN Member States
	NotSigned         []Country `json:"notSigned"`         // UN Member States
	NonMembers        []Country `json:"nonMembers"`        // outside UN membership
}

// members returns the UN Member States not party.
func (n *nonParties) members() []Country {
	return slices.Concat(n.SignedNotRatified, n.NotSigned)
}

// langTexts is a text in English, French and Spanish.
type langTexts struct {
	En string `json:"en"`
	Fr string `json:"fr"`
	Es string `json:"es"`
}

func (t langTexts) in(lang Language) string {
	return [3]string{t.En, t.Fr, t.Es}[lang.index()]
}

// ratification parses and checks the embedded data once, on first use. The file
// is part of the build, so an error in it is a defect every test reports; it
// panics rather than answer from wrong data.
var ratification = sync.OnceValue(func() *ratificationData {
	d, err := parseRatification(ratificationJSON)
	if err != nil {
		panic("hrd: ratification.json: " + err.Error())
	}
	return d
})

var asOfPattern = regexp.MustCompile(`^[0-9]{4}-(0[1-9]|1[0-2])$`)

// parseRatification decodes ratification data strictly and checks it: a date,
// the three instruments once each with their texts, valid country codes, none
// listed twice, and no list for the Declaration.
func parseRatification(data []byte) (*ratificationData, error) {
	var d ratificationData
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&d); err != nil {
		return nil, err
	}
	if dec.More() {
		return nil, errors.New("data after the object")
	}
	if !asOfPattern.MatchString(d.AsOf) {
		return nil, fmt.Errorf("asOf %q is not YYYY-MM", d.AsOf)
	}
	if d.Source == "" {
		return nil, errors.New("no source")
	}
	d.treaties = map[Treaty]*treatyInfo{}
	for i := range d.Treaties {
		t := &d.Treaties[i]
		if !t.Code.Valid() {
			return nil, fmt.Errorf("treaties[%d]: unknown code %q", i, t.Code)
		}
		if _, dup := d.treaties[t.Code]; dup {
			return nil, fmt.Errorf("treaties[%d]: %s listed twice", i, t.Code)
		}
		d.treaties[t.Code] = t
		for _, x := range []langTexts{t.Label, t.Title} {
			if x.En == "" || x.Fr == "" || x.Es == "" {
				return nil, fmt.Errorf("%s: a label or title lacks a language", t.Code)
			}
		}
		if t.Declaration != (t.Code == UDHR) {
			return nil, fmt.Errorf("%s: declaration is %v", t.Code, t.Declaration)
		}
		if t.Declaration {
			if t.NotParty != nil {
				return nil, fmt.Errorf("%s: a declaration has no parties", t.Code)
			}
			continue
		}
		if t.NotParty == nil {
			return nil, fmt.Errorf("%s: no notParty lists", t.Code)
		}
		t.notParty = map[Country]bool{}
		for _, c := range slices.Concat(t.NotParty.members(), t.NotParty.NonMembers) {
			if err := c.Check(); err != nil {
				return nil, fmt.Errorf("%s: %w", t.Code, err)
			}
			if t.notParty[c] {
				return nil, fmt.Errorf("%s: %s listed twice", t.Code, c)
			}
			t.notParty[c] = true
		}
	}
	for _, t := range Treaties() {
		if d.treaties[t] == nil {
			return nil, fmt.Errorf("%s missing", t)
		}
	}
	return &d, nil
}
