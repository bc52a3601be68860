package communication

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openhrd/spcomm/hrd"
)

func TestCatalogComplete(t *testing.T) {
	if m := msgs.Missing(); len(m) != 0 {
		t.Errorf("keys missing from a language: %v", m)
	}
	// Every language's messages take the same verbs in the same order.
	verbs := func(lang string) map[string]string {
		data, err := os.ReadFile(filepath.Join("messages", lang+".json"))
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]string{}
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatal(err)
		}
		out := map[string]string{}
		for k, v := range m {
			var vs []string
			for i := 0; i < len(v)-1; i++ {
				if v[i] == '%' {
					vs = append(vs, v[i:i+2])
					i++
				}
			}
			out[k] = strings.Join(vs, " ")
		}
		return out
	}
	en := verbs("en")
	for _, lang := range []string{"fr", "es"} {
		for k, v := range verbs(lang) {
			if en[k] != v {
				t.Errorf("%s %s: verbs %q, English has %q", lang, k, v, en[k])
			}
		}
	}
	// Every reason code with arguments has a message.
	for code := range reasonArgs {
		if !msgs.Has("reason." + code) {
			t.Errorf("reason %s has no message", code)
		}
	}
}

func TestTypeLabel(t *testing.T) {
	tests := []struct {
		t    Type
		lang hrd.Language
		want string
	}{
		{UrgentAppeal, hrd.English, "urgent appeal"},
		{UrgentAppeal, hrd.French, "appel urgent"},
		{UrgentAppeal, hrd.Spanish, "llamamiento urgente"},
		{AllegationLetter, hrd.French, "lettre d'allégation"},
		{OtherLetter, hrd.Spanish, "otra carta"},
		{OtherLetter, "de", "other letter"},
		{Type("XX"), hrd.English, "XX"},
	}
	for _, tc := range tests {
		if got := tc.t.Label(tc.lang); got != tc.want {
			t.Errorf("%s.Label(%s) = %q, want %q", tc.t, tc.lang, got, tc.want)
		}
	}
	if len(Types()) != 3 || !UrgentAppeal.Valid() || Type("ua").Valid() || OtherLetter.String() != "OL" {
		t.Error("Types, Valid or String")
	}
}

func TestSuggestType(t *testing.T) {
	v := func(typ hrd.ViolationType, st hrd.ViolationStatus) hrd.Violation {
		return hrd.Violation{Type: typ, Status: st}
	}
	tests := []struct {
		name string
		s    *Submission
		want TypeSuggestion
	}{
		{"nil", nil, TypeSuggestion{AllegationLetter, Reason{Code: "no_violations", Pointer: "/violations"}}},
		{"empty", &Submission{}, TypeSuggestion{AllegationLetter, Reason{Code: "no_violations", Pointer: "/violations"}}},
		{"all occurred", &Submission{Violations: []hrd.Violation{v(hrd.ViolationKilling, hrd.StatusOccurred)}},
			TypeSuggestion{AllegationLetter, Reason{Code: "all_occurred", Pointer: "/violations"}}},
		{"ongoing", &Submission{Violations: []hrd.Violation{v(hrd.ViolationKilling, hrd.StatusOccurred), v(hrd.ViolationArbitraryDetention, hrd.StatusOngoing)}},
			TypeSuggestion{UrgentAppeal, Reason{Code: "violation_ongoing", Pointer: "/violations/1/status", Args: []string{"arbitrary_detention"}}}},
		{"imminent", &Submission{Violations: []hrd.Violation{v(hrd.ViolationForcedEviction, hrd.StatusImminent)}},
			TypeSuggestion{UrgentAppeal, Reason{Code: "violation_imminent", Pointer: "/violations/0/status", Args: []string{"forced_eviction"}}}},
		{"urgent flag", &Submission{Urgency: &Urgency{Urgent: true}, Violations: []hrd.Violation{v(hrd.ViolationTorture, hrd.StatusOccurred)}},
			TypeSuggestion{UrgentAppeal, Reason{Code: "urgency_urgent", Pointer: "/urgency/urgent"}}},
		{"urgent false does not matter", &Submission{Urgency: &Urgency{Urgent: false}, Violations: []hrd.Violation{v(hrd.ViolationDeathThreat, hrd.StatusOngoing)}},
			TypeSuggestion{UrgentAppeal, Reason{Code: "violation_ongoing", Pointer: "/violations/0/status", Args: []string{"death_threat"}}}},
		{"law", &Submission{Violations: []hrd.Violation{v(hrd.ViolationRestrictiveLegislation, hrd.StatusOccurred)}},
			TypeSuggestion{OtherLetter, Reason{Code: "restrictive_legislation", Pointer: "/violations/0/type", Args: []string{"restrictive_legislation"}}}},
		{"law in force and its application", &Submission{Violations: []hrd.Violation{v(hrd.ViolationFundingRestriction, hrd.StatusOccurred), v(hrd.ViolationRestrictiveLegislation, hrd.StatusOngoing)}},
			TypeSuggestion{OtherLetter, Reason{Code: "restrictive_legislation", Pointer: "/violations/1/type", Args: []string{"restrictive_legislation"}}}},
		{"a person at risk outweighs the law", &Submission{Violations: []hrd.Violation{v(hrd.ViolationRestrictiveLegislation, hrd.StatusOccurred), v(hrd.ViolationArbitraryDetention, hrd.StatusOngoing)}},
			TypeSuggestion{UrgentAppeal, Reason{Code: "violation_ongoing", Pointer: "/violations/1/status", Args: []string{"arbitrary_detention"}}}},
		{"urgent law", &Submission{Urgency: &Urgency{Urgent: true}, Violations: []hrd.Violation{v(hrd.ViolationRestrictiveLegislation, hrd.StatusImminent)}},
			TypeSuggestion{UrgentAppeal, Reason{Code: "urgency_urgent", Pointer: "/urgency/urgent"}}},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, SuggestType(tc.s)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
}

func TestReasonText(t *testing.T) {
	tests := []struct {
		r    Reason
		lang hrd.Language
		want string
	}{
		{Reason{Code: "violation_ongoing", Args: []string{"arbitrary_detention"}}, hrd.English, "the violation “arbitrary detention” is ongoing"},
		{Reason{Code: "country_mandate", Args: []string{"KHM"}}, hrd.French, "l'État concerné, Cambodge, fait l'objet d'un mandat de pays"},
		{Reason{Code: "perpetrator", Args: []string{"landowner"}}, hrd.Spanish, "un presunto autor es del tipo «terrateniente»"},
		{Reason{Code: "complaint_not_investigated", Args: []string{"police_report", "rejected"}}, hrd.English, "the authorities did not act on a “police report” (outcome: “rejected”)"},
		{Reason{Code: "urgency_urgent"}, hrd.English, "the submitter marks the case as urgent"},
		{Reason{Code: "violation"}, hrd.English, "the case includes “”"}, // missing argument: no panic, no %!
		{Reason{Code: "no_such_reason"}, hrd.English, "no_such_reason"},
	}
	for _, tc := range tests {
		if got := tc.r.Text(tc.lang); got != tc.want {
			t.Errorf("%+v.Text(%s) = %q, want %q", tc.r, tc.lang, got, tc.want)
		}
	}
	if got := (Reason{Code: "all_occurred"}).String(); got != "every violation has already occurred" {
		t.Errorf("String() = %q", got)
	}
}
