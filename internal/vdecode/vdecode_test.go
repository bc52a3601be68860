package vdecode

import (
	"encoding/json"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openhrd/spcomm/internal/jsondoc"
)

// reference decodes with the strict reference decoder, which reads whole numbers
// such as 30.0 as integers, as JSON Schema does (encoding/json does not).
func reference(data []byte, dst any) error {
	v, err := jsondoc.Parse(data, jsondoc.Options{})
	if err != nil {
		return err
	}
	return jsondoc.Bind(data, v, dst)
}

type color string

func (color) Codes() []string { return []string{"red", "green"} }

type inner struct {
	ID   string `json:"id,omitempty" jsonschema:"required,pattern=^[a-z]+$"`
	Note string `json:"note,omitempty" jsonschema:"maxLength=5"`
}

type doc struct {
	Version string  `json:"version,omitempty" jsonschema:"required,enum=1.0"`
	Name    string  `json:"name,omitempty" jsonschema:"required,minLength=1,maxLength=10"`
	Age     *int    `json:"age,omitempty" jsonschema:"minimum=0,maximum=130"`
	Colors  []color `json:"colors,omitempty"`
	Items   []inner `json:"items,omitempty" jsonschema:"required,minItems=1"`
	Flag    bool    `json:"flag,omitempty"`
	Mail    string  `json:"mail,omitempty" jsonschema:"format=email"`
	Code    upper   `json:"code,omitempty"`
	Opt     *inner  `json:"opt,omitempty"`
}

type upper string

func plan(t *testing.T) *Plan {
	t.Helper()
	p, err := Compile(reflect.TypeFor[doc](), Hooks{
		Types:   map[reflect.Type]func(string) bool{reflect.TypeFor[upper](): func(s string) bool { return strings.ToUpper(s) == s }},
		Formats: map[string]func(string) bool{"email": func(s string) bool { return strings.Count(s, "@") == 1 }},
	})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestVerdicts(t *testing.T) {
	p := plan(t)
	tests := []struct {
		name string
		json string
		ok   bool
	}{
		{"minimal", `{"version":"1.0","name":"a","items":[{"id":"x"}]}`, true},
		{"full", ` {"version":"1.0","name":"Ann \u00e9","age":30.0,"colors":["red","green"],"items":[{"id":"x","note":"ééééé"}],"flag":false,"mail":"a@b","code":"AB","opt":{"id":"y"}} `, true},
		{"missing required", `{"version":"1.0","name":"a"}`, false},
		{"missing nested required", `{"version":"1.0","name":"a","items":[{}]}`, false},
		{"bad const", `{"version":"2.0","name":"a","items":[{"id":"x"}]}`, false},
		{"empty name", `{"version":"1.0","name":"","items":[{"id":"x"}]}`, false},
		{"long name", `{"version":"1.0","name":"abcdefghijk","items":[{"id":"x"}]}`, false},
		{"ten runes", `{"version":"1.0","name":"éééééééééé","items":[{"id":"x"}]}`, true},
		{"age fraction", `{"version":"1.0","name":"a","age":1.5,"items":[{"id":"x"}]}`, false},
		{"age over", `{"version":"1.0","name":"a","age":131,"items":[{"id":"x"}]}`, false},
		{"age 1e400", `{"version":"1.0","name":"a","age":1e400,"items":[{"id":"x"}]}`, false},
		{"age null", `{"version":"1.0","name":"a","age":null,"items":[{"id":"x"}]}`, false},
		{"bad enum", `{"version":"1.0","name":"a","colors":["blue"],"items":[{"id":"x"}]}`, false},
		{"empty items", `{"version":"1.0","name":"a","items":[]}`, false},
		{"bad pattern", `{"version":"1.0","name":"a","items":[{"id":"X"}]}`, false},
		{"bad format", `{"version":"1.0","name":"a","items":[{"id":"x"}],"mail":"nope"}`, false},
		{"bad hook", `{"version":"1.0","name":"a","items":[{"id":"x"}],"code":"ab"}`, false},
		{"unknown field", `{"version":"1.0","name":"a","items":[{"id":"x"}],"extra":1}`, false},
		{"duplicate key", `{"version":"1.0","name":"a","name":"b","items":[{"id":"x"}]}`, false},
		{"wrong type", `{"version":"1.0","name":1,"items":[{"id":"x"}]}`, false},
		{"trailing", `{"version":"1.0","name":"a","items":[{"id":"x"}]} x`, false},
		{"trailing comma", `{"version":"1.0","name":"a","items":[{"id":"x"},]}`, false},
		{"invalid utf8", "{\"version\":\"1.0\",\"name\":\"\xff\",\"items\":[{\"id\":\"x\"}]}", false},
		{"lone surrogate", `{"version":"1.0","name":"\ud800","items":[{"id":"x"}]}`, false},
		{"not an object", `[]`, false},
		{"empty", ``, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d doc
			if got := p.Decode([]byte(tt.json), &d); got != tt.ok {
				t.Fatalf("Decode = %v, want %v", got, tt.ok)
			}
			if got := p.Valid([]byte(tt.json)); got != tt.ok {
				t.Fatalf("Valid = %v, want %v", got, tt.ok)
			}
			if !tt.ok {
				return
			}
			var want doc
			if err := reference([]byte(tt.json), &want); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, d); diff != "" {
				t.Errorf("decoded value differs from the reference (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCompileRejectsUnknownTags(t *testing.T) {
	type bad struct {
		X string `json:"x" jsonschema:"uniqueItems=true"`
	}
	if _, err := Compile(reflect.TypeFor[bad](), Hooks{}); err == nil {
		t.Error("unknown tag accepted")
	}
	type noFormat struct {
		X string `json:"x" jsonschema:"format=uri"`
	}
	if _, err := Compile(reflect.TypeFor[noFormat](), Hooks{}); err == nil {
		t.Error("format without a check accepted")
	}
}

func TestBounds(t *testing.T) {
	p := plan(t)
	many := `{"version":"1.0","name":"a","items":[{"id":"x"}],"colors":[` + strings.Repeat(`"red",`, maxValues) + `"red"]}`
	if p.Valid([]byte(many)) {
		t.Error("a document over the value bound is accepted")
	}
	if p.Decode([]byte(`{}`), new(inner)) {
		t.Error("Decode into the wrong type succeeded")
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"version":"1.0","name":"a","items":[{"id":"x"}]}`))
	f.Add([]byte(`{"version":"1.0","name":"a\u00e9\ud83d\ude00","age":3e1,"items":[{"id":"x","note":"\n"}],"opt":{"id":"q"}}`))
	p, err := Compile(reflect.TypeFor[doc](), Hooks{
		Types:   map[reflect.Type]func(string) bool{reflect.TypeFor[upper](): func(s string) bool { return strings.ToUpper(s) == s }},
		Formats: map[string]func(string) bool{"email": func(s string) bool { return strings.Count(s, "@") == 1 }},
	})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var d doc
		ok := p.Decode(data, &d)
		if v := p.Valid(data); v != ok {
			t.Fatalf("Valid(%q) = %v, Decode says %v", data, v, ok)
		}
		if !ok {
			return
		}
		// Whatever the fast path accepts, the reference decoder and encoding/json's
		// syntax check accept, and the reference decodes the same.
		var want doc
		if err := reference(data, &want); err != nil || !json.Valid(data) {
			t.Fatalf("accepted %q that the reference rejects: %v", data, err)
		}
		if diff := cmp.Diff(want, d); diff != "" {
			t.Fatalf("%q decoded differently (-reference +fast):\n%s", data, diff)
		}
	})
}

// TestClassPattern checks the byte-wise matcher against the regexp it replaces,
// and that patterns outside its form fall back to the regexp.
func TestClassPattern(t *testing.T) {
	hex := strings.Repeat("0123456789abcdef", 4)
	inputs := []string{"", "a", hex, strings.ToUpper(hex), hex[:63], hex + "0", hex[:63] + "g",
		hex[:63] + "é", hex[:62] + "é", "abc", "ABC", "a-c", "ab\n", "zz", "09"}
	for _, tc := range []struct {
		pattern string
		simple  bool
	}{
		{"^[0-9a-fA-F]{64}$", true},
		{"^[a-c]{3}$", true},
		{"^[A-Z]{2}$", true},
		{"^[z0-9]{2}$", true},
		{"^[a-]{3}$", false},
		{"^[a-z]+$", false},
		{"^[a-z]{3}", false},
		{"[a-z]{3}$", false},
		{"^[^a-z]{3}$", false},
		{"^[]{3}$", false},
		{"^[a-z]{03}$", false},
		{"^[z-a]{3}$", false},
	} {
		c := parseClassPattern(tc.pattern)
		if (c != nil) != tc.simple {
			t.Errorf("parseClassPattern(%q) simple = %v, want %v", tc.pattern, c != nil, tc.simple)
			continue
		}
		if c == nil {
			continue
		}
		re := regexp.MustCompile(tc.pattern)
		for _, in := range inputs {
			if got, want := c.match(in), re.MatchString(in); got != want {
				t.Errorf("%q on %q: %v, regexp says %v", tc.pattern, in, got, want)
			}
		}
	}
}

func TestTypesOnly(t *testing.T) {
	p, err := Compile(reflect.TypeFor[doc](), Hooks{
		Types:     map[reflect.Type]func(string) bool{reflect.TypeFor[upper](): func(s string) bool { return strings.ToUpper(s) == s }},
		TypesOnly: true,
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		json string
		ok   bool
	}{
		{`{}`, true}, // required fields are not required
		{`{"name":"abcdefghijklmnop","age":500}`, true},    // nor lengths and bounds
		{`{"version":"9","items":[{"id":"UPPER"}]}`, true}, // nor tag enums and patterns
		{`{"mail":"not an address"}`, true},                // nor formats
		{`{"colors":["blue"]}`, false},                     // a vocabulary's codes still are
		{`{"code":"ab"}`, false},                           // and a type's own check
		{`{"extra":1}`, false},                             // unknown fields are rejected
		{`{"name":1}`, false},                              // and wrong JSON types
		{`{"name":"a","name":"b"}`, false},                 // and duplicate keys
	} {
		var d doc
		if got := p.Decode([]byte(tc.json), &d); got != tc.ok {
			t.Errorf("%s: Decode = %v, want %v", tc.json, got, tc.ok)
		}
	}
}

type selfChecked string

func (s *selfChecked) UnmarshalText(b []byte) error { *s = selfChecked(b); return nil }

func TestCompileRequiresACheckForTextUnmarshalers(t *testing.T) {
	type withSelf struct {
		S selfChecked `json:"s"`
	}
	if _, err := Compile(reflect.TypeFor[withSelf](), Hooks{}); err == nil || !strings.Contains(err.Error(), "UnmarshalText") {
		t.Errorf("Compile = %v, want an error naming UnmarshalText", err)
	}
	if _, err := Compile(reflect.TypeFor[withSelf](), Hooks{Types: map[reflect.Type]func(string) bool{
		reflect.TypeFor[selfChecked](): func(string) bool { return true },
	}}); err != nil {
		t.Errorf("with a check: %v", err)
	}
}

func TestLongArraysGoToTheReference(t *testing.T) {
	p := plan(t)
	for _, n := range []int{maxElems, maxElems + 1} {
		colors := strings.TrimSuffix(strings.Repeat(`"red",`, n), ",")
		data := []byte(`{"version":"1.0","name":"a","items":[{"id":"x"}],"colors":[` + colors + `]}`)
		var d doc
		if got, want := p.Decode(data, &d), n <= maxElems; got != want || p.Valid(data) != want {
			t.Errorf("%d elements: Decode = %v, want %v", n, got, want)
		}
	}
}

// TestDepth checks the plan's nesting depth against the reference reader: a
// document nested as deep as Depth says is read with MaxDepth = Depth, and not
// with one less.
func TestDepth(t *testing.T) {
	p := plan(t)
	if p.Depth() != 3 { // doc, its items array, an item
		t.Fatalf("Depth = %d, want 3", p.Depth())
	}
	deepest := []byte(`{"version":"1.0","name":"a","items":[{"id":"x"}]}`)
	if !p.Valid(deepest) {
		t.Fatal("not valid")
	}
	if _, err := jsondoc.Parse(deepest, jsondoc.Options{MaxDepth: p.Depth()}); err != nil {
		t.Errorf("MaxDepth %d: %v", p.Depth(), err)
	}
	if _, err := jsondoc.Parse(deepest, jsondoc.Options{MaxDepth: p.Depth() - 1}); err == nil {
		t.Errorf("MaxDepth %d reads a document %d deep", p.Depth()-1, p.Depth())
	}
}
