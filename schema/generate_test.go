package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"testing"

	"github.com/openhrd/spcomm/communication/mandate"
	"github.com/openhrd/spcomm/hrd"
	"github.com/openhrd/spcomm/schema/internal/gen"
)

// TestSchemaUpToDate regenerates the schema from the Go types in memory and fails
// when the committed, embedded file differs: run `go generate ./schema`.
func TestSchemaUpToDate(t *testing.T) {
	got, err := gen.Generate("..")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, schemaJSON) {
		a, b := bytes.Split(schemaJSON, []byte("\n")), bytes.Split(got, []byte("\n"))
		for i := range min(len(a), len(b)) {
			if !bytes.Equal(a[i], b[i]) {
				t.Fatalf("%s is stale; run `go generate ./schema`. First difference at line %d:\ncommitted: %s\ngenerated: %s", FileName, i+1, a[i], b[i])
			}
		}
		t.Fatalf("%s is stale; run `go generate ./schema` (%d lines committed, %d generated)", FileName, len(a), len(b))
	}
}

// schemaDoc decodes the embedded schema.
func schemaDoc(t *testing.T) map[string]any {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal(schemaJSON, &doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestSchemaHeader(t *testing.T) {
	doc := schemaDoc(t)
	if doc["$id"] != ID || gen.ID != ID {
		t.Errorf("$id = %v, gen.ID = %s, want %s", doc["$id"], gen.ID, ID)
	}
	if doc["$schema"] != "https://json-schema.org/draft/2020-12/schema" {
		t.Errorf("$schema = %v", doc["$schema"])
	}
	if _, err := compile(); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(JSON(), schemaJSON) {
		t.Error("JSON() differs from the embedded file")
	}
	JSON()[0] = 'x'
	if schemaJSON[0] != '{' {
		t.Error("JSON() returned the embedded bytes, not a copy")
	}
}

// TestEveryObjectClosed checks that every object schema forbids unknown members and
// requires only properties it defines.
func TestEveryObjectClosed(t *testing.T) {
	doc := schemaDoc(t)
	objects := map[string]any{"(root)": doc}
	maps.Copy(objects, doc["$defs"].(map[string]any))
	for name, o := range objects {
		o := o.(map[string]any)
		if o["type"] != "object" {
			continue
		}
		if o["additionalProperties"] != false {
			t.Errorf("%s: additionalProperties = %v, want false", name, o["additionalProperties"])
		}
		props := o["properties"].(map[string]any)
		req, _ := o["required"].([]any)
		for _, r := range req {
			if _, ok := props[r.(string)]; !ok {
				t.Errorf("%s requires %s, which it does not define", name, r)
			}
		}
	}
}

// TestRequired pins which fields the schema requires: exactly the spec's "yes".
func TestRequired(t *testing.T) {
	doc := schemaDoc(t)
	defs := doc["$defs"].(map[string]any)
	want := map[string][]string{
		"(root)":      {"schema_version", "language", "country", "submitter", "victims", "violations"},
		"Urgency":     {"urgent"},
		"Submitter":   {"kind", "name", "relationship"},
		"Victim":      {"id", "kind", "name"},
		"Consent":     {"given"},
		"Perpetrator": {"id", "type"},
		"Violation":   {"id", "type", "victims", "status", "description"},
		"Place":       nil,
		"Action":      {"by", "type", "description"},
		"Source":      {"kind"},
		"Attachment":  {"title"},
	}
	for name, fields := range want {
		var o map[string]any
		if name == "(root)" {
			o = doc
		} else {
			o = defs[name].(map[string]any)
		}
		got := schemaStrings(o["required"])
		if !slices.Equal(got, fields) && !(len(got) == 0 && len(fields) == 0) {
			t.Errorf("%s requires %v, want %v", name, got, fields)
		}
	}
}

// TestVocabularyEnums checks a few $defs against the Go vocabularies and the
// country list; the drift test covers the rest.
func TestVocabularyEnums(t *testing.T) {
	defs := schemaDoc(t)["$defs"].(map[string]any)
	enum := func(name string) []string { return schemaStrings(defs[name].(map[string]any)["enum"]) }
	if got, want := enum("ViolationType"), hrd.ViolationType("").Codes(); !slices.Equal(got, want) {
		t.Errorf("ViolationType enum = %v, want %v", got, want)
	}
	if got, want := enum("Relationship"), hrd.Relationship("").Codes(); !slices.Equal(got, want) {
		t.Errorf("Relationship enum = %v, want %v", got, want)
	}
	countries := enum("Country")
	if len(countries) != len(hrd.Countries()) || !slices.Contains(countries, "KHM") || slices.Contains(countries, "KH") || slices.Contains(countries, "YUG") {
		t.Errorf("Country enum has %d codes (want %d, with KHM, without KH and YUG)", len(countries), len(hrd.Countries()))
	}
	if _, ok := defs["MandateID"]; !ok {
		t.Error("no MandateID in $defs: mandate.ID and hrd.ID collide")
	}
}

func patternOf(t *testing.T, def string) *regexp.Regexp {
	t.Helper()
	defs := schemaDoc(t)["$defs"].(map[string]any)
	p, ok := defs[def].(map[string]any)["pattern"].(string)
	if !ok {
		t.Fatalf("$defs/%s has no pattern", def)
	}
	return regexp.MustCompile(p)
}

// TestDatePatternIsTheCalendar checks that the schema's date pattern accepts
// exactly what hrd.ParseDate accepts, so that every validator of the schema judges
// partial dates as the Go decoder does (2025-02-29 included).
func TestDatePatternIsTheCalendar(t *testing.T) {
	re := patternOf(t, "PartialDate")
	var years []int
	for y := 0; y <= 9999; y++ {
		if y < 12 || (y >= 1896 && y <= 2104) || y%100 == 0 || y > 9990 {
			years = append(years, y)
		}
	}
	check := func(s string) {
		_, err := hrd.ParseDate(s)
		if re.MatchString(s) != (err == nil) {
			t.Errorf("%q: pattern says %v, hrd.ParseDate says %v", s, re.MatchString(s), err)
		}
	}
	for _, y := range years {
		check(fmt.Sprintf("%04d", y))
		for m := 0; m <= 13; m++ {
			check(fmt.Sprintf("%04d-%02d", y, m))
			for d := 0; d <= 32; d++ {
				check(fmt.Sprintf("%04d-%02d-%02d", y, m, d))
			}
		}
	}
	for _, s := range []string{"", "24", "2024-1", "2024-01-1", "2024/01/01", " 2024", "2024-01-01T00:00:00Z", "２０２４", "12024"} {
		check(s)
	}
}

func TestIDPatterns(t *testing.T) {
	id := patternOf(t, "ID")
	for _, s := range []string{"v1", "V_1-a", "", "a b", "é", "v#1", "x\n", string(make([]byte, 65)), "p123456789012345678901234567890123456789012345678901234567890123", "p1234567890123456789012345678901234567890123456789012345678901234"} {
		if id.MatchString(s) != hrd.ID(s).Valid() {
			t.Errorf("ID %q: pattern says %v, hrd.ID.Valid says %v", s, id.MatchString(s), hrd.ID(s).Valid())
		}
	}
	mandatePattern := patternOf(t, "MandateID")
	for _, s := range []string{"sr-human-rights-defenders", "wg-arbitrary-detention", "ie-sogi", "SR-x", "sr_x", "xx-y", "sr-", "sr-a b"} {
		if mandatePattern.MatchString(s) != mandate.ID(s).Valid() {
			t.Errorf("MandateID %q: pattern says %v, mandate.ID.Valid says %v", s, mandatePattern.MatchString(s), mandate.ID(s).Valid())
		}
	}
	for _, m := range mandate.All() {
		if !mandatePattern.MatchString(string(m.ID)) {
			t.Errorf("catalogue mandate %s does not match the schema's pattern", m.ID)
		}
	}
}
