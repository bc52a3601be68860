package mandate

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"slices"
	"strconv"
	"sync"

	"github.com/openhrd/spcomm/hrd"
)

// ID identifies a mandate by its web slug at OHCHR, such as
// "sr-human-rights-defenders" (https://www.ohchr.org/en/special-procedures/<id>);
// it is what the submission format's `mandates` field holds. Its form is
// ^(sr|ie|wg)-[a-z0-9-]+$ ([ID.Valid]); whether the catalogue lists it is
// [ID.Known].
type ID string

// ErrID is the sentinel wrapped by every [IDError].
var ErrID = errors.New("invalid mandate id")

// IDError reports a value that does not have the form of a mandate id.
type IDError struct {
	Value string // the value given
}

// Error names the value and the form a mandate id has.
func (e *IDError) Error() string {
	v := "the value given"
	if hrd.ShowValue(e.Value) {
		v = strconv.Quote(e.Value)
	}
	return fmt.Sprintf("%s is not a mandate id: want sr-, ie- or wg- followed by lower-case letters, digits and hyphens", v)
}

// Unwrap returns [ErrID].
func (e *IDError) Unwrap() error { return ErrID }

// Valid reports whether id has the form of a mandate id, ^(sr|ie|wg)-[a-z0-9-]+$.
// It checks the syntax only, so that the catalogue can grow without a new format;
// [ID.Known] tells whether the catalogue lists it.
func (id ID) Valid() bool {
	if len(id) < 4 || (id[:3] != "sr-" && id[:3] != "ie-" && id[:3] != "wg-") {
		return false
	}
	for i := 3; i < len(id); i++ {
		c := id[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// Known reports whether the catalogue lists a mandate with this id.
func (id ID) Known() bool {
	_, ok := Lookup(id)
	return ok
}

// String returns the id as it is.
func (id ID) String() string { return string(id) }

// UnmarshalText sets id from text, or returns an [*IDError] when its form is
// wrong. A well-formed id the catalogue does not know decodes.
func (id *ID) UnmarshalText(text []byte) error {
	v := ID(text)
	if !v.Valid() {
		return &IDError{Value: string(text)}
	}
	*id = v
	return nil
}

// Kind is the form of a mandate: a Special Rapporteur, an Independent Expert or a
// Working Group.
type Kind string

// The kinds of mandate. A Special Rapporteur and an Independent Expert are one
// person each; a Working Group has five members.
const (
	SpecialRapporteur Kind = "SR"
	IndependentExpert Kind = "IE"
	WorkingGroup      Kind = "WG"
)

// Valid reports whether k is one of the three kinds.
func (k Kind) Valid() bool {
	return k == SpecialRapporteur || k == IndependentExpert || k == WorkingGroup
}

// Label returns the name of the kind in lang ("Special Rapporteur", "Rapporteur
// spécial", "Relator Especial"), in English for a language other than French and
// Spanish, and the code itself for an unknown kind.
func (k Kind) Label(lang hrd.Language) string {
	if !k.Valid() {
		return string(k)
	}
	return msgs.Sprintf(string(lang), "kind."+string(k))
}

// String returns the code of the kind ("SR", "IE", "WG").
func (k Kind) String() string { return string(k) }

// Scope tells whether a mandate covers a theme in every country or the situation
// in one country.
type Scope string

// The scopes of a mandate.
const (
	Thematic Scope = "thematic"
	Country  Scope = "country"
)

// Valid reports whether s is one of the two scopes.
func (s Scope) Valid() bool { return s == Thematic || s == Country }

// Label returns the scope in lang ("thematic mandate", "mandat de pays", …), in
// English for a language other than French and Spanish, and the code itself for
// an unknown scope.
func (s Scope) Label(lang hrd.Language) string {
	if !s.Valid() {
		return string(s)
	}
	return msgs.Sprintf(string(lang), "scope."+string(s))
}

// String returns the code of the scope ("thematic", "country").
func (s Scope) String() string { return string(s) }

// Text is a text in English, French and Spanish.
type Text struct {
	En string `json:"en"`
	Fr string `json:"fr"`
	Es string `json:"es"`
}

// In returns the text in lang: French or Spanish when asked for and present,
// English otherwise.
func (t Text) In(lang hrd.Language) string {
	switch {
	case lang == hrd.French && t.Fr != "":
		return t.Fr
	case lang == hrd.Spanish && t.Es != "":
		return t.Es
	}
	return t.En
}

// Mandate is one Special Procedures mandate of the Human Rights Council. It is a
// comparable value; the catalogue hands out copies. Its JSON form has the field
// names of mandates.json.
type Mandate struct {
	// ID is the mandate's OHCHR web slug.
	ID ID `json:"id"`
	// Kind is Special Rapporteur, Independent Expert or Working Group.
	Kind Kind `json:"kind"`
	// Scope is thematic or country.
	Scope Scope `json:"scope"`
	// Country is the State of a country mandate, empty for a thematic one.
	Country hrd.Country `json:"country,omitempty"`
	// SlugChecked is true when the id was seen in an OHCHR address, false when it
	// was inferred from the pattern of the others.
	SlugChecked bool `json:"slugChecked"`
	// Dormant is true for a mandate that exists but is not active (the Syria
	// mandate, until the Commission of Inquiry ends).
	Dormant bool `json:"dormant,omitempty"`
	// Titles is the full title: the official English one, and the project's own
	// French and Spanish wording.
	Titles Text `json:"title"`
	// Names is a short name for lists and e-mail subjects, such as "SR on
	// torture", in the project's own wording.
	Names Text `json:"name"`
	// Email is the mandate's mailbox. The catalogue always leaves it empty:
	// mailboxes move and are user data, to be set by the caller from OHCHR's
	// current guidance, never guessed by this package.
	Email string `json:"email,omitempty"`
}

// Title returns the mandate's full title in lang: the official English title, or
// the French or Spanish one; English for any other language.
func (m Mandate) Title(lang hrd.Language) string { return m.Titles.In(lang) }

// Name returns the mandate's short name in lang, such as "SR on torture", "RS sur
// la torture", "RE sobre la tortura"; English for any other language.
func (m Mandate) Name(lang hrd.Language) string { return m.Names.In(lang) }

// String returns the mandate's id.
func (m Mandate) String() string { return string(m.ID) }

//go:embed mandates.json
var mandatesJSON []byte

// record is one entry of mandates.json.
type record struct {
	ID      ID          `json:"id"`
	Kind    Kind        `json:"kind"`
	Scope   Scope       `json:"scope"`
	Country hrd.Country `json:"country"`
	Slug    string      `json:"slug"` // "checked" or "inferred"
	Dormant bool        `json:"dormant"`
	Title   Text        `json:"title"`
	Name    Text        `json:"name"`
}

// catalogue is the parsed, checked content of mandates.json.
type catalogue struct {
	list      []Mandate
	byID      map[ID]int
	byCountry map[hrd.Country]int
}

// load parses and checks the embedded catalogue once, on first use. The file is
// part of the build, so an error in it is a defect that every test of the package
// reports; load panics rather than serve a wrong catalogue.
var load = sync.OnceValue(func() *catalogue {
	c, err := parseCatalogue(mandatesJSON)
	if err != nil {
		panic("mandate: mandates.json: " + err.Error())
	}
	return c
})

// parseCatalogue decodes a catalogue file strictly and checks every entry.
func parseCatalogue(data []byte) (*catalogue, error) {
	var doc struct {
		About    string   `json:"about"`
		Mandates []record `json:"mandates"`
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		return nil, err
	}
	if dec.More() {
		return nil, errors.New("data after the catalogue object")
	}
	if len(doc.Mandates) == 0 {
		return nil, errors.New("no mandates")
	}
	c := &catalogue{byID: map[ID]int{}, byCountry: map[hrd.Country]int{}}
	for i, r := range doc.Mandates {
		if err := r.check(); err != nil {
			return nil, fmt.Errorf("mandates[%d] (%s): %w", i, r.ID, err)
		}
		if j, dup := c.byID[r.ID]; dup {
			return nil, fmt.Errorf("mandates[%d]: id %s repeats mandates[%d]", i, r.ID, j)
		}
		c.byID[r.ID] = i
		if r.Scope == Country {
			if j, dup := c.byCountry[r.Country]; dup {
				return nil, fmt.Errorf("mandates[%d] (%s): a second mandate on %s, after mandates[%d]", i, r.ID, r.Country, j)
			}
			c.byCountry[r.Country] = i
		}
		c.list = append(c.list, Mandate{
			ID: r.ID, Kind: r.Kind, Scope: r.Scope, Country: r.Country,
			SlugChecked: r.Slug == "checked", Dormant: r.Dormant,
			Titles: r.Title, Names: r.Name,
		})
	}
	return c, nil
}

// check checks one entry on its own.
func (r record) check() error {
	switch {
	case !r.ID.Valid():
		return fmt.Errorf("id %q is not of the form ^(sr|ie|wg)-[a-z0-9-]+$", r.ID)
	case !r.Kind.Valid():
		return fmt.Errorf("kind %q is not SR, IE or WG", r.Kind)
	case string(r.ID[:2]) != string(bytes.ToLower([]byte(r.Kind))):
		return fmt.Errorf("id does not start with the prefix of kind %s", r.Kind)
	case !r.Scope.Valid():
		return fmt.Errorf("scope %q is not thematic or country", r.Scope)
	case r.Scope == Country && !r.Country.Valid():
		return fmt.Errorf("country mandate with country %q, not an ISO 3166-1 alpha-3 code", r.Country)
	case r.Scope == Thematic && r.Country != "":
		return fmt.Errorf("thematic mandate with a country (%s)", r.Country)
	case r.Slug != "checked" && r.Slug != "inferred":
		return fmt.Errorf("slug %q is not checked or inferred", r.Slug)
	}
	for _, t := range []struct {
		field string
		text  Text
	}{{"title", r.Title}, {"name", r.Name}} {
		if t.text.En == "" || t.text.Fr == "" || t.text.Es == "" {
			return fmt.Errorf("%s lacks a language (en %q, fr %q, es %q)", t.field, t.text.En, t.text.Fr, t.text.Es)
		}
	}
	return nil
}

// All returns every mandate of the catalogue in its order: the 46 thematic
// mandates, then the 14 country ones. The slice is the caller's own.
func All() []Mandate { return slices.Clone(load().list) }

// Each yields every mandate of the catalogue in the order of [All], one copy at a
// time, without copying the whole catalogue first.
func Each() iter.Seq[Mandate] {
	return func(yield func(Mandate) bool) {
		for _, m := range load().list {
			if !yield(m) {
				return
			}
		}
	}
}

// Lookup returns the mandate with the given id, and whether the catalogue lists it.
func Lookup(id ID) (Mandate, bool) {
	c := load()
	i, ok := c.byID[id]
	if !ok {
		return Mandate{}, false
	}
	return c.list[i], true
}

// ForCountry returns the country mandate on c, and whether there is one. A dormant
// mandate is returned too; see [Mandate.Dormant].
func ForCountry(c hrd.Country) (Mandate, bool) {
	cat := load()
	i, ok := cat.byCountry[c]
	if !ok {
		return Mandate{}, false
	}
	return cat.list[i], true
}
