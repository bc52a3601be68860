package schema

import (
	"encoding/json"
	"errors"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
	"github.com/openhrd/spcomm/communication"
	"github.com/openhrd/spcomm/hrd"
)

// minimal is the smallest document the schema accepts.
const minimal = `{
  "schema_version": "1.0",
  "language": "en",
  "country": "KHM",
  "submitter": {"kind": "individual", "name": "A. Submitter", "relationship": "family"},
  "victims": [{"id": "v1", "kind": "individual", "name": "A. Victim"}],
  "violations": [{"id": "x1", "type": "arbitrary_arrest", "victims": ["v1"], "status": "occurred", "description": "Arrested."}]
}`

// mutate decodes minimal, applies f, and encodes the result.
func mutate(t testing.TB, f func(d map[string]any)) []byte {
	t.Helper()
	var d map[string]any
	if err := json.Unmarshal([]byte(minimal), &d); err != nil {
		t.Fatal(err)
	}
	f(d)
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func obj(d map[string]any, path ...any) map[string]any {
	var v any = d
	for _, p := range path {
		switch p := p.(type) {
		case string:
			v = v.(map[string]any)[p]
		case int:
			v = v.([]any)[p]
		}
	}
	return v.(map[string]any)
}

type pc struct{ Pointer, Code string }

func pointersAndCodes(r *Result) []pc {
	var out []pc
	for _, p := range r.Problems {
		out = append(out, pc{p.Pointer, p.Code})
	}
	return out
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		doc  []byte
		want []pc
	}{
		{"minimal", []byte(minimal), nil},
		{"markup is data", mutate(t, func(d map[string]any) {
			obj(d, "violations", 0)["description"] = `<script>alert(1)</script> **bold** {{x}}`
		}), nil},
		{"300 characters of two bytes each", mutate(t, func(d map[string]any) {
			obj(d, "victims", 0)["name"] = strings.Repeat("é", 300)
		}), nil},
		{"whole number written as a float", mutate(t, func(d map[string]any) { obj(d, "victims", 0)["age"] = json.Number("30.0") }), nil},
		{"leap day", mutate(t, func(d map[string]any) { obj(d, "violations", 0)["date"] = "2000-02-29" }), nil},
		{"not a leap day", mutate(t, func(d map[string]any) { obj(d, "violations", 0)["date"] = "1900-02-29" }),
			[]pc{{"/violations/0/date", "pattern"}}},
		{"every missing field has its own pointer", mutate(t, func(d map[string]any) {
			v := obj(d, "victims", 0)
			delete(v, "id")
			delete(v, "name")
			delete(d, "country")
		}), []pc{{"/country", "required"}, {"/victims/0/id", "required"}, {"/victims/0/name", "required"}}},
		{"every unknown field has its own pointer, escaped", mutate(t, func(d map[string]any) {
			d["a/b"] = 1
			d["c~d"] = 2
		}), []pc{{"/a~1b", "additional_property"}, {"/c~0d", "additional_property"}}},
		{"indices sort numerically", mutate(t, func(d map[string]any) {
			var vs []any
			for i := range 12 {
				vs = append(vs, map[string]any{"id": "v" + string(rune('a'+i)), "kind": "individual", "name": "N"})
			}
			obj(vs[2].(map[string]any))["kind"] = "person"
			obj(vs[10].(map[string]any))["kind"] = "person"
			d["victims"] = vs
		}), []pc{{"/victims/2/kind", "enum"}, {"/victims/10/kind", "enum"}}},
		{"all problems, not the first", mutate(t, func(d map[string]any) {
			d["language"] = "de"
			d["country"] = "KH"
			obj(d, "submitter")["email"] = "x"
			obj(d, "violations", 0)["victims"] = []any{}
		}), []pc{{"/country", "enum"}, {"/language", "enum"}, {"/submitter/email", "format"}, {"/violations/0/victims", "min_items"}}},
		{"empty document", []byte(""), []pc{{"", "syntax"}}},
		{"trailing data", []byte(minimal + "{}"), []pc{{"", "syntax"}}},
		{"invalid UTF-8", []byte(strings.Replace(minimal, "A. Victim", "A. \xff", 1)), []pc{{"/victims/0/name", "syntax"}}},
		{"not an object", []byte(`"hello"`), []pc{{"", "type"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Validate(tt.doc, Options{})
			if diff := cmp.Diff(tt.want, pointersAndCodes(res)); diff != "" {
				t.Errorf("(-want +got):\n%s\n%v", diff, res.Problems)
			}
			if res.Valid() != (len(tt.want) == 0) {
				t.Errorf("Valid() = %v", res.Valid())
			}
		})
	}
}

func TestLineAndColumn(t *testing.T) {
	doc := "{\n  \"schema_version\": \"1.0\",\n  \"title\": \"ééé\", \"language\": \"xx\"\n}"
	res := Validate([]byte(doc), Options{})
	var got []string
	for _, p := range res.Problems {
		got = append(got, p.Pointer+" "+p.Code+" "+strconv.Itoa(p.Line)+":"+strconv.Itoa(p.Column))
	}
	want := []string{"/country required 1:1", "/language enum 3:19", "/submitter required 1:1", "/victims required 1:1", "/violations required 1:1"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	res = Validate([]byte("{\n  \"a\": [1,\n  2,]}"), Options{})
	if p := res.Problems[0]; p.Code != CodeSyntax || p.Line != 3 || p.Column != 5 {
		t.Errorf("syntax problem at %d:%d (%s), want 3:5", p.Line, p.Column, p.Code)
	}
}

func TestElementOf(t *testing.T) {
	for ptr, want := range map[string]int{
		"":                                0,
		"/schema_version":                 0,
		"/language":                       0,
		"/urgency/reason":                 0,
		"/mandates/0":                     0,
		"/requests/1":                     0,
		"/sources/0/kind":                 0,
		"/attachments/0/sha256":           0,
		"/submitter/email":                1,
		"/victims":                        1,
		"/victims/0/name":                 1,
		"/victims/0/consent/given":        1,
		"/victims/0/activities/2":         3,
		"/victims/0/activity_description": 3,
		"/perpetrators/0/type":            2,
		"/perpetrators_unknown":           2,
		"/violations":                     3,
		"/violations/0":                   3,
		"/violations/0/type":              3,
		"/violations/0/victims/0":         3,
		"/violations/0/rights/0":          3,
		"/violations/0/status":            3,
		"/violations/0/perpetrators/0":    2,
		"/violations/0/date":              4,
		"/violations/0/end_date":          4,
		"/violations/0/place/country":     4,
		"/violations/0/description":       4,
		"/violations/0/legal_basis":       4,
		"/country":                        4,
		"/context":                        4,
		"/actions/0/description":          5,
		"/no_action_reason":               5,
		"/unknown":                        0,
	} {
		if got := elementOf(ptr); got != want {
			t.Errorf("elementOf(%q) = %d, want %d", ptr, got, want)
		}
	}
}

// TestMessagesNeverEchoText puts a marker into every kind of bad value and checks
// that no message, in any language, repeats it.
func TestMessagesNeverEchoText(t *testing.T) {
	const marker = "QZXMARKER"
	long := strings.Repeat(marker, 300)
	docs := map[string][]byte{
		"email":     mutate(t, func(d map[string]any) { obj(d, "submitter")["email"] = marker }),
		"uri":       mutate(t, func(d map[string]any) { d["attachments"] = []any{map[string]any{"title": "t", "uri": marker}} }),
		"sha256":    mutate(t, func(d map[string]any) { d["attachments"] = []any{map[string]any{"title": "t", "sha256": marker}} }),
		"date":      mutate(t, func(d map[string]any) { obj(d, "violations", 0)["date"] = marker }),
		"id":        mutate(t, func(d map[string]any) { obj(d, "victims", 0)["id"] = marker + " " }),
		"mandate":   mutate(t, func(d map[string]any) { d["mandates"] = []any{marker} }),
		"enum":      mutate(t, func(d map[string]any) { obj(d, "victims", 0)["kind"] = marker }),
		"country":   mutate(t, func(d map[string]any) { d["country"] = marker }),
		"const":     mutate(t, func(d map[string]any) { d["schema_version"] = marker }),
		"long":      mutate(t, func(d map[string]any) { d["title"] = long }),
		"unknown":   mutate(t, func(d map[string]any) { d[marker] = marker }),
		"type":      mutate(t, func(d map[string]any) { d["victims"] = marker }),
		"syntax":    []byte(`{"title": "` + marker + `" ` + marker + `}`),
		"duplicate": []byte(`{"` + marker + `": 1, "` + marker + `": 2}`),
	}
	for name, doc := range docs {
		for _, lang := range []hrd.Language{hrd.English, hrd.French, hrd.Spanish} {
			res := Validate(doc, Options{Lang: lang})
			if res.Valid() {
				t.Errorf("%s: valid", name)
			}
			for _, p := range res.Problems {
				if strings.Contains(strings.ToUpper(p.Message), marker) {
					t.Errorf("%s (%s): message repeats the document's text: %s", name, lang, p.Message)
				}
			}
		}
	}
}

func TestMessages(t *testing.T) {
	if m := msgs.Missing(); len(m) > 0 {
		t.Errorf("catalog keys missing: %v", m)
	}
	doc := mutate(t, func(d map[string]any) { obj(d, "victims", 0)["gender"] = "female" })
	for lang, want := range map[hrd.Language]string{
		hrd.English: "not an allowed value; use one of: woman, man, non_binary, other, undisclosed",
		hrd.French:  "valeur non admise ; valeurs possibles : woman, man, non_binary, other, undisclosed",
		hrd.Spanish: "valor no admitido; use uno de estos: woman, man, non_binary, other, undisclosed",
		"de":        "not an allowed value; use one of: woman, man, non_binary, other, undisclosed",
	} {
		if got := Validate(doc, Options{Lang: lang}).Problems[0].Message; got != want {
			t.Errorf("%s: %q, want %q", lang, got, want)
		}
	}
	// Every message of every fixture, in every language, comes from the catalog:
	// an unknown key would print as itself, with no space in it.
	for _, f := range fixtureFiles(t, "invalid") {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, lang := range []hrd.Language{hrd.English, hrd.French, hrd.Spanish} {
			for _, p := range Validate(data, Options{Lang: lang}).Problems {
				if !strings.Contains(p.Message, " ") || strings.Contains(p.Message, "%!") {
					t.Errorf("%s (%s): message %q", f, lang, p.Message)
				}
			}
		}
	}
}

func TestValidationError(t *testing.T) {
	if err := Validate([]byte(minimal), Options{}).Err(); err != nil {
		t.Fatalf("Err() = %v for a valid document", err)
	}
	err := Validate(mutate(t, func(d map[string]any) { d["language"] = "de"; d["country"] = "KH" }), Options{}).Err()
	ve, ok := errors.AsType[*ValidationError](err)
	if !ok || len(ve.Problems) != 2 {
		t.Fatalf("Err() = %#v, want a *ValidationError with 2 problems", err)
	}
	if !errors.Is(err, ErrInvalid) || errors.Is(err, ErrMalformed) {
		t.Errorf("errors.Is: ErrInvalid %v, ErrMalformed %v; want true, false", errors.Is(err, ErrInvalid), errors.Is(err, ErrMalformed))
	}
	if got := err.Error(); !strings.HasPrefix(got, "schema: /country: ") || !strings.HasSuffix(got, "(and 1 more)") {
		t.Errorf("Error() = %q", got)
	}
	err = Validate([]byte("{\n,"), Options{}).Err()
	if !errors.Is(err, ErrInvalid) || !errors.Is(err, ErrMalformed) {
		t.Errorf("syntax error: errors.Is ErrInvalid %v, ErrMalformed %v; want both", errors.Is(err, ErrInvalid), errors.Is(err, ErrMalformed))
	}
	if got := err.Error(); !strings.HasPrefix(got, "schema: 2:1: malformed JSON") {
		t.Errorf("Error() = %q", got)
	}
}

func TestLimits(t *testing.T) {
	res := Validate([]byte(minimal), Options{MaxSize: 10})
	if diff := cmp.Diff([]pc{{"", CodeSize}}, pointersAndCodes(res)); diff != "" {
		t.Errorf("MaxSize: %s", diff)
	}
	if !errors.Is(res.Err(), ErrMalformed) {
		t.Error("a document too large is not ErrMalformed")
	}
	res = Validate([]byte(`{"victims": [[[[1]]]]}`), Options{MaxDepth: 3})
	if diff := cmp.Diff([]pc{{"/victims/0/0", CodeDepth}}, pointersAndCodes(res)); diff != "" {
		t.Errorf("MaxDepth: %s", diff)
	}
}

func TestValidateReader(t *testing.T) {
	res, err := ValidateReader(strings.NewReader(minimal), Options{})
	if err != nil || !res.Valid() {
		t.Errorf("ValidateReader = %v, %v", res, err)
	}
	res, err = ValidateReader(strings.NewReader(minimal+strings.Repeat(" ", 100)), Options{MaxSize: 200})
	if err != nil || len(res.Problems) != 1 || res.Problems[0].Code != CodeSize {
		t.Errorf("over the limit: %v, %v", res, err)
	}
	boom := errors.New("boom")
	if _, err := ValidateReader(iotest.ErrReader(boom), Options{}); !errors.Is(err, boom) {
		t.Errorf("read error: %v", err)
	}
}

func TestValidateValue(t *testing.T) {
	s, err := communication.Decode(strings.NewReader(minimal))
	if err != nil {
		t.Fatal(err)
	}
	res, err := ValidateValue(s, Options{})
	if err != nil || !res.Valid() {
		t.Errorf("ValidateValue(decoded submission) = %v, %v", res, err)
	}
	s.Victims[0].ID = "v 1"
	s.Country = "KH"
	res, err = ValidateValue(s, Options{Lang: hrd.French})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]pc{{"/country", "enum"}, {"/victims/0/id", "pattern"}}, pointersAndCodes(res)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	for _, p := range res.Problems {
		if p.Line != 0 || p.Column != 0 {
			t.Errorf("%s: line and column %d:%d, want none", p.Pointer, p.Line, p.Column)
		}
	}
	var m any
	if err := json.Unmarshal([]byte(minimal), &m); err != nil {
		t.Fatal(err)
	}
	if res, err := ValidateValue(m, Options{}); err != nil || !res.Valid() {
		t.Errorf("ValidateValue(map) = %v, %v", res, err)
	}
	if _, err := ValidateValue(make(chan int), Options{}); err == nil {
		t.Error("ValidateValue(chan) did not fail")
	}
}

// TestConcurrent validates from many goroutines at once (run with -race), starting
// before the schema is compiled.
func TestConcurrent(t *testing.T) {
	docs := [][]byte{[]byte(minimal), mutate(t, func(d map[string]any) { d["country"] = "KH" }), []byte("{")}
	want := make([]int, len(docs))
	for i, d := range docs {
		want[i] = len(Validate(d, Options{}).Problems)
	}
	var wg sync.WaitGroup
	for g := range 16 {
		wg.Go(func() {
			for i := range 20 {
				k := (g + i) % len(docs)
				if got := len(Validate(docs[k], Options{Lang: hrd.French}).Problems); got != want[k] {
					t.Errorf("document %d: %d problems, want %d", k, got, want[k])
				}
			}
		})
	}
	wg.Wait()
}

func TestCodeOf(t *testing.T) {
	for kw, want := range map[string]string{"minLength": "min_length", "maxItems": "max_items", "additionalProperties": "additional_property", "enum": "enum", "uniqueItems": "unique_items"} {
		if got := codeOf(kw); got != want {
			t.Errorf("codeOf(%q) = %q, want %q", kw, got, want)
		}
	}
}
