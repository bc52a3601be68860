package declaration

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/openhrd/spcomm/hrd"
)

// describe writes a result of Applicable as "provision:kind=code,kind ..." lines.
func describe(apps []Application) string {
	var lines []string
	for _, a := range apps {
		var rs []string
		for _, r := range a.Reasons {
			s := string(r.Kind)
			if r.Code != "" {
				s += "=" + r.Code
			}
			rs = append(rs, s)
		}
		lines = append(lines, a.Provision.String()+":"+strings.Join(rs, ","))
	}
	return strings.Join(lines, " ")
}

func TestApplicable(t *testing.T) {
	tests := []struct {
		name string
		in   Input
		want string
	}{
		{"empty", Input{}, ""},
		{"other violation: base only", Input{Violations: []hrd.ViolationType{hrd.ViolationOther}},
			"1:base 2:base 12.2:base"},
		{"activities only: no base", Input{Activities: []hrd.Activity{hrd.ActivityPeacefulProtest}},
			"12.1:activity=peaceful_protest 12.3:activity=peaceful_protest"},
		{"failure to investigate only", Input{FailureToInvestigate: true},
			"9.1:investigation 9.2:investigation 9.5:investigation"},
		{"restrictive legislation", Input{Violations: []hrd.ViolationType{hrd.ViolationRestrictiveLegislation}},
			"1:base 2:base 3:violation=restrictive_legislation 12.2:base 17:violation=restrictive_legislation"},
		{"shared provisions are listed once with every reason", Input{
			Violations: []hrd.ViolationType{hrd.ViolationTravelBan, hrd.ViolationReprisalUNCooperation},
			Activities: []hrd.Activity{hrd.ActivityInternationalEngagement},
		}, "1:base 2:base 5(c):violation=travel_ban,violation=reprisal_un_cooperation,activity=international_engagement " +
			"9.4:violation=travel_ban,violation=reprisal_un_cooperation,activity=international_engagement 12.2:base"},
		{"killing not investigated", Input{
			Violations:           []hrd.ViolationType{hrd.ViolationKilling},
			Activities:           []hrd.Activity{hrd.ActivityAccountability},
			FailureToInvestigate: true,
		}, "1:base 2:base 9.1:investigation 9.2:investigation 9.3(a):activity=accountability " +
			"9.5:violation=killing,investigation 12.2:base 12.3:activity=accountability"},
		{"article and part both kept", Input{
			Violations: []hrd.ViolationType{hrd.ViolationArbitraryArrest, hrd.ViolationSmearCampaign},
		}, "1:base 2:base 5:violation=arbitrary_arrest 6:violation=arbitrary_arrest 6(b):violation=smear_campaign 12.2:base"},
		{"unknown codes are ignored", Input{
			Violations: []hrd.ViolationType{"teasing"},
			Activities: []hrd.Activity{"juggling", hrd.ActivityOther},
		}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Applicable(tc.in)
			if d := describe(got); d != tc.want {
				t.Errorf("Applicable =\n%s\nwant\n%s", d, tc.want)
			}
			if tc.want == "" && got != nil {
				t.Errorf("Applicable = %#v, want nil", got)
			}
		})
	}
}

// TestApplicableOrderAndDuplicates checks that the result is sorted, has each
// provision once, and does not depend on the order or repetition of the input.
func TestApplicableOrderAndDuplicates(t *testing.T) {
	viols := hrd.ViolationType("").Values()
	acts := hrd.Activity("").Values()
	in := Input{Violations: viols, Activities: acts, FailureToInvestigate: true}
	want := Applicable(in)

	ps := ProvisionsOf(want)
	if !slices.IsSortedFunc(ps, Compare) || len(slices.Compact(slices.Clone(ps))) != len(ps) {
		t.Fatalf("provisions %s are not sorted and unique", strs(ps))
	}
	for _, a := range want {
		if len(a.Reasons) == 0 {
			t.Errorf("%v has no reason", a.Provision)
		}
		for i, r := range a.Reasons {
			if slices.Contains(a.Reasons[:i], r) {
				t.Errorf("%v repeats reason %v", a.Provision, r)
			}
		}
	}

	rev := Input{Violations: slices.Clone(viols), Activities: slices.Clone(acts), FailureToInvestigate: true}
	slices.Reverse(rev.Violations)
	slices.Reverse(rev.Activities)
	rev.Violations = append(rev.Violations, viols...)
	rev.Activities = append(rev.Activities, acts[:3]...)
	if got := Applicable(rev); describe(got) != describe(want) {
		t.Errorf("reordered and repeated input changes the result:\n%s\nwant\n%s", describe(got), describe(want))
	}
	// Every provision of every mapping appears.
	var all []Provision
	for _, m := range ViolationMappings() {
		all = append(all, m.Provisions()...)
	}
	for _, m := range ActivityMappings() {
		all = append(all, m.Provisions...)
	}
	for _, c := range Investigation() {
		all = append(all, c.Provision)
	}
	for _, p := range all {
		if !slices.Contains(ps, p) {
			t.Errorf("%v is missing from the full result", p)
		}
	}
}

// TestApplicableReasonOrder checks the order of reasons: base, violation, activity,
// investigation, codes within a kind in the vocabulary's order.
func TestApplicableReasonOrder(t *testing.T) {
	kinds := []ReasonKind{ReasonBase, ReasonViolation, ReasonActivity, ReasonInvestigation}
	pos := map[string]int{}
	for i, v := range hrd.ViolationType("").Values() {
		pos[string(ReasonViolation)+string(v)] = i
	}
	for i, a := range hrd.Activity("").Values() {
		pos[string(ReasonActivity)+string(a)] = i
	}
	in := Input{Violations: hrd.ViolationType("").Values(), Activities: hrd.Activity("").Values(), FailureToInvestigate: true}
	for _, a := range Applicable(in) {
		ok := slices.IsSortedFunc(a.Reasons, func(x, y Reason) int {
			if c := slices.Index(kinds, x.Kind) - slices.Index(kinds, y.Kind); c != 0 {
				return c
			}
			return pos[string(x.Kind)+x.Code] - pos[string(y.Kind)+y.Code]
		})
		if !ok {
			t.Errorf("%v: reasons out of order: %v", a.Provision, a.Reasons)
		}
		for _, r := range a.Reasons {
			if (r.Kind == ReasonBase || r.Kind == ReasonInvestigation) != (r.Code == "") {
				t.Errorf("%v: reason %+v", a.Provision, r)
			}
			if r.Basis == "" {
				t.Errorf("%v: reason %+v has no basis", a.Provision, r)
			}
		}
	}
}

func TestApplicationJSON(t *testing.T) {
	apps := Applicable(Input{Violations: []hrd.ViolationType{hrd.ViolationFundingRestriction}})
	data, err := json.Marshal(apps[3])
	if err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf(`{"provision":"13","reasons":[{"kind":"violation","code":"funding_restriction","basis":%q}]}`, BasisBooklet)
	if string(data) != want {
		t.Errorf("JSON = %s, want %s", data, want)
	}
}
