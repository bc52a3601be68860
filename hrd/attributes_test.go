package hrd_test

import (
	"slices"
	"testing"

	"github.com/openhrd/spcomm/hrd"
)

func TestEveryViolationTypeHasAGroup(t *testing.T) {
	for _, v := range hrd.ViolationType("").Values() {
		if !v.Group().Valid() {
			t.Errorf("%s: no group", v)
		}
		if len(v.Rights()) == 0 && v != hrd.ViolationRestrictiveLegislation && v != hrd.ViolationOther {
			t.Errorf("%s: no rights", v)
		}
		for _, r := range v.Rights() {
			if !r.Valid() {
				t.Errorf("%s: invalid right %q", v, r)
			}
		}
	}
}

func TestEveryPerpetratorTypeHasAClass(t *testing.T) {
	for _, p := range hrd.PerpetratorType("").Values() {
		if !p.Class().Valid() {
			t.Errorf("%s: no class", p)
		}
	}
	if hrd.PerpetratorStatePolice.Class() != hrd.ClassState || hrd.PerpetratorCorporationNational.Class() != hrd.ClassNonState ||
		hrd.PerpetratorUnidentified.Class() != hrd.ClassUnknown || !hrd.PerpetratorParamilitaryProGovernment.StateSupported() {
		t.Error("classes do not follow the vocabulary table")
	}
}

func TestEveryRightHasAnInstrument(t *testing.T) {
	for _, r := range hrd.Right("").Values() {
		if len(r.ICCPR())+len(r.ICESCR())+len(r.UDHR())+len(r.OtherInstruments()) == 0 {
			t.Errorf("%s: no instrument", r)
		}
	}
	tests := []struct {
		r                   hrd.Right
		iccpr, icescr, udhr []string
	}{
		{hrd.RightLife, []string{"6"}, nil, []string{"3"}},
		{hrd.RightFairTrial, []string{"14"}, nil, []string{"10", "11(1)"}},
		{hrd.RightTradeUnion, []string{"22"}, []string{"8"}, []string{"23(4)"}},
		{hrd.RightEffectiveRemedy, []string{"2(3)"}, nil, []string{"8"}},
		{hrd.RightWork, nil, []string{"6", "7"}, []string{"23"}},
	}
	for _, tt := range tests {
		if !slices.Equal(tt.r.ICCPR(), tt.iccpr) || !slices.Equal(tt.r.ICESCR(), tt.icescr) || !slices.Equal(tt.r.UDHR(), tt.udhr) {
			t.Errorf("%s: ICCPR %v ICESCR %v UDHR %v", tt.r, tt.r.ICCPR(), tt.r.ICESCR(), tt.r.UDHR())
		}
	}
	// The accessors return copies.
	a := hrd.RightLife.ICCPR()
	a[0] = "x"
	if hrd.RightLife.ICCPR()[0] != "6" {
		t.Error("ICCPR returned the table itself")
	}
}
