package jsondoc

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		code      string
		pointer   string
		line, col int
	}{
		{"empty", "", CodeSyntax, "", 1, 1},
		{"spaces only", "  \n ", CodeSyntax, "", 2, 2},
		{"bom", "\xEF\xBB\xBF{}", CodeSyntax, "", 1, 1},
		{"trailing comma", `{"a": 1,}`, CodeSyntax, "", 1, 9},
		{"missing colon", "{\n  \"a\" 1}", CodeSyntax, "/a", 2, 7},
		{"unterminated string", `{"a": "x`, CodeSyntax, "/a", 1, 9},
		{"control char", "{\"a\": \"x\ty\"}", CodeSyntax, "/a", 1, 9},
		{"bad escape", `{"a": "\q"}`, CodeSyntax, "/a", 1, 8},
		{"lone surrogate", `{"a": "\ud800"}`, CodeSyntax, "/a", 1, 8},
		{"reversed surrogates", `{"a": "\udc00\ud800"}`, CodeSyntax, "/a", 1, 8},
		{"invalid utf8", "{\"a\": \"\xff\"}", CodeSyntax, "/a", 1, 8},
		{"trailing data", `{} {}`, CodeSyntax, "", 1, 4},
		{"leading zero", `{"a": 01}`, CodeSyntax, "", 1, 8},
		{"bare minus", `{"a": -}`, CodeSyntax, "/a", 1, 8},
		{"dot without digit", `{"a": 1.}`, CodeSyntax, "/a", 1, 9},
		{"NaN", `{"a": NaN}`, CodeSyntax, "/a", 1, 7},
		{"single quotes", `{'a': 1}`, CodeSyntax, "", 1, 2},
		{"truth", `[tru]`, CodeSyntax, "/0", 1, 2},
		{"duplicate key", `{"a": 1, "b": {"c": 1, "c": 2}}`, CodeDuplicateKey, "/b/c", 1, 24},
		{"duplicate key escaped", `{"a": 1, "\u0061": 2}`, CodeDuplicateKey, "/a", 1, 10},
		{"duplicate in array", `{"v": [{}, {"id": 1, "id": 1}]}`, CodeDuplicateKey, "/v/1/id", 1, 22},
		{"pointer escaping", `{"a/b": {"~": [1,]}}`, CodeSyntax, "/a~1b/~0/1", 1, 18},
		{"too deep", strings.Repeat("[", 65) + strings.Repeat("]", 65), CodeDepth, "/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0", 1, 65},
		{"too many values", "[" + strings.Repeat("{},", 200_000) + "{}]", CodeSize, "/199999", 1, 599_999},
		{"column counts characters", `{"é": x}`, CodeSyntax, "/é", 1, 7},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.in), Options{})
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("Parse(%s) = %v, want *Error", tt.name, err)
			}
			got := []any{e.Code, e.Pointer, e.Line, e.Column}
			want := []any{tt.code, tt.pointer, tt.line, tt.col}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Parse(%s): %v (-want +got):\n%s", tt.name, e, diff)
			}
			if tt.code != CodeSyntax || tt.name == "empty" {
				return
			}
			// encoding/json agrees the syntax is bad (it does not check duplicates,
			// UTF-8 or surrogates, and allows a BOM-less empty input to fail too).
			switch tt.name {
			case "lone surrogate", "reversed surrogates", "invalid utf8":
				return
			}
			if json.Valid([]byte(tt.in)) {
				t.Errorf("encoding/json finds %s valid", tt.name)
			}
		})
	}
}

func TestParseValues(t *testing.T) {
	in := ` {"s": "a\"b\\c\/\n\u00e9\ud83d\ude00", "n": -1.5e+3, "t": true, "f": false, "z": null, "a": [1, {}], "nul": "\u0000"} `
	v, err := Parse([]byte(in), Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := ToAny(v)
	var want any
	dec := json.NewDecoder(strings.NewReader(in))
	dec.UseNumber()
	if err := dec.Decode(&want); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ToAny differs from encoding/json (-want +got):\n%s", diff)
	}
	if v.Members[0].Key != "s" || v.Members[5].Key != "a" {
		t.Errorf("members out of order: %+v", v.Members)
	}
}

type inner struct {
	Name string `json:"name"`
	Age  *int   `json:"age,omitempty"`
}

type doc struct {
	Items []inner  `json:"items"`
	Flag  bool     `json:"flag,omitempty"`
	Score float64  `json:"score,omitempty"`
	Code  upper    `json:"code,omitempty"`
	Tags  []string `json:"tags,omitempty"`
	Skip  string   `json:"-"`
}

// upper accepts only upper-case text.
type upper string

func (u *upper) UnmarshalText(b []byte) error {
	if strings.ToUpper(string(b)) != string(b) {
		return errors.New("not upper case")
	}
	*u = upper(b)
	return nil
}

func TestBind(t *testing.T) {
	in := `{"items": [{"name": "a", "age": 30.0}, {"name": "b", "age": null}], "flag": true, "score": 2.5, "code": "X", "tags": []}`
	v, err := Parse([]byte(in), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var d doc
	if err := Bind([]byte(in), v, &d); err != nil {
		t.Fatal(err)
	}
	thirty := 30
	want := doc{Items: []inner{{"a", &thirty}, {"b", nil}}, Flag: true, Score: 2.5, Code: "X", Tags: []string{}}
	if diff := cmp.Diff(want, d); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestBindErrors(t *testing.T) {
	tests := []struct {
		in, code, pointer, msg string
	}{
		{`{"items": [{"name": "a", "nmae": "b"}]}`, CodeAdditionalProperty, "/items/0/nmae", "allowed: name, age"},
		{`{"Skip": "x"}`, CodeAdditionalProperty, "/Skip", "unknown field"},
		{`{"items": {}}`, CodeType, "/items", "expected an array, found an object"},
		{`{"items": [{"name": 5}]}`, CodeType, "/items/0/name", "expected a string, found a number"},
		{`{"items": [{"age": 1.5}]}`, CodeType, "/items/0/age", "fraction"},
		{`{"items": [{"age": 1e400}]}`, CodeType, "/items/0/age", "out of range"},
		{`{"items": [{"age": 1e-400}]}`, CodeType, "/items/0/age", "fraction"},
		{`{"items": [{"age": "3"}]}`, CodeType, "/items/0/age", "expected an integer"},
		{`{"flag": "true"}`, CodeType, "/flag", "expected a boolean"},
		{`{"score": 1e400}`, CodeRange, "/score", "out of range"},
		{`{"code": "x"}`, CodeValue, "/code", "not upper case"},
		{`{"code": 1}`, CodeType, "/code", "expected a string"},
		{`[]`, CodeType, "", "expected an object, found an array"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			v, err := Parse([]byte(tt.in), Options{})
			if err != nil {
				t.Fatal(err)
			}
			var d doc
			err = Bind([]byte(tt.in), v, &d)
			e, ok := errors.AsType[*Error](err)
			if !ok {
				t.Fatalf("Bind = %v, want *Error", err)
			}
			if e.Code != tt.code || e.Pointer != tt.pointer || !strings.Contains(e.Msg, tt.msg) {
				t.Errorf("got %s %s %q, want %s %s containing %q", e.Code, e.Pointer, e.Msg, tt.code, tt.pointer, tt.msg)
			}
		})
	}
	if err := Bind(nil, &Value{}, doc{}); err == nil {
		t.Error("Bind accepted a non-pointer")
	}
}

func TestExactInteger(t *testing.T) {
	tests := []struct {
		lit  string
		want int
		ok   bool
	}{
		{"30.0", 30, true}, {"3e1", 30, true}, {"3.0e1", 30, true}, {"300e-1", 30, true}, {"-0.0", 0, true},
		{"0e-400", 0, true}, {"1e-400", 0, false}, {"1.5", 0, false}, {"15e-1", 0, false}, {"1e400", 0, false},
		{"-2.0E+2", -200, true}, {"9007199254740992.0", 1 << 53, true}, {"9007199254740993.0", 0, false},
		{"1e99999999999999999999", 0, false},
	}
	for _, tt := range tests {
		got, ok := ExactInteger(tt.lit)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ExactInteger(%s) = %d, %v; want %d, %v", tt.lit, got, ok, tt.want, tt.ok)
		}
	}
}

func TestPointer(t *testing.T) {
	if got := Pointer("a/b", "~c", "0"); got != "/a~1b/~0c/0" {
		t.Errorf("Pointer = %q", got)
	}
	if got := Pointer(); got != "" {
		t.Errorf("Pointer() = %q", got)
	}
}

func TestJSONType(t *testing.T) {
	for typ, want := range map[reflect.Type]string{
		reflect.TypeFor[upper](): "string", reflect.TypeFor[*int](): "integer", reflect.TypeFor[doc](): "object",
		reflect.TypeFor[[]int](): "array", reflect.TypeFor[bool](): "boolean", reflect.TypeFor[float64](): "number",
	} {
		if got := JSONType(typ); got != want {
			t.Errorf("JSONType(%s) = %q, want %q", typ, got, want)
		}
	}
}

// FuzzParse checks that Parse never panics, agrees with encoding/json on what is
// syntactically valid (where encoding/json is not lax), and that ToAny of what it
// accepts is what encoding/json decodes.
func FuzzParse(f *testing.F) {
	for _, s := range []string{`{}`, `{"a":[1,2,{"b":null}]}`, `"\ud83d\ude00"`, `{"a":1,"a":2}`, `[1e400]`, "\xEF\xBB\xBF{}", `{"a":"\u0000"}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		v, err := Parse(data, Options{MaxDepth: 20})
		if err != nil {
			e, ok := errors.AsType[*Error](err)
			if !ok {
				t.Fatalf("error %v is not an *Error", err)
			}
			if e.Code == CodeSyntax && json.Valid(data) && utf8.Valid(data) && !strings.Contains(string(data), `\u`) && !strings.HasPrefix(string(data), "\xEF\xBB\xBF") {
				t.Fatalf("rejected %q that encoding/json accepts: %v", data, err)
			}
			return
		}
		if !json.Valid(data) {
			t.Fatalf("accepted %q that encoding/json rejects", data)
		}
		var want any
		dec := json.NewDecoder(strings.NewReader(string(data)))
		dec.UseNumber()
		if err := dec.Decode(&want); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, ToAny(v)); diff != "" {
			t.Fatalf("ToAny(%q) differs from encoding/json:\n%s", data, diff)
		}
	})
}
