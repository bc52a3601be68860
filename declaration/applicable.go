package declaration

import (
	"slices"

	"github.com/openhrd/spcomm/hrd"
)

// Input describes a case for [Applicable]: the types of the violations, the
// victims' human rights work, and whether the authorities failed to investigate.
type Input struct {
	Violations           []hrd.ViolationType // the types of the violations suffered
	Activities           []hrd.Activity      // the victims' human rights work
	FailureToInvestigate bool                // the authorities did not investigate
}

// ReasonKind says why a provision applies to a case.
type ReasonKind string

// The kinds of [Reason], in the order they are listed.
const (
	// ReasonBase: the provision is cited for every attack on a defender ([Base]).
	ReasonBase ReasonKind = "base"
	// ReasonViolation: a violation type of the case calls for it ([ForViolation]).
	ReasonViolation ReasonKind = "violation"
	// ReasonActivity: it protects the victims' work ([ForActivity]).
	ReasonActivity ReasonKind = "activity"
	// ReasonInvestigation: the authorities failed to investigate ([Investigation]).
	ReasonInvestigation ReasonKind = "investigation"
)

// Reason is one cause for citing a provision: its kind, the code that led to it (a
// violation type or activity code; empty for the base and investigation kinds) and
// the source of the pairing.
type Reason struct {
	Kind  ReasonKind `json:"kind"`            // base, violation, activity or investigation
	Code  string     `json:"code,omitempty"`  // the violation type or activity code, if any
	Basis Basis      `json:"basis,omitempty"` // the source of the pairing
}

// Application is a provision that applies to a case, with every reason for it.
type Application struct {
	Provision Provision `json:"provision"` // the provision that applies
	Reasons   []Reason  `json:"reasons"`   // why, in the order described at [Applicable]
}

// Applicable returns the provisions of the Declaration that a communication about
// the case would invoke, sorted with [Compare], each once with all its reasons:
//
//   - the base provisions 1, 2 and 12 (2) when there is at least one violation;
//   - the specific provisions of each violation type ([ForViolation]);
//   - the provisions protecting each activity ([ForActivity]);
//   - 9 (1), 9 (2) and 9 (5) when the authorities failed to investigate.
//
// The reasons of a provision come in that order, codes within a kind in the order of
// the format's vocabulary, so the result does not depend on the order or repetition
// of the input. Codes outside the vocabularies are ignored. A whole article and one
// of its parts (6 and 6(b)) are distinct provisions and both appear.
func Applicable(in Input) []Application {
	byProv := map[Provision][]Reason{}
	add := func(p Provision, r Reason) {
		if !slices.Contains(byProv[p], r) {
			byProv[p] = append(byProv[p], r)
		}
	}
	var violations []ViolationMapping
	for _, m := range violationTable {
		if slices.Contains(in.Violations, m.Violation) {
			violations = append(violations, m)
		}
	}
	if len(violations) > 0 {
		for _, c := range baseTable {
			add(c.Provision, Reason{Kind: ReasonBase, Basis: c.Basis})
		}
	}
	for _, m := range violations {
		for _, p := range m.Specific {
			add(p, Reason{Kind: ReasonViolation, Code: string(m.Violation), Basis: m.Basis})
		}
	}
	for _, m := range activityTable {
		if slices.Contains(in.Activities, m.Activity) {
			for _, p := range m.Provisions {
				add(p, Reason{Kind: ReasonActivity, Code: string(m.Activity), Basis: m.Basis})
			}
		}
	}
	if in.FailureToInvestigate {
		for _, c := range investigationTable {
			add(c.Provision, Reason{Kind: ReasonInvestigation, Basis: c.Basis})
		}
	}
	if len(byProv) == 0 {
		return nil
	}
	out := make([]Application, 0, len(byProv))
	for p, rs := range byProv {
		out = append(out, Application{Provision: p, Reasons: rs})
	}
	slices.SortFunc(out, func(a, b Application) int { return Compare(a.Provision, b.Provision) })
	return out
}

// ProvisionsOf returns the provisions of a result of [Applicable], in its order.
func ProvisionsOf(apps []Application) []Provision {
	out := make([]Provision, len(apps))
	for i, a := range apps {
		out[i] = a.Provision
	}
	return out
}
