package communication

import (
	"embed"
	"fmt"
	"strings"

	"github.com/openhrd/spcomm/communication/mandate"
	"github.com/openhrd/spcomm/communication/refcode"
	"github.com/openhrd/spcomm/hrd"
	"github.com/openhrd/spcomm/internal/i18n"
)

//go:embed messages/*.json
var messageFS embed.FS

// msgs holds the fixed texts of the analysis (communication types, reasons,
// readiness findings, element names) in English, French and Spanish.
var msgs = i18n.MustLoad(messageFS, "messages")

// Type is the type of communication mandate holders send (spec: Communication
// type): an urgent appeal, an allegation letter or an other letter. Its value is
// the code of the letter's reference line, "UA", "AL" or "OL".
type Type string

// The three types of communication.
const (
	// UrgentAppeal is for a violation that is ongoing or imminent: a person in
	// detention, a life at risk, a hearing in days.
	UrgentAppeal Type = "UA"
	// AllegationLetter is for violations that have already occurred.
	AllegationLetter Type = "AL"
	// OtherLetter is for a law, bill, policy or practice that falls short of
	// international standards.
	OtherLetter Type = "OL"
)

// Types returns the three types of communication: UA, AL, OL.
func Types() []Type { return []Type{UrgentAppeal, AllegationLetter, OtherLetter} }

// Valid reports whether t is one of the three types.
func (t Type) Valid() bool {
	return t == UrgentAppeal || t == AllegationLetter || t == OtherLetter
}

// Label names the type in lang: "urgent appeal", "appel urgent", "llamamiento
// urgente" and so on, as [refcode.Type.Label] does; English for a language other
// than French and Spanish, and the code itself for an unknown type.
func (t Type) Label(lang hrd.Language) string { return refcode.Type(t).Label(lang) }

// String returns the code: "UA", "AL" or "OL".
func (t Type) String() string { return string(t) }

// Reason says why the analysis suggests something: a communication type, a
// mandate. It is data, not text: a stable snake_case Code, the JSON Pointer of
// the part of the submission it rests on (empty when it rests on the whole), and
// Args, which are vocabulary codes (a violation type, a perpetrator type, a
// defender category, a country), never text the submitter wrote. [Reason.Text]
// writes it in a language.
//
// [SuggestType], [SuggestMandates] and [FailedInvestigation] each describe the
// codes they give.
type Reason struct {
	Code    string   `json:"code"`
	Pointer string   `json:"pointer,omitempty"`
	Args    []string `json:"args,omitempty"`
}

// argKind says what vocabulary a reason argument belongs to, to label it.
type argKind int

const (
	argViolation argKind = iota
	argPerpetrator
	argCategory
	argCountry
	argStatus
	argAction
	argOutcome
)

// reasonArgs gives, for each reason code that has arguments, the vocabulary of
// each argument. Codes absent here take none.
var reasonArgs = map[string][]argKind{
	// SuggestType
	"violation_ongoing":       {argViolation},
	"violation_imminent":      {argViolation},
	"restrictive_legislation": {argViolation},
	// SuggestMandates
	"violation":                   {argViolation},
	"perpetrator":                 {argPerpetrator},
	"category":                    {argCategory},
	"reprisal":                    {argViolation},
	"violence_against_woman":      {argViolation},
	"violence_against_whrd":       {argViolation},
	"discrimination_against_whrd": {argViolation},
	"country_mandate":             {argCountry},
	"country_mandate_place":       {argCountry},
	"country_mandate_dormant":     {argCountry},
	// FailedInvestigation
	"investigation_not_pursued":  {argAction, argOutcome},
	"complaint_not_investigated": {argAction, argOutcome},
}

// label returns the label of a vocabulary code in lang.
func label(kind argKind, code string, lang hrd.Language) string {
	switch kind {
	case argViolation:
		return hrd.ViolationType(code).Label(lang)
	case argPerpetrator:
		return hrd.PerpetratorType(code).Label(lang)
	case argCategory:
		return hrd.DefenderCategory(code).Label(lang)
	case argCountry:
		return hrd.Country(code).Name(lang)
	case argStatus:
		return hrd.ViolationStatus(code).Label(lang)
	case argAction:
		return hrd.ActionType(code).Label(lang)
	case argOutcome:
		return hrd.ActionOutcome(code).Label(lang)
	}
	return code
}

// Text writes the reason in lang (English for a language other than French and
// Spanish), with the labels of its codes in that language, for example "the
// violation “arbitrary detention” is ongoing". An unknown reason code gives the
// code itself.
func (r Reason) Text(lang hrd.Language) string {
	key := "reason." + r.Code
	if !msgs.Has(key) {
		return r.Code
	}
	kinds := reasonArgs[r.Code]
	args := make([]any, len(kinds))
	for i, k := range kinds {
		code := ""
		if i < len(r.Args) {
			code = r.Args[i]
		}
		args[i] = label(k, code, lang)
	}
	return msgs.Sprintf(string(lang), key, args...)
}

// String returns the reason in English.
func (r Reason) String() string { return r.Text(hrd.English) }

// TypeSuggestion is the type of communication [SuggestType] suggests, and why.
type TypeSuggestion struct {
	Type   Type   `json:"type"`
	Reason Reason `json:"reason"`
}

// SuggestType suggests the type of communication for s (spec: Communication type),
// with the reason, deciding in this order:
//
//  1. an urgent appeal when a violation is ongoing or imminent (reason
//     "violation_ongoing" or "violation_imminent", pointing at the first such
//     violation's status), or when urgency.urgent is true (reason
//     "urgency_urgent"). The status of a restrictive_legislation violation does
//     not count: a law in force is "ongoing" by nature, and a bill is "imminent",
//     but neither puts a person at immediate risk;
//  2. an other letter when any violation is of type restrictive_legislation
//     (reason "restrictive_legislation", pointing at its type): the submission is
//     then about a law or policy, even when it also describes how the law was
//     applied to the victims;
//  3. otherwise an allegation letter: every violation has occurred (reason
//     "all_occurred"), or the draft has no violations yet (reason
//     "no_violations").
//
// It never fails, whatever s lacks; a nil s gives an allegation letter.
func SuggestType(s *Submission) TypeSuggestion {
	if s == nil {
		return TypeSuggestion{AllegationLetter, Reason{Code: "no_violations", Pointer: "/violations"}}
	}
	for i, v := range s.Violations {
		if v.Type == hrd.ViolationRestrictiveLegislation {
			continue
		}
		switch v.Status {
		case hrd.StatusOngoing:
			return TypeSuggestion{UrgentAppeal, Reason{Code: "violation_ongoing", Pointer: fmt.Sprintf("/violations/%d/status", i), Args: []string{string(v.Type)}}}
		case hrd.StatusImminent:
			return TypeSuggestion{UrgentAppeal, Reason{Code: "violation_imminent", Pointer: fmt.Sprintf("/violations/%d/status", i), Args: []string{string(v.Type)}}}
		}
	}
	if s.Urgency != nil && s.Urgency.Urgent {
		return TypeSuggestion{UrgentAppeal, Reason{Code: "urgency_urgent", Pointer: "/urgency/urgent"}}
	}
	for i, v := range s.Violations {
		if v.Type == hrd.ViolationRestrictiveLegislation {
			return TypeSuggestion{OtherLetter, Reason{Code: "restrictive_legislation", Pointer: fmt.Sprintf("/violations/%d/type", i), Args: []string{string(v.Type)}}}
		}
	}
	if len(s.Violations) == 0 {
		return TypeSuggestion{AllegationLetter, Reason{Code: "no_violations", Pointer: "/violations"}}
	}
	return TypeSuggestion{AllegationLetter, Reason{Code: "all_occurred", Pointer: "/violations"}}
}

// langOf returns the language messages about s are written in: want when it is
// valid, else the submission's language, else English.
func langOf(s *Submission, want hrd.Language) hrd.Language {
	switch {
	case want.Valid():
		return want
	case s != nil && s.Language.Valid():
		return s.Language
	}
	return hrd.English
}

// joinNames joins the short names of mandates with ", ".
func joinNames(ms []mandate.Mandate, lang hrd.Language) string {
	names := make([]string, len(ms))
	for i, m := range ms {
		names[i] = m.Name(lang)
	}
	return strings.Join(names, ", ")
}
