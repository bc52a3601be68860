package communication

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openhrd/spcomm/communication/mandate"
	"github.com/openhrd/spcomm/hrd"
)

// reasonsFor returns "code[args] pointer" for each reason of a mandate, or nil
// when it is not suggested.
func reasonsFor(sugs []MandateSuggestion, id mandate.ID) []string {
	for _, s := range sugs {
		if s.Mandate.ID == id {
			var out []string
			for _, r := range s.Reasons {
				out = append(out, fmt.Sprintf("%s%v %s", r.Code, r.Args, r.Pointer))
			}
			return out
		}
	}
	return nil
}

func ids(sugs []MandateSuggestion) []mandate.ID {
	var out []mandate.ID
	for _, s := range sugs {
		out = append(out, s.Mandate.ID)
	}
	return out
}

func TestRoutingIDsExist(t *testing.T) {
	var all []mandate.ID
	for _, m := range byViolation {
		all = append(all, m...)
	}
	for _, m := range byPerpetrator {
		all = append(all, m...)
	}
	for _, m := range byCategory {
		all = append(all, m...)
	}
	all = append(all, mDefenders, mVAW, mWomenGirls, mTerrorism)
	for _, id := range all {
		if _, ok := mandate.Lookup(id); !ok {
			t.Errorf("routing names %s, which the catalogue lacks", id)
		}
	}
	for code := range reasonWeight {
		if !msgs.Has("reason." + code) {
			t.Errorf("reason %s has no message", code)
		}
	}
}

func TestSuggestMandatesRouting(t *testing.T) {
	tests := []struct {
		name string
		edit func(s *Submission)
		id   mandate.ID
		want []string // reasons of the mandate; nil: not suggested
	}{
		{"defenders mandate for a defender", func(s *Submission) {}, mDefenders, []string{"defender_case[] /victims/0"}},
		{"defenders mandate for a draft without work recorded", func(s *Submission) {
			s.Victims[0].Activities, s.Victims[0].Categories, s.Victims[0].ActivityDescription = nil, nil, ""
		}, mDefenders, []string{"defender_format[] "}},
		{"reprisal", func(s *Submission) { s.Violations[0].Type = hrd.ViolationReprisalUNCooperation }, mDefenders,
			[]string{"defender_case[] /victims/0", "reprisal[reprisal_un_cooperation] /violations/0/type"}},
		{"arrest", func(s *Submission) {}, mDetention, []string{"violation[arbitrary_arrest] /violations/0/type"}},
		{"killing", func(s *Submission) { s.Violations[0].Type = hrd.ViolationKilling }, mExecutions, []string{"violation[killing] /violations/0/type"}},
		{"death threat", func(s *Submission) { s.Violations[0].Type = hrd.ViolationDeathThreat }, mExecutions, []string{"violation[death_threat] /violations/0/type"}},
		{"torture", func(s *Submission) { s.Violations[0].Type = hrd.ViolationTorture }, mTorture, []string{"violation[torture] /violations/0/type"}},
		{"disappearance", func(s *Submission) { s.Violations[0].Type = hrd.ViolationEnforcedDisappearance }, mDisappear, []string{"violation[enforced_disappearance] /violations/0/type"}},
		{"censorship", func(s *Submission) { s.Violations[0].Type = hrd.ViolationCensorship }, mExpression, []string{"violation[censorship] /violations/0/type"}},
		{"media worker", func(s *Submission) { s.Victims[0].Categories = []hrd.DefenderCategory{hrd.CategoryMediaWorker} }, mExpression,
			[]string{"category[media_worker] /victims/0/categories/0"}},
		{"NGO closure", func(s *Submission) { s.Violations[0].Type = hrd.ViolationNGOClosureDeregistration }, mAssembly, []string{"violation[ngo_closure_deregistration] /violations/0/type"}},
		{"dismissal", func(s *Submission) { s.Violations[0].Type = hrd.ViolationDismissalEmployment }, mAssembly, []string{"violation[dismissal_employment] /violations/0/type"}},
		{"trade unionist", func(s *Submission) { s.Victims[0].Categories = []hrd.DefenderCategory{hrd.CategoryTradeUnionist} }, mAssembly,
			[]string{"category[trade_unionist] /victims/0/categories/0"}},
		{"company", func(s *Submission) { s.Perpetrators[0].Type = hrd.PerpetratorCorporationTransnational }, mBusiness,
			[]string{"perpetrator[corporation_transnational] /perpetrators/0/type"}},
		{"private security", func(s *Submission) {
			s.Perpetrators = append(s.Perpetrators, hrd.Perpetrator{ID: "p2", Type: hrd.PerpetratorPrivateSecurity})
		}, mBusiness, []string{"perpetrator[private_security] /perpetrators/1/type"}},
		{"police is not business", func(s *Submission) {}, mBusiness, nil},
		{"indigenous", func(s *Submission) {
			s.Victims[0].Categories = []hrd.DefenderCategory{hrd.CategoryWomanHRD, hrd.CategoryIndigenousPeoplesRightsDefender}
		}, mIndigenous, []string{"category[indigenous_peoples_rights_defender] /victims/0/categories/1"}},
		{"environment", func(s *Submission) {
			s.Victims[0].Categories = []hrd.DefenderCategory{hrd.CategoryEnvironmentalDefender}
		}, mEnvironment,
			[]string{"category[environmental_defender] /victims/0/categories/0"}},
		{"sexual violence against a woman", func(s *Submission) {
			s.Victims[0].Gender, s.Violations[0].Type = hrd.GenderWoman, hrd.ViolationSexualViolence
		}, mVAW, []string{"violence_against_woman[sexual_violence] /violations/0/type"}},
		{"sexual violence against a man goes to torture, not VAW", func(s *Submission) {
			s.Victims[0].Gender, s.Violations[0].Type = hrd.GenderMan, hrd.ViolationSexualViolence
		}, mVAW, nil},
		{"assault on a WHRD", func(s *Submission) {
			s.Victims[0].Categories, s.Violations[0].Type = []hrd.DefenderCategory{hrd.CategoryWomanHRD}, hrd.ViolationPhysicalAssault
		}, mVAW, []string{"violence_against_whrd[physical_assault] /violations/0/type"}},
		{"arrest of a WHRD is not VAW", func(s *Submission) { s.Victims[0].Categories = []hrd.DefenderCategory{hrd.CategoryWomanHRD} }, mVAW, nil},
		{"harassment of a WHRD affecting equality", func(s *Submission) {
			s.Victims[0].Categories, s.Violations[0].Type = []hrd.DefenderCategory{hrd.CategoryWomanHRD}, hrd.ViolationSexualHarassment
		}, mWomenGirls, []string{"discrimination_against_whrd[sexual_harassment] /violations/0/type"}},
		{"declared equality right of a WHRD", func(s *Submission) {
			s.Victims[0].Categories = []hrd.DefenderCategory{hrd.CategoryWomanHRD}
			s.Violations[0].Rights = []hrd.Right{hrd.RightLibertySecurity, hrd.RightEqualityNonDiscrimination}
		}, mWomenGirls, []string{"discrimination_against_whrd[arbitrary_arrest] /violations/0/type"}},
		{"lawyer", func(s *Submission) { s.Victims[0].Categories = []hrd.DefenderCategory{hrd.CategoryLawyer} }, mJudges,
			[]string{"category[lawyer] /victims/0/categories/0"}},
		{"judicial harassment", func(s *Submission) { s.Violations[0].Type = hrd.ViolationJudicialHarassment }, mJudges,
			[]string{"violation[judicial_harassment] /violations/0/type"}},
		{"LGBTIQ", func(s *Submission) {
			s.Victims[0].Categories = []hrd.DefenderCategory{hrd.CategoryLGBTIQRightsDefender}
		}, mSOGI,
			[]string{"category[lgbtiq_rights_defender] /victims/0/categories/0"}},
		{"surveillance", func(s *Submission) { s.Violations[0].Type = hrd.ViolationSurveillance }, mPrivacy, []string{"violation[surveillance] /violations/0/type"}},
		{"raid", func(s *Submission) { s.Violations[0].Type = hrd.ViolationRaidSearch }, mPrivacy, []string{"violation[raid_search] /violations/0/type"}},
		{"eviction", func(s *Submission) { s.Violations[0].Type = hrd.ViolationForcedEviction }, mHousing, []string{"violation[forced_eviction] /violations/0/type"}},
		{"minority", func(s *Submission) {
			s.Victims[0].Categories = []hrd.DefenderCategory{hrd.CategoryMinorityRightsDefender}
		}, mMinorities,
			[]string{"category[minority_rights_defender] /victims/0/categories/0"}},
		{"migrants", func(s *Submission) {
			s.Victims[0].Categories = []hrd.DefenderCategory{hrd.CategoryMigrantRefugeeRightsDefender}
		}, mMigrants,
			[]string{"category[migrant_refugee_rights_defender] /victims/0/categories/0"}},
		{"terrorism, English", func(s *Submission) { s.Violations[0].LegalBasis = "Anti-Terrorism Act 1997, s. 11" }, mTerrorism,
			[]string{"legal_basis_terrorism[] /violations/0/legal_basis"}},
		{"terrorism, French", func(s *Submission) { s.Violations[0].LegalBasis = "Loi relative à la lutte contre le TERRORISME" }, mTerrorism,
			[]string{"legal_basis_terrorism[] /violations/0/legal_basis"}},
		{"national security, French with accents", func(s *Submission) { s.Violations[0].LegalBasis = "atteinte à la Sécurité nationale" }, mTerrorism,
			[]string{"legal_basis_terrorism[] /violations/0/legal_basis"}},
		{"national security, Spanish", func(s *Submission) { s.Violations[0].LegalBasis = "Ley de Seguridad Nacional, art. 3" }, mTerrorism,
			[]string{"legal_basis_terrorism[] /violations/0/legal_basis"}},
		{"antiterrorism, Spanish", func(s *Submission) { s.Violations[0].LegalBasis = "ley antiterrorista" }, mTerrorism,
			[]string{"legal_basis_terrorism[] /violations/0/legal_basis"}},
		{"an ordinary charge is not terrorism", func(s *Submission) { s.Violations[0].LegalBasis = "Penal Code, section 112 (defamation)" }, mTerrorism, nil},
		{"the country mandate", func(s *Submission) { s.Country = "KHM" }, "sr-cambodia", []string{"country_mandate[KHM] /country"}},
		{"the country mandate, Myanmar", func(s *Submission) { s.Country = "MMR" }, "sr-myanmar", []string{"country_mandate[MMR] /country"}},
		{"a dormant country mandate", func(s *Submission) { s.Country = "SYR" }, "sr-syria", []string{"country_mandate_dormant[SYR] /country"}},
		{"a violation in another State with a country mandate", func(s *Submission) {
			s.Violations[0].Place = &hrd.Place{Country: "BLR"}
		}, "sr-belarus", []string{"country_mandate_place[BLR] /violations/0/place/country"}},
		{"no country mandate for Thailand", func(s *Submission) {}, "sr-cambodia", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := complete()
			tc.edit(s)
			if diff := cmp.Diff(tc.want, reasonsFor(SuggestMandates(s), tc.id)); diff != "" {
				t.Errorf("reasons for %s (-want +got):\n%s", tc.id, diff)
			}
		})
	}
}

func TestSuggestMandatesRanking(t *testing.T) {
	s := complete()
	s.Country = "KHM"
	s.Victims[0].Categories = []hrd.DefenderCategory{hrd.CategoryLandRightsDefender, hrd.CategoryEnvironmentalDefender}
	s.Perpetrators = append(s.Perpetrators, hrd.Perpetrator{ID: "p2", Type: hrd.PerpetratorCorporationNational})
	x := s.Violations[0]
	for _, typ := range []hrd.ViolationType{hrd.ViolationArbitraryDetention, hrd.ViolationIncommunicadoDetention, hrd.ViolationHouseArrest, hrd.ViolationArbitraryDetention} {
		x.Type = typ
		s.Violations = append(s.Violations, x)
	}
	got := SuggestMandates(s)
	want := []mandate.ID{mDefenders, mDetention, "sr-cambodia", mBusiness, mEnvironment}
	if diff := cmp.Diff(want, ids(got)); diff != "" {
		t.Fatalf("ranking (-want +got):\n%s", diff)
	}
	// The detention mandate outscores the defenders mandate, which still leads.
	if got[1].Score != 20 || got[0].Score != 10 || got[2].Score != 6 || got[3].Score != 3 || got[4].Score != 2 {
		t.Errorf("scores %d %d %d %d %d", got[0].Score, got[1].Score, got[2].Score, got[3].Score, got[4].Score)
	}
	// Five detention reasons, one per violation, though the repeated type counts once.
	if n := len(got[1].Reasons); n != 5 {
		t.Errorf("%d detention reasons", n)
	}
	// Deterministic, and independent of map order.
	for range 20 {
		if diff := cmp.Diff(got, SuggestMandates(s)); diff != "" {
			t.Fatalf("not deterministic:\n%s", diff)
		}
	}
	// Equal scores keep the catalogue's order.
	s = complete()
	s.Violations[0].Type = hrd.ViolationTorture
	s.Violations = append(s.Violations, s.Violations[0])
	s.Violations[1].Type = hrd.ViolationKilling
	if diff := cmp.Diff([]mandate.ID{mDefenders, mExecutions, mTorture}, ids(SuggestMandates(s))); diff != "" {
		t.Errorf("tie (-want +got):\n%s", diff)
	}
}

func TestSuggestMandatesDrafts(t *testing.T) {
	if SuggestMandates(nil) != nil {
		t.Error("nil submission")
	}
	got := SuggestMandates(&Submission{})
	if len(got) != 1 || got[0].Mandate.ID != mDefenders {
		t.Errorf("empty submission: %v", ids(got))
	}
	// Dangling references and unknown codes do not panic.
	s := &Submission{
		Country:    "XXX",
		Victims:    []hrd.Victim{{}},
		Violations: []hrd.Violation{{Type: "nonsense", Victims: []hrd.ID{"ghost"}, Perpetrators: []hrd.ID{"ghost"}, Place: &hrd.Place{Country: "ZZZ"}}},
	}
	if got := SuggestMandates(s); len(got) != 1 {
		t.Errorf("draft: %v", ids(got))
	}
}

func TestMandateReasonsAreLocalised(t *testing.T) {
	s := complete()
	s.Country = "KHM"
	for _, sug := range SuggestMandates(s) {
		for _, r := range sug.Reasons {
			for _, lang := range hrd.Language("").Values() {
				text := r.Text(lang)
				if text == r.Code || strings.Contains(text, "%!") || strings.Contains(text, "_") {
					t.Errorf("%s in %s: %q", r.Code, lang, text)
				}
			}
		}
	}
	if !slices.Contains(ids(SuggestMandates(s)), "sr-cambodia") {
		t.Error("no sr-cambodia")
	}
}
