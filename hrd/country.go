package hrd

import (
	"errors"
	"fmt"
	"slices"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Country is an ISO 3166-1 alpha-3 country code, such as "KHM" for Cambodia.
//
// It is the type of the submission's `country` (the State concerned), of a victim's
// nationality and of a place's country (spec: Top level, Victim, Place). Decoding
// accepts exactly the 249 officially assigned codes, in upper case; alpha-2 codes,
// lower case, withdrawn codes (such as "YUG") and CLDR's extra regions (such as
// "XKK") are rejected with a [*CountryError]. The list comes from
// golang.org/x/text/language, not from a table of this package.
type Country string

// ErrCountry is the sentinel wrapped by every [CountryError].
var ErrCountry = errors.New("not an ISO 3166-1 alpha-3 country code")

// CountryError reports a value that is not an ISO 3166-1 alpha-3 country code.
type CountryError struct {
	Value string // the value given
	Hint  string // why it is rejected, e.g. "alpha-2 code; write KHM"
}

// Error describes the rejected value and why.
func (e *CountryError) Error() string {
	msg := fmt.Sprintf("%s is not an ISO 3166-1 alpha-3 country code", quoteShort(e.Value))
	if e.Hint != "" {
		msg += " (" + e.Hint + ")"
	}
	return msg
}

// Unwrap returns [ErrCountry].
func (e *CountryError) Unwrap() error { return ErrCountry }

// notCountries are regions x/text knows that ISO 3166-1 does not assign as country
// codes: the exceptionally reserved and user-assigned ones CLDR adds.
var notCountries = map[string]bool{"AC": true, "CP": true, "DG": true, "EA": true, "IC": true, "TA": true, "XK": true}

// countryList computes, once, every alpha-3 code that x/text knows as a current,
// officially assigned country.
var countryList = sync.OnceValues(func() ([]Country, map[Country]language.Region) {
	var list []Country
	index := map[Country]language.Region{}
	code := []byte("AAA")
	for a := byte('A'); a <= 'Z'; a++ {
		for b := byte('A'); b <= 'Z'; b++ {
			for c := byte('A'); c <= 'Z'; c++ {
				code[0], code[1], code[2] = a, b, c
				r, err := language.ParseRegion(string(code))
				if err != nil || !r.IsCountry() || r.ISO3() != string(code) || r.Canonicalize() != r {
					continue
				}
				if notCountries[r.String()] || display.English.Regions().Name(r) == "" {
					continue
				}
				list = append(list, Country(code))
				index[Country(code)] = r
			}
		}
	}
	slices.Sort(list)
	return list, index
})

// Countries returns every valid country code, sorted.
func Countries() []Country {
	list, _ := countryList()
	return slices.Clone(list)
}

// Valid reports whether c is an officially assigned ISO 3166-1 alpha-3 code.
func (c Country) Valid() bool {
	_, index := countryList()
	_, ok := index[c]
	return ok
}

// Check returns nil when c is valid, and otherwise a [*CountryError] that says why.
func (c Country) Check() error {
	if c.Valid() {
		return nil
	}
	e := &CountryError{Value: string(c)}
	if r, err := language.ParseRegion(string(c)); err == nil && r.IsCountry() {
		switch {
		case len(c) == 2:
			e.Hint = "an alpha-2 code; write " + r.ISO3()
		case string(c) != r.ISO3():
			e.Hint = "write " + r.ISO3()
		default:
			e.Hint = "withdrawn or not assigned"
		}
	}
	return e
}

// UnmarshalText sets c from text, or returns a [*CountryError].
func (c *Country) UnmarshalText(text []byte) error {
	v := Country(text)
	if err := v.Check(); err != nil {
		return err
	}
	*c = v
	return nil
}

// Name returns the country's name in lang from the Unicode CLDR (through
// golang.org/x/text), e.g. "Cambodge" in French, or the code itself when c is not
// valid.
func (c Country) Name(lang Language) string {
	names, ok := countryNames()[lang]
	if !ok {
		names = countryNames()[English]
	}
	if n, ok := names[c]; ok {
		return n
	}
	return string(c)
}

// countryNames holds the display name of every country in each language, looked
// up in x/text once: a lookup there costs about a microsecond, and a draft names
// its countries many times.
var countryNames = sync.OnceValue(func() map[Language]map[Country]string {
	list, index := countryList()
	out := map[Language]map[Country]string{}
	for _, l := range []struct {
		lang Language
		n    display.Namer
	}{{English, display.English.Regions()}, {French, display.French.Regions()}, {Spanish, display.Spanish.Regions()}} {
		names := make(map[Country]string, len(list))
		for _, c := range list {
			if n := l.n.Name(index[c]); n != "" {
				names[c] = n
			}
		}
		out[l.lang] = names
	}
	return out
})

// Alpha2 returns the ISO 3166-1 alpha-2 code of c, e.g. "KH", or "" when c is not valid.
func (c Country) Alpha2() string {
	_, index := countryList()
	if r, ok := index[c]; ok {
		return r.String()
	}
	return ""
}

// String returns the code.
func (c Country) String() string { return string(c) }
