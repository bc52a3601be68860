package communication

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openhrd/spcomm/declaration"
	"github.com/openhrd/spcomm/hrd"
)

// normsText writes norms as "right TREATY arts [ids]" lines.
func normsText(ns []Norm) []string {
	var out []string
	for _, n := range ns {
		line := fmt.Sprintf("%s %s %s", n.Right, n.Treaty, strings.Join(n.Articles, ","))
		if len(n.Violations) > 0 {
			line += fmt.Sprintf(" %v", n.Violations)
		}
		if n.Investigation {
			line += " (investigation)"
		}
		out = append(out, line)
	}
	return out
}

func TestFrameworkCitations(t *testing.T) {
	one := func(country hrd.Country, typ hrd.ViolationType, rights ...hrd.Right) *Submission {
		s := complete()
		s.Country = country
		s.Violations[0].Type = typ
		s.Violations[0].Rights = rights
		return s
	}
	tests := []struct {
		name string
		s    *Submission
		want []string
	}{
		{"Thailand, party to the ICCPR", one("THA", hrd.ViolationArbitraryArrest), []string{"liberty_security ICCPR 9 [x1]"}},
		{"Malaysia, party to neither Covenant", one("MYS", hrd.ViolationArbitraryArrest), []string{"liberty_security UDHR 3,9 [x1]"}},
		{"Malaysia: humane detention has no UDHR article", one("MYS", hrd.ViolationTorture), []string{"freedom_from_torture UDHR 5 [x1]"}},
		{"China: ICESCR but not ICCPR", one("CHN", hrd.ViolationDismissalEmployment),
			[]string{"work ICESCR 6,7 [x1]", "trade_union UDHR 23(4) [x1]", "trade_union ICESCR 8 [x1]"}},
		{"United States: ICCPR but not ICESCR", one("USA", hrd.ViolationForcedEviction),
			[]string{"privacy ICCPR 17 [x1]", "adequate_housing UDHR 25 [x1]"}},
		{"both Covenants", one("KHM", hrd.ViolationDismissalEmployment),
			[]string{"trade_union ICCPR 22 [x1]", "trade_union ICESCR 8 [x1]", "work ICESCR 6,7 [x1]"}},
		{"declared rights replace the type's", one("THA", hrd.ViolationArbitraryArrest, hrd.RightPeacefulAssembly, hrd.RightProperty),
			[]string{"peaceful_assembly ICCPR 21 [x1]", "property UDHR 17 [x1]"}},
		{"an unknown country cites the UDHR", one("", hrd.ViolationKilling), []string{"life UDHR 3 [x1]", "effective_remedy UDHR 8 [x1]"}},
		{"no rights for a law", one("THA", hrd.ViolationRestrictiveLegislation), nil},
	}
	for _, tc := range tests {
		got := normsText(Framework(tc.s).Norms)
		// Compare as sets ordered by the rights vocabulary: sort want likewise.
		if diff := cmp.Diff(sortLike(tc.want, got), got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
	// Humane treatment in detention has nothing to cite where the ICCPR does not bind.
	fw := Framework(one("MYS", hrd.ViolationTorture))
	if diff := cmp.Diff([]hrd.Right{hrd.RightHumaneDetention}, fw.Uncited); diff != "" {
		t.Errorf("uncited (-want +got):\n%s", diff)
	}
	if fw := Framework(one("THA", hrd.ViolationTorture)); fw.Uncited != nil {
		t.Errorf("uncited for Thailand: %v", fw.Uncited)
	}
}

// sortLike returns want reordered as got when both hold the same lines, so that
// the comparison is of sets; otherwise want as it is.
func sortLike(want, got []string) []string {
	if len(want) != len(got) {
		return want
	}
	set := map[string]bool{}
	for _, w := range want {
		set[w] = true
	}
	for _, g := range got {
		if !set[g] {
			return want
		}
	}
	return got
}

func TestFrameworkOrder(t *testing.T) {
	s := complete()
	s.Violations[0].Type = hrd.ViolationJudicialHarassment
	s.Violations = append(s.Violations, s.Violations[0])
	s.Violations[1].ID, s.Violations[1].Type = "x2", hrd.ViolationKilling
	got := normsText(Framework(s).Norms)
	want := []string{ // the order of the rights vocabulary
		"life ICCPR 6 [x2]",
		"liberty_security ICCPR 9 [x1]",
		"fair_trial ICCPR 14 [x1]",
		"opinion_expression ICCPR 19 [x1]",
		"peaceful_assembly ICCPR 21 [x1]",
		"association ICCPR 22 [x1]",
		"effective_remedy ICCPR 2(3) [x2]",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestFrameworkInstruments(t *testing.T) {
	s := complete()
	s.Violations[0].Type = hrd.ViolationTorture
	s.Violations = append(s.Violations, s.Violations[0], s.Violations[0])
	s.Violations[1].ID, s.Violations[1].Type = "x2", hrd.ViolationEnforcedDisappearance
	s.Violations[2].ID, s.Violations[2].Rights = "x3", []hrd.Right{hrd.RightHealthyEnvironment}
	got := Framework(s).Instruments
	want := []Instrument{
		{Code: InstrumentDisappearance, Article: "10", Violations: []hrd.ID{"x2"}},
		{Code: InstrumentCAT, Article: "1", Violations: []hrd.ID{"x1", "x3"}},
		{Code: InstrumentHRC4813, Violations: []hrd.ID{"x3"}},
		{Code: InstrumentGA76300, Violations: []hrd.ID{"x3"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	titles := map[hrd.Language]string{
		hrd.English: "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment, article 1",
		hrd.French:  "Convention contre la torture et autres peines ou traitements cruels, inhumains ou dégradants, article 1",
		hrd.Spanish: "Convención contra la Tortura y Otros Tratos o Penas Crueles, Inhumanos o Degradantes, artículo 1",
	}
	for lang, title := range titles {
		if got := want[1].Title(lang); got != title {
			t.Errorf("Title(%s) = %q", lang, got)
		}
	}
	if got := want[0].Title(hrd.English); got != "Declaration on the Protection of All Persons from Enforced Disappearance (1992), article 10" {
		t.Errorf("Title = %q", got)
	}
	if got := want[2].Title(hrd.English); got != "Human Rights Council resolution 48/13 (2021)" {
		t.Errorf("Title = %q", got)
	}
	if want[0].Summary(hrd.French) == "" || (Instrument{Code: "x"}).Summary(hrd.English) != "" || (Instrument{Code: "x"}).Name(hrd.English) != "x" {
		t.Error("Summary or Name")
	}
	// Ill-treatment is not torture: no CAT.
	s = complete()
	s.Violations[0].Type = hrd.ViolationIllTreatment
	if got := Framework(s).Instruments; got != nil {
		t.Errorf("instruments for ill-treatment: %v", got)
	}
}

func TestFailedInvestigation(t *testing.T) {
	act := func(by hrd.ActionBy, typ hrd.ActionType, out hrd.ActionOutcome) Action {
		return Action{By: by, Type: typ, Outcome: out, Description: "x"}
	}
	tests := []struct {
		name string
		a    Action
		want string // reason code, "" for none
	}{
		{"police report rejected", act(hrd.ActionByVictim, hrd.ActionPoliceReport, hrd.OutcomeRejected), "complaint_not_investigated"},
		{"complaint unanswered", act(hrd.ActionByLawyer, hrd.ActionComplaint, hrd.OutcomeNoResponse), "complaint_not_investigated"},
		{"NHRI complaint dismissed", act(hrd.ActionByOrganization, hrd.ActionNHRIComplaint, hrd.OutcomeDismissed), "complaint_not_investigated"},
		{"petition unanswered", act(hrd.ActionByFamily, hrd.ActionPetition, hrd.OutcomeNoResponse), "complaint_not_investigated"},
		{"investigation dropped", act(hrd.ActionByAuthorities, hrd.ActionInvestigation, hrd.OutcomeDismissed), "investigation_not_pursued"},
		{"prosecution rejected", act(hrd.ActionByAuthorities, hrd.ActionProsecution, hrd.OutcomeRejected), "investigation_not_pursued"},
		{"pending report", act(hrd.ActionByVictim, hrd.ActionPoliceReport, hrd.OutcomePending), ""},
		{"unknown outcome", act(hrd.ActionByVictim, hrd.ActionPoliceReport, hrd.OutcomeUnknown), ""},
		{"no outcome", act(hrd.ActionByVictim, hrd.ActionPoliceReport, ""), ""},
		{"court case rejected", act(hrd.ActionByLawyer, hrd.ActionCourtCase, hrd.OutcomeRejected), ""},
		{"appeal rejected", act(hrd.ActionByLawyer, hrd.ActionAppeal, hrd.OutcomeRejected), ""},
		{"media statement unanswered", act(hrd.ActionByOrganization, hrd.ActionMediaStatement, hrd.OutcomeNoResponse), ""},
		{"authorities' own complaint", act(hrd.ActionByAuthorities, hrd.ActionComplaint, hrd.OutcomeRejected), ""},
	}
	for _, tc := range tests {
		s := complete()
		s.Actions = []Action{tc.a}
		got := FailedInvestigation(s)
		fw := Framework(s)
		var code string
		if len(got) > 0 {
			code = got[0].Code
			if got[0].Pointer != "/actions/0" || len(got[0].Args) != 2 {
				t.Errorf("%s: %+v", tc.name, got[0])
			}
		}
		if code != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, code, tc.want)
		}
		// A failure adds 9.1, 9.2 and 9.5 and the right to an effective remedy.
		provs := declaration.ProvisionsOf(fw.Provisions)
		has := func(ref string) bool {
			p := declaration.MustParse(ref)[0]
			for _, q := range provs {
				if q == p {
					return true
				}
			}
			return false
		}
		failed := tc.want != ""
		if has("9.1") != failed || has("9.2") != failed || has("9.5") != failed {
			t.Errorf("%s: provisions %v", tc.name, provs)
		}
		remedy := false
		for _, n := range fw.Norms {
			if n.Right == hrd.RightEffectiveRemedy {
				remedy = true
				if n.Treaty != hrd.ICCPR || cmp.Diff([]string{"2(3)"}, n.Articles) != "" || !n.Investigation || n.Violations != nil {
					t.Errorf("%s: remedy norm %+v", tc.name, n)
				}
			}
		}
		if remedy != failed {
			t.Errorf("%s: effective remedy cited = %v", tc.name, remedy)
		}
	}
	if FailedInvestigation(nil) != nil {
		t.Error("nil")
	}
}

func TestFrameworkProvisionReasons(t *testing.T) {
	s := complete()
	s.Victims[0].Activities = []hrd.Activity{hrd.ActivityPeacefulAssembly}
	fw := Framework(s)
	var got []string
	for _, a := range fw.Provisions {
		var rs []string
		for _, r := range a.Reasons {
			rs = append(rs, string(r.Kind)+":"+r.Code)
		}
		got = append(got, a.Provision.String()+" "+strings.Join(rs, ","))
	}
	want := []string{
		"1 base:",
		"2 base:",
		"5 violation:arbitrary_arrest",
		"5(a) activity:peaceful_assembly",
		"6 violation:arbitrary_arrest",
		"12.1 activity:peaceful_assembly",
		"12.2 base:",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestFrameworkDrafts(t *testing.T) {
	for _, s := range []*Submission{nil, {}, {
		Victims:    []hrd.Victim{{}},
		Violations: []hrd.Violation{{}, {Type: "nonsense", Rights: []hrd.Right{"nonsense"}}},
		Actions:    []Action{{}},
	}} {
		fw := Framework(s)
		if len(fw.Norms) != 0 || len(fw.Instruments) != 0 {
			t.Errorf("%+v: %+v", s, fw)
		}
	}
}

// TestAnalysisGoldens writes, for every testdata submission, the suggested
// type, mandates and citations, and compares them with
// testdata/analysis/NAME.golden. SPCOMM_UPDATE_GOLDEN=1 rewrites them.
func TestAnalysisGoldens(t *testing.T) {
	for _, f := range testdataFiles(t, 1, "submissions") {
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		t.Run(name, func(t *testing.T) {
			golden(t, filepath.Join("testdata", "analysis", name+".golden"), analysisText(decodeFile(t, f)))
		})
	}
}

// analysisText writes the analysis of a submission for a golden file.
func analysisText(s *Submission) []byte {
	var b bytes.Buffer
	en := hrd.English
	r := Check(s, CheckOptions{Today: testToday})
	fmt.Fprintf(&b, "country: %s (ICCPR party: %v, ICESCR party: %v)\n", s.Country, hrd.IsParty(s.Country, hrd.ICCPR), hrd.IsParty(s.Country, hrd.ICESCR))
	fmt.Fprintf(&b, "ready: %v", r.Ready)
	for _, f := range r.All() {
		fmt.Fprintf(&b, " %s:%s", f.Severity, f.Code)
	}
	ts := SuggestType(s)
	fmt.Fprintf(&b, "\n\ntype: %s (%s %s: %s)\n", ts.Type, ts.Reason.Code, ts.Reason.Pointer, ts.Reason.Text(en))

	fmt.Fprintf(&b, "\nmandates (addressed: %v):\n", s.Mandates)
	for _, m := range SuggestMandates(s) {
		fmt.Fprintf(&b, "  %-40s %3d\n", m.Mandate.ID, m.Score)
		for _, r := range m.Reasons {
			fmt.Fprintf(&b, "      %s%v %s\n", r.Code, r.Args, r.Pointer)
		}
	}
	fw := Framework(s)
	fmt.Fprintf(&b, "\nprovisions:\n")
	for _, a := range fw.Provisions {
		var rs []string
		for _, r := range a.Reasons {
			if r.Code != "" {
				rs = append(rs, string(r.Kind)+":"+r.Code)
			} else {
				rs = append(rs, string(r.Kind))
			}
		}
		fmt.Fprintf(&b, "  %-7s %s\n", a.Provision, strings.Join(rs, " "))
	}
	fmt.Fprintf(&b, "\nnorms:\n")
	for _, line := range normsText(fw.Norms) {
		fmt.Fprintf(&b, "  %s\n", line)
	}
	fmt.Fprintf(&b, "\ninstruments:\n")
	for _, in := range fw.Instruments {
		fmt.Fprintf(&b, "  %s %v\n", in.Title(en), in.Violations)
	}
	if len(fw.Uncited) > 0 {
		fmt.Fprintf(&b, "\nuncited: %v\n", fw.Uncited)
	}
	fmt.Fprintf(&b, "\nfailed investigation:\n")
	for _, r := range fw.FailedInvestigation {
		fmt.Fprintf(&b, "  %s%v %s\n", r.Code, r.Args, r.Pointer)
	}
	return b.Bytes()
}
