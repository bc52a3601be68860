package hrd_test

import (
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openhrd/spcomm/hrd"
	"github.com/openhrd/spcomm/internal/vocabgen"
)

// vocabulary is what every generated vocabulary type offers.
type vocabulary interface {
	Codes() []string
	Vocabulary() string
}

// labelled checks Label for every code of one vocabulary type.
func labels[T interface {
	~string
	Values() []T
	Label(hrd.Language) string
}](t *testing.T) {
	t.Helper()
	var zero T
	vals := zero.Values()
	if len(vals) == 0 {
		t.Fatalf("%T has no codes", zero)
	}
	for _, v := range vals {
		for _, lang := range hrd.Language("").Values() {
			if v.Label(lang) == "" {
				t.Errorf("%T %q: no %s label", zero, v, lang)
			}
		}
		if v.Label(hrd.English) == string(v) && strings.Contains(string(v), "_") {
			t.Errorf("%T %q: the English label is the code", zero, v)
		}
	}
}

func TestEveryCodeHasLabelsInEveryLanguage(t *testing.T) {
	labels[hrd.Language](t)
	labels[hrd.DefenderCategory](t)
	labels[hrd.Activity](t)
	labels[hrd.ViolationGroup](t)
	labels[hrd.ViolationType](t)
	labels[hrd.PerpetratorClass](t)
	labels[hrd.PerpetratorType](t)
	labels[hrd.Right](t)
	labels[hrd.VictimKind](t)
	labels[hrd.SubmitterKind](t)
	labels[hrd.Relationship](t)
	labels[hrd.Gender](t)
	labels[hrd.ConsentGiver](t)
	labels[hrd.PublicName](t)
	labels[hrd.Attribution](t)
	labels[hrd.ViolationStatus](t)
	labels[hrd.ActionBy](t)
	labels[hrd.ActionType](t)
	labels[hrd.ActionOutcome](t)
	labels[hrd.SourceKind](t)
	labels[hrd.Request](t)
}

// TestVocabularyDataComplete reads the data file itself: every code has a non-empty
// label in English, French and Spanish, and the French and Spanish labels are not
// just the English one copied (a few words are the same in two languages, so it
// counts rather than forbids).
func TestVocabularyDataComplete(t *testing.T) {
	data, err := os.ReadFile("vocabularies.json")
	if err != nil {
		t.Fatal(err)
	}
	var vs []vocabgen.Vocabulary
	if err := json.Unmarshal(data, &vs); err != nil {
		t.Fatal(err)
	}
	total, same := 0, 0
	for _, v := range vs {
		for _, c := range v.Codes {
			total++
			if c.En == "" || c.Fr == "" || c.Es == "" {
				t.Errorf("%s %q: missing label (en %q, fr %q, es %q)", v.Type, c.Code, c.En, c.Fr, c.Es)
			}
			if c.Fr == c.En && c.Es == c.En {
				same++
			}
		}
	}
	if same*20 > total {
		t.Errorf("%d of %d codes have the English label in all three languages", same, total)
	}
}

func TestGeneratedFileIsCurrent(t *testing.T) {
	data, err := os.ReadFile("vocabularies.json")
	if err != nil {
		t.Fatal(err)
	}
	want, err := vocabgen.Generate(data)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("vocab_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("vocab_gen.go is stale; run go generate ./hrd (-want +got):\n%s", diff)
	}
}

func TestUnknownCodeIsRejected(t *testing.T) {
	tests := []struct {
		name    string
		json    string
		dst     any
		wantErr string
	}{
		{"violation type", `"beating"`, new(hrd.ViolationType), `unknown violation type "beating"; allowed: killing, attempted_killing,`},
		{"upper case", `"KILLING"`, new(hrd.ViolationType), `unknown violation type "KILLING"`},
		{"empty", `""`, new(hrd.Activity), `unknown activity the value given`},
		{"language", `"de"`, new(hrd.Language), `unknown language "de"; allowed: en, fr, es`},
		{"a name is not repeated", `"Sokha Chan"`, new(hrd.VictimKind), `unknown victim kind the value given; allowed: individual`},
		{"a long value is not repeated", `"` + strings.Repeat("x", 41) + `"`, new(hrd.Gender), `unknown gender the value given`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := json.Unmarshal([]byte(tt.json), tt.dst)
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("error = %v, want it to contain %q", err, tt.wantErr)
			}
			if !errors.Is(err, hrd.ErrUnknownCode) {
				t.Errorf("error does not wrap ErrUnknownCode")
			}
			if ce, ok := errors.AsType[*hrd.CodeError](err); !ok || len(ce.Allowed) == 0 {
				t.Errorf("error is not a *CodeError with allowed codes: %#v", err)
			}
		})
	}
}

func TestKnownCodesDecode(t *testing.T) {
	for _, code := range hrd.ViolationType("").Codes() {
		var v hrd.ViolationType
		if err := json.Unmarshal([]byte(`"`+code+`"`), &v); err != nil || string(v) != code || !v.Valid() {
			t.Errorf("%q: got %q, %v", code, v, err)
		}
	}
}

func TestLabels(t *testing.T) {
	tests := []struct {
		got, want string
	}{
		{hrd.ViolationJudicialHarassment.Label(hrd.English), "judicial harassment"},
		{hrd.ViolationJudicialHarassment.Label(hrd.French), "harcèlement judiciaire"},
		{hrd.ViolationJudicialHarassment.Label(hrd.Spanish), "hostigamiento judicial"},
		{hrd.ViolationJudicialHarassment.Label("de"), "judicial harassment"},
		{hrd.ViolationType("nope").Label(hrd.French), "nope"},
		{hrd.French.Label(hrd.Spanish), "francés"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

func TestVocabulariesHaveTheSpecCounts(t *testing.T) {
	counts := map[vocabulary]int{
		hrd.DefenderCategory(""): 24, hrd.Activity(""): 17, hrd.ViolationType(""): 41,
		hrd.PerpetratorType(""): 26, hrd.Right(""): 26, hrd.ActionType(""): 13,
		hrd.ActionOutcome(""): 7, hrd.Request(""): 10, hrd.SourceKind(""): 6, hrd.Relationship(""): 7,
	}
	for v, n := range counts {
		if got := len(v.Codes()); got != n {
			t.Errorf("%s: %d codes, the format has %d", v.Vocabulary(), got, n)
		}
	}
}
