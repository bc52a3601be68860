package declaration

import (
	"slices"
	"testing"

	"github.com/openhrd/spcomm/hrd"
)

// checkList fails unless ps is non-empty (when required), valid, sorted and free of
// duplicates.
func checkList(t *testing.T, what string, ps []Provision, required bool) {
	t.Helper()
	if required && len(ps) == 0 {
		t.Errorf("%s has no provisions", what)
	}
	for _, p := range ps {
		if !p.Valid() {
			t.Errorf("%s: invalid provision %#v", what, p)
		}
	}
	if !slices.IsSortedFunc(ps, Compare) || len(slices.Compact(slices.Clone(ps))) != len(ps) {
		t.Errorf("%s: %s is not sorted and unique", what, strs(ps))
	}
}

var knownBases = []Basis{BasisBooklet, BasisForumAsia, BasisCommunications, BasisCommentary, BasisGA70161, BasisReprisals, BasisDerived}

func TestActivityMappingsComplete(t *testing.T) {
	ms := ActivityMappings()
	codes := hrd.Activity("").Values()
	if len(ms) != len(codes) {
		t.Fatalf("%d activity mappings for %d activity codes", len(ms), len(codes))
	}
	for i, a := range codes {
		if ms[i].Activity != a {
			t.Errorf("mapping %d is %q, want %q (the vocabulary's order)", i, ms[i].Activity, a)
		}
		m, ok := ForActivity(a)
		if !ok || m.Activity != a {
			t.Errorf("ForActivity(%q) = %v, %v", a, m, ok)
		}
		other := a == hrd.ActivityOther
		checkList(t, "activity "+string(a), m.Provisions, !other)
		if !other && !slices.Contains(knownBases, m.Basis) {
			t.Errorf("activity %q has basis %q", a, m.Basis)
		}
	}
	if _, ok := ForActivity("juggling"); ok {
		t.Error("ForActivity accepts an unknown code")
	}
}

func TestViolationMappingsComplete(t *testing.T) {
	ms := ViolationMappings()
	codes := hrd.ViolationType("").Values()
	if len(ms) != len(codes) {
		t.Fatalf("%d violation mappings for %d violation types", len(ms), len(codes))
	}
	for i, v := range codes {
		if ms[i].Violation != v {
			t.Errorf("mapping %d is %q, want %q (the vocabulary's order)", i, ms[i].Violation, v)
		}
		m, ok := ForViolation(v)
		if !ok || m.Violation != v {
			t.Errorf("ForViolation(%q) = %v, %v", v, m, ok)
		}
		bare := v == hrd.ViolationOther || v == hrd.ViolationHouseArrest
		checkList(t, "violation "+string(v), m.Specific, !bare)
		checkList(t, "violation "+string(v)+" (all)", m.Provisions(), true)
		if v != hrd.ViolationOther && !slices.Contains(knownBases, m.Basis) {
			t.Errorf("violation %q has basis %q", v, m.Basis)
		}
		for _, c := range Base() {
			if !slices.Contains(m.Provisions(), c.Provision) {
				t.Errorf("violation %q lacks base provision %v", v, c.Provision)
			}
			if slices.Contains(m.Specific, c.Provision) {
				t.Errorf("violation %q repeats base provision %v among its specific ones", v, c.Provision)
			}
		}
	}
	if _, ok := ForViolation("teasing"); ok {
		t.Error("ForViolation accepts an unknown code")
	}
}

// TestMappingsFromVocabularies pins rows of the vocabularies' tables.
func TestMappingsFromVocabularies(t *testing.T) {
	acts := []struct {
		a     hrd.Activity
		want  string
		basis Basis
	}{
		{hrd.ActivityDocumentingViolations, "6(a) 6(b)", BasisBooklet},
		{hrd.ActivityPeacefulAssembly, "5(a) 12.1", BasisBooklet},
		{hrd.ActivityInternationalEngagement, "5(c) 9.4", BasisBooklet},
		{hrd.ActivityPublicParticipation, "8.1 8.2", BasisDerived},
		{hrd.ActivitySupportingVictims, "9.1 9.2 9.3", BasisDerived},
		{hrd.ActivityResourceMobilisation, "13", BasisBooklet},
		{hrd.ActivityOther, "", ""},
	}
	for _, tc := range acts {
		m, _ := ForActivity(tc.a)
		if strs(m.Provisions) != tc.want || m.Basis != tc.basis {
			t.Errorf("ForActivity(%s) = %s (%s), want %s (%s)", tc.a, strs(m.Provisions), m.Basis, tc.want, tc.basis)
		}
	}
	viols := []struct {
		v     hrd.ViolationType
		want  string // all provisions, base included
		basis Basis
	}{
		{hrd.ViolationKilling, "1 2 9.5 12.2", BasisDerived},
		{hrd.ViolationArbitraryDetention, "1 2 5 6 12.2", BasisCommunications},
		{hrd.ViolationJudicialHarassment, "1 2 5 6 9.3 12.2", BasisCommunications},
		{hrd.ViolationTravelBan, "1 2 5(c) 9.4 12.2", BasisBooklet},
		{hrd.ViolationCensorship, "1 2 6(b) 6(c) 7 12.2", BasisBooklet},
		{hrd.ViolationProfessionalSanction, "1 2 9.3(c) 11 12.2", BasisCommunications},
		{hrd.ViolationRestrictiveLegislation, "1 2 3 12.2 17", BasisBooklet},
		{hrd.ViolationDeathThreat, "1 2 12.2 12.3", BasisBooklet},
		{hrd.ViolationOther, "1 2 12.2", ""},
	}
	for _, tc := range viols {
		m, _ := ForViolation(tc.v)
		if strs(m.Provisions()) != tc.want || m.Basis != tc.basis {
			t.Errorf("ForViolation(%s) = %s (%s), want %s (%s)", tc.v, strs(m.Provisions()), m.Basis, tc.want, tc.basis)
		}
	}
	var base, inv []Provision
	for _, c := range Base() {
		base = append(base, c.Provision)
		if !slices.Contains(knownBases, c.Basis) {
			t.Errorf("base %v has basis %q", c.Provision, c.Basis)
		}
	}
	for _, c := range Investigation() {
		inv = append(inv, c.Provision)
		if c.Basis != BasisBooklet {
			t.Errorf("investigation %v has basis %q", c.Provision, c.Basis)
		}
	}
	if strs(base) != "1 2 12.2" || strs(inv) != "9.1 9.2 9.5" {
		t.Errorf("Base() = %s, Investigation() = %s", strs(base), strs(inv))
	}
}

// TestMappingsAreCopies checks that callers cannot change the tables.
func TestMappingsAreCopies(t *testing.T) {
	ActivityMappings()[0].Provisions[0] = Provision{}
	m, _ := ForViolation(hrd.ViolationTravelBan)
	m.Specific[0] = Provision{}
	ViolationMappings()[0].Specific[0] = Provision{}
	Trends()[0].Provisions[0] = Provision{}
	Trends()[0].Violations[0] = "x"
	Rights()[0].Provisions[0] = Provision{}
	Base()[0].Provision = Provision{}
	a, _ := ForActivity(hrd.ActivityDocumentingViolations)
	v, _ := ForViolation(hrd.ViolationTravelBan)
	k, _ := ForViolation(hrd.ViolationKilling)
	if !a.Provisions[0].Valid() || !v.Specific[0].Valid() || !k.Specific[0].Valid() ||
		!Trends()[0].Provisions[0].Valid() || Trends()[0].Violations[0] == "x" || !Rights()[0].Provisions[0].Valid() {
		t.Error("a returned slice shares memory with the package's tables")
	}
}

func TestTrends(t *testing.T) {
	trs := Trends()
	want := []struct {
		code  string
		table TrendTable
		provs string
	}{
		{"arrest_peaceful_protest", TrendHarassment, "5 12.1"},
		{"targeting_public_discussion", TrendHarassment, "7"},
		{"restricting_resources", TrendHarassment, "13"},
		{"ngo_registration", TrendHarassment, "5"},
		{"travel_ban", TrendRepression, "5(c) 9.4"},
		{"threats_information", TrendRepression, "6(a) 6(b) 9.3(b)"},
		{"ignored_complaints", TrendRepression, "8.2 9.3"},
		{"refused_complaints", TrendRepression, "2 9.3(a) 9.3(c)"},
		{"threats_violence", TrendRepression, "12.3"},
	}
	if len(trs) != len(want) {
		t.Fatalf("%d trends, want %d", len(trs), len(want))
	}
	for i, w := range want {
		tr := trs[i]
		if tr.Code != w.code || tr.Table != w.table || strs(tr.Provisions) != w.provs || tr.Basis != BasisBooklet {
			t.Errorf("trend %d = %s %s %s %s, want %s %s %s", i, tr.Code, tr.Table, strs(tr.Provisions), tr.Basis, w.code, w.table, w.provs)
		}
		checkList(t, "trend "+tr.Code, tr.Provisions, true)
		for _, v := range tr.Violations {
			if !v.Valid() {
				t.Errorf("trend %s: unknown violation type %q", tr.Code, v)
			}
		}
	}
}

func TestRights(t *testing.T) {
	want := []struct{ code, provs string }{
		{"protection", "2 9 12"},
		{"assembly", "5(a)"},
		{"association", "5(b)"},
		{"international_bodies", "5(c) 9.4"},
		{"opinion_expression", "6"},
		{"protest", "12.1 12.3"},
		{"new_ideas", "7"},
		{"effective_remedy", "9"},
		{"funding", "13"},
	}
	gs := Rights()
	if len(gs) != 9 {
		t.Fatalf("%d rights, want the Commentary's nine", len(gs))
	}
	for i, w := range want {
		g := gs[i]
		if g.Code != w.code || strs(g.Provisions) != w.provs || g.Basis != BasisCommentary {
			t.Errorf("right %d = %s %s %s, want %s %s", i, g.Code, strs(g.Provisions), g.Basis, w.code, w.provs)
		}
		checkList(t, "right "+g.Code, g.Provisions, true)
	}
}

func TestBasisSourced(t *testing.T) {
	if BasisDerived.Sourced() || Basis("").Sourced() || !BasisBooklet.Sourced() || !BasisCommunications.Sourced() {
		t.Error("Basis.Sourced is wrong")
	}
}
