package communication

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/openhrd/spcomm/communication/mandate"
	"github.com/openhrd/spcomm/hrd"
)

// testToday is the date the tests and goldens check against.
var testToday = time.Date(2026, 11, 23, 15, 4, 5, 0, time.UTC)

// complete returns a submission that carries every element and draws no
// finding at all, not even an info.
func complete() *Submission {
	return &Submission{
		SchemaVersion: SchemaVersion,
		Language:      hrd.English,
		Country:       "THA",
		Submitter: Submitter{
			Kind:         hrd.SubmitterOrganization,
			Name:         "Quiet River Legal Aid",
			Relationship: hrd.RelationshipOrganization,
			Email:        "cases@quietriver.example.org",
		},
		Victims: []hrd.Victim{{
			ID:                  "v1",
			Kind:                hrd.VictimIndividual,
			Name:                "Somchai Example",
			Categories:          []hrd.DefenderCategory{hrd.CategoryLandRightsDefender},
			Activities:          []hrd.Activity{hrd.ActivityDocumentingViolations},
			ActivityDescription: "Documents land grabs in the province.",
			Consent:             &hrd.Consent{Given: true, By: hrd.ConsentByVictim},
		}},
		Perpetrators: []hrd.Perpetrator{{ID: "p1", Type: hrd.PerpetratorStatePolice}},
		Violations: []hrd.Violation{{
			ID:           "x1",
			Type:         hrd.ViolationArbitraryArrest,
			Victims:      []hrd.ID{"v1"},
			Perpetrators: []hrd.ID{"p1"},
			Status:       hrd.StatusOccurred,
			Date:         "2026-10-01",
			Place:        &hrd.Place{Locality: "Khon Kaen"},
			Description:  "Officers arrested him at a village meeting and held him for two days without charge.",
		}},
		Context: "Land rights defenders in the north-east are arrested often.",
		Actions: []Action{{
			By:          hrd.ActionByLawyer,
			Type:        hrd.ActionComplaint,
			Description: "Complaint to the provincial police.",
			Outcome:     hrd.OutcomePending,
		}},
		Mandates: []mandate.ID{"sr-human-rights-defenders"},
		Sources:  []Source{{Kind: hrd.SourceDirectTestimony}},
	}
}

// disappearance returns a complete submission about an enforced disappearance
// that meets the six WGEID elements.
func disappearance() *Submission {
	s := complete()
	s.Violations[0].Type = hrd.ViolationEnforcedDisappearance
	s.Violations[0].Status = hrd.StatusOngoing
	s.Urgency = &Urgency{Urgent: true, Reason: "No news of him for weeks."}
	s.Actions[0].Type = hrd.ActionPoliceReport
	return s
}

func codes(r *Report) []string {
	var out []string
	for _, f := range r.All() {
		out = append(out, f.Code)
	}
	return out
}

func TestCompleteHasNoFinding(t *testing.T) {
	for name, s := range map[string]*Submission{"complete": complete(), "disappearance": disappearance()} {
		r := Check(s, CheckOptions{Today: testToday})
		if !r.Ready || len(r.All()) != 0 {
			t.Errorf("%s: ready=%v, findings %v", name, r.Ready, codes(r))
		}
		for _, e := range r.Elements {
			if e.Status != StatusComplete {
				t.Errorf("%s: element %d is %s", name, e.Element, e.Status)
			}
		}
	}
}

// findingCases triggers every finding code, each from a complete submission.
var findingCases = []struct {
	code    string
	pointer string
	base    func() *Submission
	edit    func(s *Submission)
}{
	{"no_victims", "/victims", complete, func(s *Submission) { s.Victims = nil }},
	{"victim_name_missing", "/victims/0/name", complete, func(s *Submission) { s.Victims[0].Name = " " }},
	{"consent_missing", "/victims/0/consent", complete, func(s *Submission) { s.Victims[0].Consent = nil }},
	{"consent_missing", "/victims/0/consent", complete, func(s *Submission) { s.Victims[0].Consent, s.Victims[0].Kind = nil, "" }},
	{"consent_not_given", "/victims/0/consent/given", complete, func(s *Submission) { s.Victims[0].Consent.Given = false }},
	{"consent_giver_missing", "/victims/0/consent/by", complete, func(s *Submission) { s.Victims[0].Consent.By = "" }},
	{"submitter_anonymous", "/submitter/name", complete, func(s *Submission) { s.Submitter.Name = "" }},
	{"submitter_contact_missing", "/submitter", complete, func(s *Submission) { s.Submitter.Email = "" }},
	{"submitter_relationship_missing", "/submitter/relationship", complete, func(s *Submission) { s.Submitter.Relationship = "" }},
	{"wgeid_victim_name", "/victims/0/name", disappearance, func(s *Submission) { s.Victims[0].Name = "" }},
	{"wgeid_victim_individual", "/victims/0/kind", disappearance, func(s *Submission) { s.Victims[0].Kind = hrd.VictimGroup }},
	{"wgeid_submitter", "/submitter", disappearance, func(s *Submission) { s.Submitter.Email = "" }},
	{"wgeid_submitter", "/submitter", disappearance, func(s *Submission) { s.Submitter.Name = "" }},
	{"perpetrators_missing", "/perpetrators", complete, func(s *Submission) { s.Perpetrators, s.Violations[0].Perpetrators = nil, nil }},
	{"perpetrator_type_missing", "/perpetrators/0/type", complete, func(s *Submission) { s.Perpetrators[0].Type = "" }},
	{"perpetrator_reference_unknown", "/violations/0/perpetrators/1", complete, func(s *Submission) { s.Violations[0].Perpetrators = []hrd.ID{"p1", "p9"} }},
	{"wgeid_forces", "/violations/0/perpetrators", disappearance, func(s *Submission) { s.Perpetrators[0].Type = hrd.PerpetratorArmedOppositionGroup }},
	{"wgeid_forces", "/violations/0/perpetrators", disappearance, func(s *Submission) { s.Violations[0].Perpetrators = nil }},
	{"no_violations", "/violations", complete, func(s *Submission) { s.Violations = nil }},
	{"activity_missing", "/victims/0/activities", complete, func(s *Submission) {
		s.Victims[0].Activities, s.Victims[0].ActivityDescription = nil, "  "
	}},
	{"victim_without_violation", "/victims/1", complete, func(s *Submission) {
		v := s.Victims[0]
		v.ID = "v2"
		s.Victims = append(s.Victims, v)
	}},
	{"violation_type_missing", "/violations/0/type", complete, func(s *Submission) { s.Violations[0].Type = "" }},
	{"violation_victims_missing", "/violations/0/victims", complete, func(s *Submission) {
		s.Violations[0].Victims = nil
		s.Violations = append(s.Violations, s.Violations[0])
		s.Violations[1].Victims = []hrd.ID{"v1"}
	}},
	{"victim_reference_unknown", "/violations/0/victims/1", complete, func(s *Submission) { s.Violations[0].Victims = []hrd.ID{"v1", "v7"} }},
	{"incident_missing", "/violations", complete, func(s *Submission) { s.Violations = nil }},
	{"country_missing", "/country", complete, func(s *Submission) { s.Country = "" }},
	{"violation_status_missing", "/violations/0/status", complete, func(s *Submission) { s.Violations[0].Status = "" }},
	{"date_missing", "/violations/0/date", complete, func(s *Submission) { s.Violations[0].Date = "" }},
	{"date_invalid", "/violations/0/date", complete, func(s *Submission) { s.Violations[0].Date = "yesterday" }},
	{"date_invalid", "/violations/0/end_date", complete, func(s *Submission) { s.Violations[0].EndDate = "2026-02-30" }},
	{"date_in_future", "/violations/0/date", complete, func(s *Submission) { s.Violations[0].Date = "2026-11-24" }},
	{"date_in_future", "/violations/0/date", complete, func(s *Submission) { s.Violations[0].Date = "2027" }},
	{"date_in_future", "/violations/0/end_date", complete, func(s *Submission) { s.Violations[0].EndDate = "2026-12" }},
	{"end_before_start", "/violations/0/end_date", complete, func(s *Submission) { s.Violations[0].EndDate = "2026-09" }},
	{"place_missing", "/violations/0/place", complete, func(s *Submission) { s.Violations[0].Place = nil }},
	{"place_missing", "/violations/0/place", complete, func(s *Submission) { s.Violations[0].Place = &hrd.Place{Locality: " "} }},
	{"description_missing", "/violations/0/description", complete, func(s *Submission) { s.Violations[0].Description = "" }},
	{"description_too_short", "/violations/0/description", complete, func(s *Submission) { s.Violations[0].Description = "Arrested at the meeting." }},
	{"legal_basis_missing", "/violations/0/legal_basis", complete, func(s *Submission) { s.Violations[0].Type = hrd.ViolationJudicialHarassment }},
	{"legal_basis_missing", "/violations/0/legal_basis", complete, func(s *Submission) { s.Violations[0].Type = hrd.ViolationConvictionSentencing }},
	{"context_missing", "/context", complete, func(s *Submission) { s.Context = "" }},
	{"wgeid_date", "/violations/0/date", disappearance, func(s *Submission) { s.Violations[0].Date = "2026" }},
	{"wgeid_date", "/violations/0/date", disappearance, func(s *Submission) { s.Violations[0].Date = "" }},
	{"wgeid_place", "/violations/0/place", disappearance, func(s *Submission) { s.Violations[0].Place = &hrd.Place{Country: "THA"} }},
	{"actions_missing", "/actions", complete, func(s *Submission) { s.Actions = nil }},
	{"action_description_missing", "/actions/0/description", complete, func(s *Submission) { s.Actions[0].Description = "" }},
	{"wgeid_steps", "/actions", disappearance, func(s *Submission) { s.Actions[0].Type = hrd.ActionMediaStatement }},
	{"wgeid_steps", "/actions", disappearance, func(s *Submission) { s.Actions = nil }},
	{"urgent_reason_missing", "/urgency/reason", disappearance, func(s *Submission) { s.Urgency.Reason = "" }},
	{"urgent_not_ongoing", "/urgency/urgent", complete, func(s *Submission) { s.Urgency = &Urgency{Urgent: true, Reason: "A hearing soon."} }},
	{"urgency_not_marked", "/urgency", complete, func(s *Submission) { s.Violations[0].Status = hrd.StatusImminent }},
	{"urgency_not_marked", "/urgency", disappearance, func(s *Submission) { s.Urgency.Urgent = false }},
	{"act_by_past", "/urgency/act_by", disappearance, func(s *Submission) { s.Urgency.ActBy = "2026-11-22" }},
	{"sources_media_only", "/sources", complete, func(s *Submission) {
		s.Sources = []Source{{Kind: hrd.SourceMedia}, {Kind: hrd.SourceMedia}}
	}},
	{"sources_missing", "/sources", complete, func(s *Submission) { s.Sources = nil }},
	{"mandate_unknown", "/mandates/1", complete, func(s *Submission) { s.Mandates = append(s.Mandates, "sr-nonexistent") }},
	{"mandates_missing", "/mandates", complete, func(s *Submission) { s.Mandates = nil }},
}

func TestEveryFindingCode(t *testing.T) {
	tested := map[string]bool{}
	for _, tc := range findingCases {
		tested[tc.code] = true
		t.Run(tc.code, func(t *testing.T) {
			s := tc.base()
			tc.edit(s)
			r := Check(s, CheckOptions{Today: testToday})
			var got *Finding
			for _, f := range r.All() {
				if f.Code == tc.code {
					got = &f
					break
				}
			}
			if got == nil {
				t.Fatalf("no %s; findings %v", tc.code, codes(r))
			}
			def := findingDefs[tc.code]
			if got.Pointer != tc.pointer || got.Element != def.element || got.Severity != def.severity {
				t.Errorf("got %+v, want pointer %s element %d severity %s", *got, tc.pointer, def.element, def.severity)
			}
			if strings.HasPrefix(got.Message, "finding.") || got.Message == "" || strings.Contains(got.Message, "%!") {
				t.Errorf("bad message %q", got.Message)
			}
			if r.Ready == (def.severity == SeverityError) {
				t.Errorf("ready = %v with a finding of severity %s", r.Ready, def.severity)
			}
			if got.Element > 0 {
				if !slices.Contains(r.Elements[got.Element-1].Findings, *got) {
					t.Errorf("finding not under element %d", got.Element)
				}
			} else if !slices.Contains(r.Findings, *got) {
				t.Error("cross-cutting finding not in Report.Findings")
			}
		})
	}
	for code := range findingDefs {
		if !tested[code] {
			t.Errorf("finding code %s has no test case", code)
		}
	}
}

// TestFindingsNotRaisedWrongly checks rules that must stay quiet.
func TestFindingsNotRaisedWrongly(t *testing.T) {
	tests := []struct {
		name string
		base func() *Submission
		edit func(s *Submission)
	}{
		{"a group needs no consent", complete, func(s *Submission) { s.Victims[0].Kind, s.Victims[0].Consent = hrd.VictimGroup, nil }},
		{"perpetrators_unknown suffices", complete, func(s *Submission) {
			s.Perpetrators, s.Violations[0].Perpetrators, s.PerpetratorsUnknown = nil, nil, "Men in plain clothes."
		}},
		{"activity_description suffices", complete, func(s *Submission) { s.Victims[0].Activities = nil }},
		{"no_action_reason suffices", complete, func(s *Submission) { s.Actions, s.NoActionReason = nil, "The family fears reprisals." }},
		{"today is not the future", complete, func(s *Submission) { s.Violations[0].Date = "2026-11-23" }},
		{"a year overlapping today is not the future", complete, func(s *Submission) { s.Violations[0].Date = "2026" }},
		{"an imminent violation may be dated in the future", disappearance, func(s *Submission) {
			s.Violations = append(s.Violations, s.Violations[0])
			s.Violations[1].Type, s.Violations[1].Status, s.Violations[1].Date = hrd.ViolationJudicialHarassment, hrd.StatusImminent, "2027-01-10"
			s.Violations[1].LegalBasis = "Penal Code, section 112."
		}},
		{"an end date within the start month is not before it", complete, func(s *Submission) {
			s.Violations[0].Date, s.Violations[0].EndDate = "2026-10", "2026-10-01"
		}},
		{"a place with only a country suffices outside the WGEID rule", complete, func(s *Submission) {
			s.Violations[0].Place = &hrd.Place{Country: "LAO"}
		}},
		{"a State-supported force suffices for the WGEID", disappearance, func(s *Submission) {
			s.Perpetrators[0].Type = hrd.PerpetratorParamilitaryProGovernment
		}},
		{"no_action_reason suffices for the WGEID", disappearance, func(s *Submission) {
			s.Actions, s.NoActionReason = nil, "The family was threatened when it asked at the police station."
		}},
		{"one media source among others", complete, func(s *Submission) { s.Sources = append(s.Sources, Source{Kind: hrd.SourceMedia}) }},
		{"a law in force is not a reason for urgency", complete, func(s *Submission) {
			s.Violations[0].Type, s.Violations[0].Status = hrd.ViolationRestrictiveLegislation, hrd.StatusOngoing
		}},
		{"act_by today has not passed", disappearance, func(s *Submission) { s.Urgency.ActBy = "2026-11" }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := tc.base()
			tc.edit(s)
			r := Check(s, CheckOptions{Today: testToday})
			if got := codes(r); len(got) != 0 {
				t.Errorf("findings %v", got)
			}
		})
	}
}

func TestElementStatuses(t *testing.T) {
	tests := []struct {
		element int
		status  Status
		edit    func(s *Submission)
	}{
		{1, StatusComplete, func(s *Submission) {}},
		{1, StatusIncomplete, func(s *Submission) { s.Victims[0].Consent = nil }},
		{1, StatusIncomplete, func(s *Submission) { s.Submitter.Relationship = "" }}, // a warning
		{1, StatusMissing, func(s *Submission) { s.Victims = nil }},
		{2, StatusComplete, func(s *Submission) {}},
		{2, StatusIncomplete, func(s *Submission) { s.Violations[0].Perpetrators = []hrd.ID{"nobody"} }},
		{2, StatusMissing, func(s *Submission) { s.Perpetrators = nil; s.Violations[0].Perpetrators = nil }},
		{3, StatusComplete, func(s *Submission) {}},
		{3, StatusIncomplete, func(s *Submission) { s.Victims[0].Activities, s.Victims[0].ActivityDescription = nil, "" }},
		{3, StatusMissing, func(s *Submission) { s.Violations = nil }},
		{4, StatusComplete, func(s *Submission) { s.Context = "" }}, // an info leaves it complete
		{4, StatusIncomplete, func(s *Submission) { s.Violations[0].Place = nil }},
		{4, StatusMissing, func(s *Submission) { s.Violations = nil }},
		{5, StatusComplete, func(s *Submission) {}},
		{5, StatusIncomplete, func(s *Submission) { s.Actions[0].Description = "" }},
		{5, StatusMissing, func(s *Submission) { s.Actions = nil }},
	}
	seen := map[string]bool{}
	for _, tc := range tests {
		seen[fmt.Sprint(tc.element, tc.status)] = true
		s := complete()
		tc.edit(s)
		r := Check(s, CheckOptions{Today: testToday})
		if got := r.Elements[tc.element-1]; got.Status != tc.status || got.Element != tc.element {
			t.Errorf("element %d: got %d %s, want %s (findings %v)", tc.element, got.Element, got.Status, tc.status, codes(r))
		}
	}
	for e := 1; e <= 5; e++ {
		for _, st := range []Status{StatusComplete, StatusIncomplete, StatusMissing} {
			if !seen[fmt.Sprint(e, st)] {
				t.Errorf("no test of element %d %s", e, st)
			}
		}
	}
}

func TestWGEIDRule(t *testing.T) {
	// A disappearance lacking all six elements.
	s := &Submission{
		Language: hrd.English,
		Country:  "PAK",
		Victims:  []hrd.Victim{{ID: "g", Kind: hrd.VictimGroup, Name: "Students", Activities: []hrd.Activity{hrd.ActivityPeacefulProtest}}},
		Perpetrators: []hrd.Perpetrator{
			{ID: "crowd", Type: hrd.PerpetratorMobCrowd},
		},
		Violations: []hrd.Violation{{
			ID: "d", Type: hrd.ViolationEnforcedDisappearance, Victims: []hrd.ID{"g"}, Perpetrators: []hrd.ID{"crowd"},
			Status: hrd.StatusOngoing, Date: "2025", Description: "Taken away by men in two cars and not seen since then by anyone.",
		}},
		Actions: []Action{{By: hrd.ActionByFamily, Type: hrd.ActionMediaStatement, Description: "Press conference."}},
	}
	r := Check(s, CheckOptions{Today: testToday})
	var wgeid []string
	for _, f := range r.All() {
		if strings.HasPrefix(f.Code, "wgeid_") {
			wgeid = append(wgeid, fmt.Sprintf("%d %s %s", f.Element, f.Code, f.Pointer))
		}
	}
	want := []string{
		"1 wgeid_victim_individual /victims/0/kind",
		"1 wgeid_submitter /submitter",
		"2 wgeid_forces /violations/0/perpetrators",
		"4 wgeid_date /violations/0/date",
		"4 wgeid_place /violations/0/place",
		"5 wgeid_steps /actions",
	}
	if diff := cmp.Diff(want, wgeid); diff != "" {
		t.Errorf("WGEID findings (-want +got):\n%s", diff)
	}
	// The generic date and place findings give way to the WGEID ones.
	if slices.Contains(codes(r), "place_missing") || slices.Contains(codes(r), "date_missing") {
		t.Errorf("generic place/date findings for a disappearance: %v", codes(r))
	}
	// Without a disappearance, no WGEID finding.
	s.Violations[0].Type = hrd.ViolationAbduction
	for _, c := range codes(Check(s, CheckOptions{Today: testToday})) {
		if strings.HasPrefix(c, "wgeid_") {
			t.Errorf("%s without a disappearance", c)
		}
	}
}

func TestCheckDrafts(t *testing.T) {
	// Nothing at all, and every kind of emptiness, must not panic.
	for _, s := range []*Submission{nil, {}, {Urgency: &Urgency{Urgent: true}}, {
		Victims:      []hrd.Victim{{}},
		Perpetrators: []hrd.Perpetrator{{}},
		Violations:   []hrd.Violation{{Type: hrd.ViolationEnforcedDisappearance, Place: &hrd.Place{}}},
		Actions:      []Action{{}},
		Sources:      []Source{{}},
		Mandates:     []mandate.ID{""},
	}} {
		r := Check(s, CheckOptions{})
		if r.Ready {
			t.Errorf("%+v is ready", s)
		}
		if r.Language != hrd.English {
			t.Errorf("language %q", r.Language)
		}
	}
	r := Check(nil, CheckOptions{Today: testToday})
	want := [5]Status{StatusMissing, StatusMissing, StatusMissing, StatusMissing, StatusMissing}
	var got [5]Status
	for i, e := range r.Elements {
		got[i] = e.Status
	}
	if got != want {
		t.Errorf("statuses of nothing: %v", got)
	}
}

func TestCheckLanguage(t *testing.T) {
	s := complete()
	s.Victims[0].Consent = nil
	s.Language = hrd.French
	tests := []struct {
		lang hrd.Language
		want hrd.Language
		msg  string
	}{
		{"", hrd.French, "cette victime est nommée"},
		{hrd.Spanish, hrd.Spanish, "esta víctima figura"},
		{"de", hrd.French, "cette victime est nommée"},
		{hrd.English, hrd.English, "this individual victim"},
	}
	for _, tc := range tests {
		r := Check(s, CheckOptions{Today: testToday, Lang: tc.lang})
		if r.Language != tc.want || !strings.HasPrefix(r.Elements[0].Findings[0].Message, tc.msg) {
			t.Errorf("Lang %q: language %s, message %q", tc.lang, r.Language, r.Elements[0].Findings[0].Message)
		}
	}
}

func TestCheckTodayDefaultsToNow(t *testing.T) {
	s := complete()
	s.Violations[0].Date = hrd.PartialDate(time.Now().AddDate(0, 0, 2).Format(time.DateOnly))
	if !slices.Contains(codes(Check(s, CheckOptions{})), "date_in_future") {
		t.Error("a date two days from now is not in the future")
	}
	s.Violations[0].Date = hrd.PartialDate(time.Now().AddDate(0, 0, -2).Format(time.DateOnly))
	if slices.Contains(codes(Check(s, CheckOptions{})), "date_in_future") {
		t.Error("a date two days ago is in the future")
	}
}

// TestFindingTable keeps the table in Check's doc comment in step with the codes.
func TestFindingTable(t *testing.T) {
	src, err := os.ReadFile("readiness.go")
	if err != nil {
		t.Fatal(err)
	}
	row := regexp.MustCompile(`(?m)^//\t([0-5])  (error|warning|info) +([a-z_]+) +\S`)
	documented := map[string]findingDef{}
	var order []string
	for _, m := range row.FindAllStringSubmatch(string(src), -1) {
		var el int
		fmt.Sscan(m[1], &el)
		documented[m[3]] = findingDef{element: el, severity: Severity(m[2])}
		order = append(order, m[3])
	}
	for code, def := range findingDefs {
		d, ok := documented[code]
		if !ok {
			t.Errorf("%s is not documented", code)
			continue
		}
		if d.element != def.element || d.severity != def.severity {
			t.Errorf("%s documented as %d %s, is %d %s", code, d.element, d.severity, def.element, def.severity)
		}
	}
	for code := range documented {
		if _, ok := findingDefs[code]; !ok {
			t.Errorf("%s is documented but not defined", code)
		}
	}
	if len(order) != len(documented) {
		t.Errorf("a code is documented twice")
	}
	snake := regexp.MustCompile(`^[a-z]+(_[a-z]+)*$`)
	for code := range findingDefs {
		if !snake.MatchString(code) {
			t.Errorf("%s is not snake_case", code)
		}
		if !msgs.Has("finding." + code) {
			t.Errorf("%s has no message", code)
		}
	}
}

func decodeFile(t *testing.T, name string) *Submission {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	s, err := (&Decoder{}).DecodeBytes(data)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return s
}

func TestSubmissionsAreReady(t *testing.T) {
	for _, f := range testdataFiles(t, 1, "submissions") {
		r := Check(decodeFile(t, f), CheckOptions{Today: testToday})
		if !r.Ready {
			for _, x := range r.All() {
				if x.Severity == SeverityError {
					t.Errorf("%s: %s %s", filepath.Base(f), x.Code, x.Pointer)
				}
			}
		}
	}
}

func TestDraftsAreNotReady(t *testing.T) {
	for _, f := range testdataFiles(t, 1, "drafts") {
		if r := Check(decodeFile(t, f), CheckOptions{Today: testToday}); r.Ready {
			t.Errorf("%s is ready", filepath.Base(f))
		}
	}
}

// freeTextKeys are the keys whose values are text the submitter wrote.
var freeTextKeys = map[string]bool{
	"id": true, "title": true, "name": true, "organization": true, "occupation": true,
	"activity_description": true, "description": true, "context": true, "reason": true,
	"legal_basis": true, "perpetrators_unknown": true, "no_action_reason": true,
	"locality": true, "region": true, "detail": true, "unit": true, "authority": true,
	"email": true, "phone": true, "address": true, "uri": true,
}

// freeText collects the free-text values of a JSON document. Ids are left out
// when short words such as "arrest" could be a word of a message.
func freeText(v any, key string, out *[]string) {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			freeText(e, k, out)
		}
	case []any:
		for _, e := range x {
			freeText(e, key, out)
		}
	case string:
		if freeTextKeys[key] && len([]rune(x)) >= 6 && !(key == "id" && !strings.ContainsAny(x, " -")) {
			*out = append(*out, x)
		}
	}
}

// isLabel reports whether text is part of a vocabulary label the messages may
// name, such as an occupation "journaliste" within the category "journaliste ou
// professionnel·le des médias".
func isLabel(text string) bool {
	text = strings.ToLower(text)
	for _, lang := range hrd.Language("").Values() {
		var labels []string
		for _, v := range hrd.DefenderCategory("").Values() {
			labels = append(labels, v.Label(lang))
		}
		for _, v := range hrd.ViolationType("").Values() {
			labels = append(labels, v.Label(lang))
		}
		for _, v := range hrd.PerpetratorType("").Values() {
			labels = append(labels, v.Label(lang))
		}
		for _, v := range hrd.ActionType("").Values() {
			labels = append(labels, v.Label(lang))
		}
		for _, l := range labels {
			if strings.Contains(strings.ToLower(l), text) {
				return true
			}
		}
	}
	return false
}

// TestMessagesCarryNoFreeText checks, over every testdata document and in every
// language, that no message of a finding or a reason repeats text the
// submitter wrote.
func TestMessagesCarryNoFreeText(t *testing.T) {
	files := append(testdataFiles(t, 1, "submissions"), testdataFiles(t, 1, "drafts")...)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var doc any
		if err := json.Unmarshal(data, &doc); err != nil {
			t.Fatal(err)
		}
		var all, texts []string
		freeText(doc, "", &all)
		for _, text := range all {
			if !isLabel(text) {
				texts = append(texts, text)
			}
		}
		if len(texts) < 10 {
			t.Fatalf("%s: only %d free texts found", f, len(texts))
		}
		s := decodeFile(t, f)
		var messages []string
		for _, lang := range hrd.Language("").Values() {
			r := Check(s, CheckOptions{Today: testToday, Lang: lang})
			for _, x := range r.All() {
				messages = append(messages, x.Message)
			}
			messages = append(messages, r.Summary(lang), SuggestType(s).Reason.Text(lang))
			for _, m := range SuggestMandates(s) {
				for _, r := range m.Reasons {
					messages = append(messages, r.Text(lang))
				}
			}
			for _, r := range FailedInvestigation(s) {
				messages = append(messages, r.Text(lang))
			}
		}
		for _, m := range messages {
			for _, text := range texts {
				if strings.Contains(m, text) {
					t.Errorf("%s: message %q contains the document's text %q", filepath.Base(f), m, text)
				}
			}
		}
	}
}

// TestDraftGoldens compares the readiness report of every draft with its golden
// file, testdata/analysis/NAME.readiness.golden. SPCOMM_UPDATE_GOLDEN=1
// rewrites them.
func TestDraftGoldens(t *testing.T) {
	for _, f := range testdataFiles(t, 1, "drafts") {
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		t.Run(name, func(t *testing.T) {
			s := decodeFile(t, f)
			golden(t, filepath.Join("testdata", "analysis", name+".readiness.golden"), readinessText(Check(s, CheckOptions{Today: testToday})))
		})
	}
}

// readinessText writes a report for a golden file.
func readinessText(r *Report) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "ready: %v\ncommunication type: %s\nlanguage: %s\nsummary: %s\n", r.Ready, r.Type, r.Language, r.Summary(r.Language))
	write := func(f Finding) {
		fmt.Fprintf(&b, "  %-7s %s %s\n          %s\n", f.Severity, f.Code, f.Pointer, f.Message)
	}
	for _, e := range r.Elements {
		fmt.Fprintf(&b, "\nelement %d (%s): %s\n", e.Element, e.Title(hrd.English), e.Status)
		for _, f := range e.Findings {
			write(f)
		}
	}
	fmt.Fprintf(&b, "\nacross the submission:\n")
	for _, f := range r.Findings {
		write(f)
	}
	return b.Bytes()
}

// golden compares got with the golden file, or rewrites it when
// SPCOMM_UPDATE_GOLDEN=1.
func golden(t *testing.T, file string, got []byte) {
	t.Helper()
	if os.Getenv("SPCOMM_UPDATE_GOLDEN") == "1" {
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run with SPCOMM_UPDATE_GOLDEN=1 to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs (-golden +got); SPCOMM_UPDATE_GOLDEN=1 rewrites it:\n%s", file, diff)
	}
}

func TestReportHelpers(t *testing.T) {
	s := complete()
	s.Victims[0].Consent = nil    // error, element 1
	s.Submitter.Relationship = "" // warning, element 1
	s.Sources = nil               // info, across
	r := Check(s, CheckOptions{Today: testToday})
	if r.Count(SeverityError) != 1 || r.Count(SeverityWarning) != 1 || r.Count(SeverityInfo) != 1 {
		t.Errorf("counts %d %d %d", r.Count(SeverityError), r.Count(SeverityWarning), r.Count(SeverityInfo))
	}
	if got := r.Summary(hrd.English); got != "not ready (allegation letter): 1 error(s), 1 warning(s)" {
		t.Errorf("summary %q", got)
	}
	if got := Check(complete(), CheckOptions{Today: testToday}).Summary(hrd.Spanish); got != "lista para enviar (carta de transmisión de denuncias): 0 advertencia(s)" {
		t.Errorf("summary %q", got)
	}
	if ElementName(2, hrd.French) != "identité des auteurs présumés" || ElementName(6, hrd.English) != "" || ElementName(0, hrd.English) == "" {
		t.Error("ElementName")
	}
	for _, sev := range []Severity{SeverityError, SeverityWarning, SeverityInfo} {
		if sev.Label(hrd.French) == string(sev) && sev != SeverityError {
			t.Errorf("%s has no French label", sev)
		}
	}
	if Severity("x").Label(hrd.English) != "x" || Status("x").Label(hrd.English) != "x" || StatusMissing.Label(hrd.Spanish) != "ausente" {
		t.Error("labels")
	}
	data, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"ready":false`, `"communication_type":"AL"`, `"elements":[{"element":1,"status":"incomplete","findings":[{"severity":"error","code":"consent_missing","pointer":"/victims/0/consent","element":1,"message":`} {
		if !bytes.Contains(data, []byte(key)) {
			t.Errorf("JSON lacks %s: %s", key, data)
		}
	}
}

func TestCountWords(t *testing.T) {
	tests := []struct {
		s     string
		limit int
		want  int
	}{
		{"", 8, 0}, {"  ", 8, 0}, {"one", 8, 1}, {"one two\tthree\nfour", 8, 4},
		{"a b c d e f g h i j", 8, 8}, {" lead  and  trail ", 8, 3}, {"non\u00a0breaking space", 8, 3},
	}
	for _, tt := range tests {
		if got := countWords(tt.s, tt.limit); got != tt.want {
			t.Errorf("countWords(%q, %d) = %d, want %d", tt.s, tt.limit, got, tt.want)
		}
	}
}
