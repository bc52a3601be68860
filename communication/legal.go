package communication

import (
	"fmt"
	"slices"

	"github.com/openhrd/spcomm/declaration"
	"github.com/openhrd/spcomm/hrd"
)

// LegalFramework is the law a communication about a submission would invoke, as
// [Framework] finds it: the provisions of the Declaration on Human Rights
// Defenders, the treaty norms for the rights affected, and the special
// instruments that apply.
type LegalFramework struct {
	// Provisions are the Declaration's provisions, in the Declaration's order, each
	// with every reason it applies (the base provisions, a violation type, an
	// activity, a failure to investigate).
	Provisions []declaration.Application `json:"provisions"`
	// Norms are the treaty norms for the rights affected, by right in the order of
	// the rights vocabulary, then ICCPR, ICESCR, UDHR.
	Norms []Norm `json:"norms"`
	// Instruments are the special instruments that apply: the 1992 Declaration on
	// enforced disappearance (article 10), the Convention against Torture (article
	// 1), and the resolutions recognising the right to a healthy environment.
	Instruments []Instrument `json:"instruments"`
	// FailedInvestigation are the actions that show the authorities failed to
	// investigate (see [Framework]); none when they did not.
	FailedInvestigation []Reason `json:"failed_investigation,omitempty"`
	// Uncited are rights affected for which nothing can be cited for this State: a
	// right that only a Covenant the State has not joined protects and the UDHR
	// does not state (humane treatment in detention, minority rights).
	Uncited []hrd.Right `json:"uncited,omitempty"`
}

// Norm is one treaty norm a communication cites: a right, the treaty, its
// articles, and the violations (by id) that affect the right.
type Norm struct {
	Right    hrd.Right  `json:"right"`
	Treaty   hrd.Treaty `json:"treaty"`
	Articles []string   `json:"articles"`
	// Violations are the ids of the violations affecting the right: those that
	// declare it in their rights, or whose type affects it when they declare none.
	Violations []hrd.ID `json:"violations,omitempty"`
	// Investigation is true when the right is cited because the authorities failed
	// to investigate (the right to an effective remedy).
	Investigation bool `json:"investigation,omitempty"`
}

// Instrument is a special instrument a communication cites besides the
// Declaration and the treaties, with the article cited ("" for a resolution
// cited as a whole) and the violations it is cited for.
type Instrument struct {
	// Code identifies the instrument: "cat", "disappearance_declaration",
	// "hrc_res_48_13" or "ga_res_76_300".
	Code string `json:"code"`
	// Article is the article cited, such as "1" or "10".
	Article string `json:"article,omitempty"`
	// Violations are the ids of the violations it is cited for.
	Violations []hrd.ID `json:"violations,omitempty"`
}

// The codes of the special instruments.
const (
	// InstrumentCAT is the Convention against Torture and Other Cruel, Inhuman or
	// Degrading Treatment or Punishment (1984); its article 1 defines torture.
	InstrumentCAT = "cat"
	// InstrumentDisappearance is the Declaration on the Protection of All Persons
	// from Enforced Disappearance (General Assembly resolution 47/133, 1992); its
	// article 10 requires officially recognised places of detention and
	// information to family and counsel.
	InstrumentDisappearance = "disappearance_declaration"
	// InstrumentHRC4813 is Human Rights Council resolution 48/13 (2021), which
	// recognises the right to a clean, healthy and sustainable environment.
	InstrumentHRC4813 = "hrc_res_48_13"
	// InstrumentGA76300 is General Assembly resolution 76/300 (2022), which
	// recognises the same right.
	InstrumentGA76300 = "ga_res_76_300"
)

// otherInstruments maps the resolutions [hrd.Right.OtherInstruments] names to
// instrument codes.
var otherInstruments = map[string]string{
	"HRC res 48/13 (2021)": InstrumentHRC4813,
	"GA res 76/300 (2022)": InstrumentGA76300,
}

// instrumentOrder is the order instruments are listed in.
var instrumentOrder = []string{InstrumentDisappearance, InstrumentCAT, InstrumentHRC4813, InstrumentGA76300}

// Name returns the instrument's name in lang (English for another language), or
// the code itself for an unknown instrument.
func (in Instrument) Name(lang hrd.Language) string {
	key := "instrument." + in.Code
	if !msgs.Has(key) {
		return in.Code
	}
	return msgs.Sprintf(string(lang), key)
}

// Title returns the citation in lang: the instrument's name and the article, such
// as "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment
// or Punishment, article 1".
func (in Instrument) Title(lang hrd.Language) string {
	if in.Article == "" {
		return in.Name(lang)
	}
	return msgs.Sprintf(string(lang), "instrument.cite", in.Name(lang), in.Article)
}

// Summary says in a few words what the cited article provides, in lang; "" for an
// instrument without one.
func (in Instrument) Summary(lang hrd.Language) string {
	key := "instrument_summary." + in.Code
	if !msgs.Has(key) {
		return ""
	}
	return msgs.Sprintf(string(lang), key)
}

// failingAuthorityActions are the actions of the authorities that, ending in
// no response, dismissal or rejection, show they did not investigate.
var failingAuthorityActions = []hrd.ActionType{hrd.ActionInvestigation, hrd.ActionArrestOfSuspects, hrd.ActionProsecution}

// complaintActions are the actions by which victims and those close to them ask
// the authorities to act on a violation.
var complaintActions = []hrd.ActionType{hrd.ActionPoliceReport, hrd.ActionComplaint, hrd.ActionNHRIComplaint, hrd.ActionPetition}

// failedOutcomes are the outcomes that show the authorities did not act.
var failedOutcomes = []hrd.ActionOutcome{hrd.OutcomeNoResponse, hrd.OutcomeDismissed, hrd.OutcomeRejected}

// FailedInvestigation returns the actions of s that show the authorities failed
// to investigate, each as a [Reason] pointing at the action:
//
//   - "investigation_not_pursued": an action by the authorities of type
//     investigation, arrest_of_suspects or prosecution whose outcome is
//     no_response, dismissed or rejected;
//   - "complaint_not_investigated": an action by anyone else of type
//     police_report, complaint, nhri_complaint or petition (a request to the
//     authorities to act) whose outcome is no_response, dismissed or rejected.
//
// Court cases and appeals are not counted: they are usually the victim's own
// defence, and their rejection says nothing of an investigation. A pending or
// unknown outcome is not a failure.
func FailedInvestigation(s *Submission) []Reason {
	if s == nil {
		return nil
	}
	var out []Reason
	for i, a := range s.Actions {
		if !slices.Contains(failedOutcomes, a.Outcome) {
			continue
		}
		args := []string{string(a.Type), string(a.Outcome)}
		ptr := fmt.Sprintf("/actions/%d", i)
		switch {
		case a.By == hrd.ActionByAuthorities && slices.Contains(failingAuthorityActions, a.Type):
			out = append(out, Reason{Code: "investigation_not_pursued", Pointer: ptr, Args: args})
		case a.By != hrd.ActionByAuthorities && slices.Contains(complaintActions, a.Type):
			out = append(out, Reason{Code: "complaint_not_investigated", Pointer: ptr, Args: args})
		}
	}
	return out
}

// Framework returns the law a communication about s would invoke.
//
// Provisions of the Declaration come from [declaration.Applicable], given the
// types of all violations, the activities of all victims, and whether the
// authorities failed to investigate ([FailedInvestigation] finds at least one
// action).
//
// Norms: the rights affected are, for each violation, its declared rights, or
// the rights of its type ([hrd.ViolationType.Rights]) when it declares none; a
// failure to investigate adds the right to an effective remedy. For each right,
// the ICCPR and ICESCR articles are cited where the State ([Submission.Country])
// is a party ([hrd.IsParty]); where the State is not a party to a Covenant that
// protects the right, or no Covenant does, the UDHR articles are cited instead.
// A right neither a Covenant the State joined nor the UDHR covers is listed in
// Uncited. A State that is unknown or not valid is treated as party to neither
// Covenant. Ratification only chooses the citation: it never decides whether a
// submission can be sent.
//
// Instruments: an enforced disappearance cites article 10 of the 1992
// Declaration on the Protection of All Persons from Enforced Disappearance;
// torture cites article 1 of the Convention against Torture; the right to a
// healthy environment cites the resolutions that recognise it.
//
// The result is deterministic and does not depend on the order of violations,
// victims or actions beyond the order of the violation ids it lists.
func Framework(s *Submission) LegalFramework {
	var fw LegalFramework
	if s == nil {
		return fw
	}
	fw.FailedInvestigation = FailedInvestigation(s)
	failed := len(fw.FailedInvestigation) > 0

	in := declaration.Input{FailureToInvestigate: failed}
	for _, v := range s.Violations {
		in.Violations = append(in.Violations, v.Type)
	}
	for _, v := range s.Victims {
		in.Activities = append(in.Activities, v.Activities...)
	}
	fw.Provisions = declaration.Applicable(in)

	// Rights affected, with the violations that affect them.
	byRight := map[hrd.Right][]hrd.ID{}
	for _, v := range s.Violations {
		for _, r := range rightsOf(v) {
			byRight[r] = appendIDs(byRight[r], v.ID)
		}
	}
	if failed {
		byRight[hrd.RightEffectiveRemedy] = appendIDs(byRight[hrd.RightEffectiveRemedy])
	}
	instruments := map[string][]hrd.ID{}
	for _, r := range hrd.Right("").Values() {
		ids, ok := byRight[r]
		if !ok {
			continue
		}
		if len(ids) == 0 {
			ids = nil
		}
		investigation := failed && r == hrd.RightEffectiveRemedy
		before := len(fw.Norms)
		norm := func(t hrd.Treaty, arts []string) {
			fw.Norms = append(fw.Norms, Norm{Right: r, Treaty: t, Articles: arts, Violations: ids, Investigation: investigation})
		}
		iccpr, icescr := r.ICCPR(), r.ICESCR()
		needUDHR := len(iccpr) == 0 && len(icescr) == 0
		for _, c := range []struct {
			treaty hrd.Treaty
			arts   []string
		}{{hrd.ICCPR, iccpr}, {hrd.ICESCR, icescr}} {
			switch {
			case len(c.arts) == 0:
			case hrd.IsParty(s.Country, c.treaty):
				norm(c.treaty, c.arts)
			default:
				needUDHR = true
			}
		}
		if udhr := r.UDHR(); needUDHR && len(udhr) > 0 {
			norm(hrd.UDHR, udhr)
		}
		others := r.OtherInstruments()
		for _, o := range others {
			code, ok := otherInstruments[o]
			if !ok {
				code = o
			}
			instruments[code] = appendIDs(instruments[code], ids...)
		}
		if len(fw.Norms) == before && len(others) == 0 {
			fw.Uncited = append(fw.Uncited, r)
		}
	}

	for _, v := range s.Violations {
		switch v.Type {
		case hrd.ViolationEnforcedDisappearance:
			instruments[InstrumentDisappearance] = appendIDs(instruments[InstrumentDisappearance], v.ID)
		case hrd.ViolationTorture:
			instruments[InstrumentCAT] = appendIDs(instruments[InstrumentCAT], v.ID)
		}
	}
	articles := map[string]string{InstrumentDisappearance: "10", InstrumentCAT: "1"}
	for _, code := range instrumentOrder {
		if ids, ok := instruments[code]; ok {
			fw.Instruments = append(fw.Instruments, Instrument{Code: code, Article: articles[code], Violations: nilIfEmpty(ids)})
			delete(instruments, code)
		}
	}
	var rest []string
	for code := range instruments {
		rest = append(rest, code)
	}
	slices.Sort(rest)
	for _, code := range rest {
		fw.Instruments = append(fw.Instruments, Instrument{Code: code, Violations: nilIfEmpty(instruments[code])})
	}
	return fw
}

// appendIDs appends the non-empty ids not yet in list. It returns a non-nil
// slice, so that a map entry records a right or an instrument even without ids.
func appendIDs(list []hrd.ID, ids ...hrd.ID) []hrd.ID {
	if list == nil {
		list = []hrd.ID{}
	}
	for _, id := range ids {
		if id != "" && !slices.Contains(list, id) {
			list = append(list, id)
		}
	}
	return list
}

func nilIfEmpty(ids []hrd.ID) []hrd.ID {
	if len(ids) == 0 {
		return nil
	}
	return ids
}
