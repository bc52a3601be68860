package mandate

import (
	"encoding/json"
	"errors"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/openhrd/spcomm/hrd"
)

var languages = []hrd.Language{hrd.English, hrd.French, hrd.Spanish}

func TestCatalogueCounts(t *testing.T) {
	all := All()
	if len(all) != 60 {
		t.Fatalf("All() has %d mandates, want 60", len(all))
	}
	count := map[Scope]int{}
	for _, m := range all {
		count[m.Scope]++
	}
	if count[Thematic] != 46 || count[Country] != 14 {
		t.Errorf("scopes: %d thematic, %d country; want 46 and 14", count[Thematic], count[Country])
	}
	// Thematic mandates come first, as in the reference table.
	first := slices.IndexFunc(all, func(m Mandate) bool { return m.Scope == Country })
	if first != 46 || slices.ContainsFunc(all[first:], func(m Mandate) bool { return m.Scope != Country }) {
		t.Errorf("country mandates do not form the tail of the catalogue (first at %d)", first)
	}
	if all[0].ID != "wg-african-descent" || all[45].ID != "wg-peasants" || all[59].ID != "sr-syria" {
		t.Errorf("order: %s, %s, %s; want wg-african-descent, wg-peasants, sr-syria", all[0].ID, all[45].ID, all[59].ID)
	}
}

func TestEntries(t *testing.T) {
	pattern := regexp.MustCompile(`^(sr|ie|wg)-[a-z0-9-]+$`)
	seen := map[ID]bool{}
	countries := map[hrd.Country]ID{}
	for _, m := range All() {
		if seen[m.ID] {
			t.Errorf("%s: id repeated", m.ID)
		}
		seen[m.ID] = true
		if !pattern.MatchString(string(m.ID)) || !m.ID.Valid() || !m.ID.Known() {
			t.Errorf("%s: id does not match the pattern or is not known", m.ID)
		}
		if !strings.HasPrefix(string(m.ID), strings.ToLower(string(m.Kind))+"-") {
			t.Errorf("%s: kind %s does not match the prefix", m.ID, m.Kind)
		}
		if !m.Kind.Valid() || !m.Scope.Valid() {
			t.Errorf("%s: kind %q scope %q", m.ID, m.Kind, m.Scope)
		}
		for _, lang := range languages {
			if m.Title(lang) == "" || m.Name(lang) == "" {
				t.Errorf("%s: no title or name in %s", m.ID, lang)
			}
			if lang != hrd.English && (m.Title(lang) == m.Title(hrd.English) || m.Name(lang) == m.Name(hrd.English)) {
				t.Errorf("%s: the %s title or name is the English one", m.ID, lang)
			}
			if len(m.Name(lang)) >= len(m.Title(lang)) {
				t.Errorf("%s: %s short name %q is not shorter than the title", m.ID, lang, m.Name(lang))
			}
		}
		switch m.Scope {
		case Country:
			if !m.Country.Valid() {
				t.Errorf("%s: country %q is not valid", m.ID, m.Country)
			}
			if prev, dup := countries[m.Country]; dup {
				t.Errorf("%s: second mandate on %s after %s", m.ID, m.Country, prev)
			}
			countries[m.Country] = m.ID
			if !strings.Contains(m.Title(hrd.English), "situation of human rights in") {
				t.Errorf("%s: country title %q", m.ID, m.Title(hrd.English))
			}
		case Thematic:
			if m.Country != "" {
				t.Errorf("%s: thematic mandate with country %s", m.ID, m.Country)
			}
		}
		if m.Email != "" {
			t.Errorf("%s: the catalogue sets a mailbox (%s); mailboxes are user data", m.ID, m.Email)
		}
		if m.Dormant != (m.ID == "sr-syria") {
			t.Errorf("%s: dormant = %v", m.ID, m.Dormant)
		}
	}
}

// TestInferredDocumented checks that the package documentation names exactly the
// entries whose slug is inferred, so that a correction of the data shows in the
// docs.
func TestInferredDocumented(t *testing.T) {
	var inferred []string
	for _, m := range All() {
		if !m.SlugChecked {
			inferred = append(inferred, string(m.ID))
		}
	}
	want := []string{"ie-albinism", "ie-central-african-republic", "sr-eritrea", "ie-mali", "sr-myanmar", "ie-somalia", "sr-syria"}
	if !slices.Equal(inferred, want) {
		t.Errorf("inferred slugs %v, want %v", inferred, want)
	}
	doc, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(strings.ReplaceAll(string(doc), "//", "")), " ")
	if !strings.Contains(text, "inferred from the pattern of the others: ie-albinism, ie-central-african-republic, sr-eritrea, ie-mali, sr-myanmar, ie-somalia and sr-syria.") {
		t.Error("doc.go does not list the inferred slugs as the data has them")
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		id      ID
		ok      bool
		kind    Kind
		scope   Scope
		country hrd.Country
		title   string
	}{
		{"sr-human-rights-defenders", true, SpecialRapporteur, Thematic, "", "Special Rapporteur on the situation of human rights defenders"},
		{"wg-arbitrary-detention", true, WorkingGroup, Thematic, "", "Working Group on Arbitrary Detention"},
		{"ie-sexual-orientation-and-gender-identity", true, IndependentExpert, Thematic, "", "Independent Expert on protection against violence and discrimination based on sexual orientation and gender identity"},
		{"sr-cambodia", true, SpecialRapporteur, Country, "KHM", "Special Rapporteur on the situation of human rights in Cambodia"},
		{"ie-central-african-republic", true, IndependentExpert, Country, "CAF", "Independent Expert on the situation of human rights in the Central African Republic"},
		{"sr-palestine", true, SpecialRapporteur, Country, "PSE", "Special Rapporteur on the situation of human rights in the Palestinian territories occupied since 1967"},
		{"sr-sogi", false, "", "", "", ""},
		{"SR-TORTURE", false, "", "", "", ""},
		{"", false, "", "", "", ""},
		{"sr-torture ", false, "", "", "", ""},
	}
	for _, tt := range tests {
		m, ok := Lookup(tt.id)
		if ok != tt.ok || tt.id.Known() != tt.ok {
			t.Errorf("Lookup(%q) ok = %v, Known = %v; want %v", tt.id, ok, tt.id.Known(), tt.ok)
			continue
		}
		if !ok {
			if m != (Mandate{}) {
				t.Errorf("Lookup(%q) = %+v for an unknown id", tt.id, m)
			}
			continue
		}
		if m.ID != tt.id || m.Kind != tt.kind || m.Scope != tt.scope || m.Country != tt.country || m.Title(hrd.English) != tt.title {
			t.Errorf("Lookup(%q) = %s %s %s %q %q", tt.id, m.Kind, m.Scope, m.Country, m.Title(hrd.English), m.ID)
		}
	}
}

func TestForCountry(t *testing.T) {
	tests := []struct {
		c  hrd.Country
		id ID // empty: none
	}{
		{"KHM", "sr-cambodia"},
		{"MMR", "sr-myanmar"},
		{"PRK", "sr-dprk"},
		{"IRN", "sr-iran"},
		{"PSE", "sr-palestine"},
		{"RUS", "sr-russian-federation"},
		{"CAF", "ie-central-african-republic"},
		{"SYR", "sr-syria"},
		{"SOM", "ie-somalia"},
		{"PHL", ""},
		{"SDN", ""}, // the Sudan expert is designated by the High Commissioner
		{"HTI", ""},
		{"NIC", ""},
		{"KH", ""},
		{"khm", ""},
		{"", ""},
	}
	for _, tt := range tests {
		m, ok := ForCountry(tt.c)
		if ok != (tt.id != "") || m.ID != tt.id {
			t.Errorf("ForCountry(%q) = %q, %v; want %q", tt.c, m.ID, ok, tt.id)
		}
		if ok && (m.Country != tt.c || m.Scope != Country) {
			t.Errorf("ForCountry(%q) = mandate on %q, scope %s", tt.c, m.Country, m.Scope)
		}
	}
}

func TestIDValid(t *testing.T) {
	pattern := regexp.MustCompile(`^(sr|ie|wg)-[a-z0-9-]+$`)
	for id, want := range map[ID]bool{
		"sr-human-rights-defenders": true,
		"wg-arbitrary-detention":    true,
		"ie-sogi":                   true,
		"sr-x1":                     true,
		"sr--":                      true,
		"SR-x":                      false,
		"sr_x":                      false,
		"xx-y":                      false,
		"sr-":                       false,
		"sr":                        false,
		"":                          false,
		"sr-torture\n":              false,
		" sr-torture":               false,
		"sr-tortúre":                false,
	} {
		if got := id.Valid(); got != want || pattern.MatchString(string(id)) != want {
			t.Errorf("ID(%q).Valid() = %v, want %v (as the pattern)", id, got, want)
		}
	}
}

func TestUnmarshalText(t *testing.T) {
	var id ID
	if err := id.UnmarshalText([]byte("sr-new")); err != nil || id != "sr-new" {
		t.Errorf("sr-new: %q, %v", id, err)
	}
	err := id.UnmarshalText([]byte("Special Rapporteur on torture"))
	var ie *IDError
	if !errors.As(err, &ie) || !errors.Is(err, ErrID) || ie.Value != "Special Rapporteur on torture" || id != "sr-new" {
		t.Errorf("bad id: %v (id now %q)", err, id)
	}
	if msg := (&IDError{Value: strings.Repeat("x", 100)}).Error(); len(msg) > 200 {
		t.Errorf("long value not shortened: %s", msg)
	}
}

func TestLanguages(t *testing.T) {
	m, _ := Lookup("sr-torture")
	tests := []struct {
		lang        hrd.Language
		name, title string
	}{
		{hrd.English, "SR on torture", "Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment"},
		{hrd.French, "RS sur la torture", "Rapporteur spécial sur la torture et autres peines ou traitements cruels, inhumains ou dégradants"},
		{hrd.Spanish, "RE sobre la tortura", "Relator Especial sobre la tortura y otros tratos o penas crueles, inhumanos o degradantes"},
		{"de", "SR on torture", "Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment"},
	}
	for _, tt := range tests {
		if m.Name(tt.lang) != tt.name || m.Title(tt.lang) != tt.title {
			t.Errorf("%s: %q / %q", tt.lang, m.Name(tt.lang), m.Title(tt.lang))
		}
	}
	if got := (Text{En: "x"}).In(hrd.French); got != "x" {
		t.Errorf("missing French gives %q, want the English", got)
	}
}

func TestLabels(t *testing.T) {
	if missing := msgs.Missing(); len(missing) != 0 {
		t.Errorf("message catalog lacks %v", missing)
	}
	tests := []struct {
		got, want string
	}{
		{SpecialRapporteur.Label(hrd.English), "Special Rapporteur"},
		{IndependentExpert.Label(hrd.French), "Expert indépendant"},
		{WorkingGroup.Label(hrd.Spanish), "Grupo de Trabajo"},
		{WorkingGroup.Label("de"), "Working Group"},
		{Kind("XX").Label(hrd.English), "XX"},
		{Country.Label(hrd.French), "mandat de pays"},
		{Thematic.Label(hrd.Spanish), "mandato temático"},
		{Scope("other").Label(hrd.English), "other"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("label %q, want %q", tt.got, tt.want)
		}
	}
}

// TestAllIsACopy checks that a caller cannot change the catalogue.
func TestAllIsACopy(t *testing.T) {
	a := All()
	a[0].ID = "wg-changed"
	a[0].Titles.En = "changed"
	if b := All(); b[0].ID != "wg-african-descent" || b[0].Titles.En == "changed" {
		t.Error("All returned the catalogue itself")
	}
}

func TestEachYieldsAllInOrder(t *testing.T) {
	var got []Mandate
	for m := range Each() {
		got = append(got, m)
	}
	if !slices.Equal(got, All()) {
		t.Errorf("Each yields %d mandates, not those of All (%d) in order", len(got), len(All()))
	}
	n := 0
	for range Each() {
		n++
		if n == 3 {
			break
		}
	}
	if n != 3 {
		t.Errorf("Each went on after break: %d", n)
	}
}

func TestParseCatalogueRejects(t *testing.T) {
	valid := `{"id":"sr-x","kind":"SR","scope":"thematic","slug":"checked","title":{"en":"a","fr":"b","es":"c"},"name":{"en":"a","fr":"b","es":"c"}}`
	if _, err := parseCatalogue([]byte(`{"mandates":[` + valid + `]}`)); err != nil {
		t.Fatalf("a valid catalogue: %v", err)
	}
	with := func(old, new string) string {
		return `{"mandates":[` + strings.Replace(valid, old, new, 1) + `]}`
	}
	country := with(`"thematic"`, `"country","country":"KHM"`)
	tests := []struct {
		name, data, want string
	}{
		{"syntax", `{"mandates":[`, "unexpected EOF"},
		{"unknown field", `{"mandates":[],"x":1}`, "unknown field"},
		{"email", with(`"thematic"`, `"thematic","email":"x@un.org"`), "unknown field"},
		{"trailing", `{"mandates":[` + valid + `]} {}`, "data after"},
		{"empty", `{"mandates":[]}`, "no mandates"},
		{"duplicate", `{"mandates":[` + valid + `,` + valid + `]}`, "repeats"},
		{"two on one country", `{"mandates":[` + strings.TrimSuffix(strings.TrimPrefix(country, `{"mandates":[`), `]}`) + `,` + strings.Replace(strings.TrimSuffix(strings.TrimPrefix(country, `{"mandates":[`), `]}`), "sr-x", "sr-y", 1) + `]}`, "second mandate on KHM"},
		{"bad id", with("sr-x", "SR-x"), "not a mandate id"},
		{"prefix", with(`"SR"`, `"WG"`), "prefix"},
		{"kind", with(`"SR"`, `"XX"`), "kind"},
		{"scope", with(`thematic`, `global`), "scope"},
		{"no country", with(`thematic`, `country`), "country mandate"},
		{"alpha-2 country", with(`"thematic"`, `"country","country":"KH"`), "alpha-2"},
		{"thematic country", with(`"thematic"`, `"thematic","country":"KHM"`), "thematic mandate with a country"},
		{"slug", with(`"checked"`, `"seen"`), "slug"},
		{"language", with(`"es":"c"}}`, `"es":""}}`), "lacks a language"},
	}
	for _, tt := range tests {
		_, err := parseCatalogue([]byte(tt.data))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want one containing %q", tt.name, err, tt.want)
		}
	}
	if _, err := parseCatalogue([]byte(country)); err != nil {
		t.Errorf("a valid country mandate: %v", err)
	}
}

func TestJSON(t *testing.T) {
	m, _ := Lookup("sr-cambodia")
	data, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"id":"sr-cambodia","kind":"SR","scope":"country","country":"KHM","slugChecked":true,` +
		`"title":{"en":"Special Rapporteur on the situation of human rights in Cambodia",` +
		`"fr":"Rapporteur spécial sur la situation des droits humains au Cambodge",` +
		`"es":"Relator Especial sobre la situación de los derechos humanos en Camboya"},` +
		`"name":{"en":"SR on Cambodia","fr":"RS sur le Cambodge","es":"RE sobre Camboya"}}`
	if string(data) != want {
		t.Errorf("JSON\n%s\nwant\n%s", data, want)
	}
	var back Mandate
	if err := json.Unmarshal(data, &back); err != nil || back != m {
		t.Errorf("decoding the JSON back: %+v, %v", back, err)
	}
}
