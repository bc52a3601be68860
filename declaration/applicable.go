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
	// Every (provision, reason) pair in the order of the reasons; a stable sort by
	// provision then groups them, each group keeping that order. Two arrays in
	// all, rather than a map and a slice for each provision.
	type pair struct {
		p Provision
		r Reason
	}
	pairs := make([]pair, 0, 32)
	add := func(p Provision, r Reason) { pairs = append(pairs, pair{p, r}) }
	violated := false
	for _, m := range violationTable {
		if slices.Contains(in.Violations, m.Violation) {
			violated = true
			break
		}
	}
	if violated {
		for _, c := range baseTable {
			add(c.Provision, Reason{Kind: ReasonBase, Basis: c.Basis})
		}
	}
	for _, m := range violationTable {
		if slices.Contains(in.Violations, m.Violation) {
			for _, p := range m.Specific {
				add(p, Reason{Kind: ReasonViolation, Code: string(m.Violation), Basis: m.Basis})
			}
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
	if len(pairs) == 0 {
		return nil
	}
	slices.SortStableFunc(pairs, func(a, b pair) int { return Compare(a.p, b.p) })
	reasons := make([]Reason, 0, len(pairs))
	var out []Application
	for i := 0; i < len(pairs); {
		start := len(reasons)
		j := i
		for ; j < len(pairs) && pairs[j].p == pairs[i].p; j++ {
			if !slices.Contains(reasons[start:], pairs[j].r) {
				reasons = append(reasons, pairs[j].r)
			}
		}
		// A full slice expression, so that appending to one provision's reasons
		// cannot overwrite the next one's.
		out = append(out, Application{Provision: pairs[i].p, Reasons: reasons[start:len(reasons):len(reasons)]})
		i = j
	}
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
