package declaration

import "github.com/openhrd/spcomm/hrd"

// Basis names the source of a mapping between the format's codes and the
// Declaration, so that a reader can tell a sourced pairing from a reasoned one.
type Basis string

// The sources of the package's mappings.
const (
	// BasisBooklet is FORUM-ASIA's booklet on the Declaration, which pairs practices
	// against defenders in Asia with the articles they can invoke.
	BasisBooklet Basis = "FORUM-ASIA booklet"
	// BasisForumAsia is FORUM-ASIA's reports on defenders in Asia.
	BasisForumAsia Basis = "FORUM-ASIA reports"
	// BasisCommunications is the practice of communications sent by the Special
	// Rapporteur on human rights defenders, alone or jointly.
	BasisCommunications Basis = "SR defenders communications"
	// BasisCommentary is the Special Rapporteur's 2011 Commentary to the Declaration.
	// The provisions per right are recalled from it, not read from a copy.
	BasisCommentary Basis = "SR Commentary to the Declaration (2011)"
	// BasisGA70161 is General Assembly resolution 70/161 (2015) on human rights
	// defenders.
	BasisGA70161 Basis = "GA resolution 70/161"
	// BasisReprisals is the Secretary-General's reports on reprisals for cooperation
	// with the UN (Human Rights Council resolution 12/2).
	BasisReprisals Basis = "SG reprisals reports (HRC res. 12/2)"
	// BasisDerived marks a pairing reasoned from the subject of the article in the
	// format's vocabularies, not taken from a source.
	BasisDerived Basis = "vocabularies.md (derived)"
)

// Sourced reports whether b names an outside source rather than [BasisDerived] or
// no basis at all.
func (b Basis) Sourced() bool { return b != "" && b != BasisDerived }

// Cited is one provision with the source of its pairing.
type Cited struct {
	Provision Provision `json:"provision"` // the provision cited
	Basis     Basis     `json:"basis"`     // where the pairing comes from
}

// ActivityMapping pairs a kind of human rights work ([hrd.Activity]) with the
// provisions of the Declaration that protect it. The activity "other" has none.
type ActivityMapping struct {
	Activity   hrd.Activity `json:"activity"`        // the activity code
	Provisions []Provision  `json:"provisions"`      // sorted; none for "other"
	Basis      Basis        `json:"basis,omitempty"` // the source of the pairing; empty for "other"
}

// ViolationMapping pairs a type of violation ([hrd.ViolationType]) with the
// provisions a communication invokes for it besides the base ones ([Base]). The
// types "house_arrest" and "other" add none.
type ViolationMapping struct {
	Violation hrd.ViolationType `json:"violation"`       // the violation type code
	Specific  []Provision       `json:"specific"`        // sorted, without the base provisions
	Basis     Basis             `json:"basis,omitempty"` // the source of the pairing; empty for "other"
}

// Provisions returns every provision invoked for the violation: the base ones of
// [Base] and the specific ones, sorted.
func (m ViolationMapping) Provisions() []Provision {
	var out []Provision
	for _, c := range baseTable {
		out = append(out, c.Provision)
	}
	return normalise(append(out, m.Specific...))
}

// refs reads the provisions of the package's own tables.
func refs(s string) []Provision {
	if s == "" {
		return nil
	}
	return MustParse(s)
}

// baseTable holds the provisions cited for every attack on a defender: articles 1
// and 2 open the Special Rapporteur's letters, and 12.2 (the duty to protect against
// violence, threats and retaliation) applies to every attack for a defender's work.
var baseTable = []Cited{
	{MustParse("1")[0], BasisCommunications},
	{MustParse("2")[0], BasisCommunications},
	{MustParse("12.2")[0], BasisDerived},
}

// Base returns the provisions cited for every attack on a defender, whatever its
// type: articles 1 and 2 and article 12 (2), each with its basis.
func Base() []Cited { return append([]Cited(nil), baseTable...) }

// investigationTable holds what a failure to investigate adds: the remedy (9.1,
// 9.2) and the duty of prompt, impartial investigation (9.5), which the FORUM-ASIA
// booklet names for remedies and for the State's duty to investigate.
var investigationTable = []Cited{
	{MustParse("9.1")[0], BasisBooklet},
	{MustParse("9.2")[0], BasisBooklet},
	{MustParse("9.5")[0], BasisBooklet},
}

// Investigation returns the provisions a failure to investigate adds to a case,
// article 9 (1), (2) and (5), each with its basis.
func Investigation() []Cited { return append([]Cited(nil), investigationTable...) }

var activityTable = []ActivityMapping{
	{hrd.ActivityDocumentingViolations, refs("6(a), 6(b)"), BasisBooklet},
	{hrd.ActivityPublicAdvocacy, refs("6(b), 6(c)"), BasisBooklet},
	{hrd.ActivityDevelopingNewIdeas, refs("7"), BasisBooklet},
	{hrd.ActivityPeacefulAssembly, refs("5(a), 12.1"), BasisBooklet},
	{hrd.ActivityPeacefulProtest, refs("12.1, 12.3"), BasisBooklet},
	{hrd.ActivityOrganisingAssociation, refs("5(b)"), BasisBooklet},
	{hrd.ActivityInternationalEngagement, refs("5(c), 9.4"), BasisBooklet},
	{hrd.ActivityPublicParticipation, refs("8.1, 8.2"), BasisDerived},
	{hrd.ActivityComplaintPetition, refs("9.3(a)"), BasisBooklet},
	{hrd.ActivityTrialMonitoring, refs("9.3(b)"), BasisDerived},
	{hrd.ActivityLegalAssistance, refs("9.3(c)"), BasisBooklet},
	{hrd.ActivitySupportingVictims, refs("9.1, 9.2, 9.3"), BasisDerived},
	{hrd.ActivityAccountability, refs("9.3(a), 12.3"), BasisDerived},
	{hrd.ActivityResourceMobilisation, refs("13"), BasisBooklet},
	{hrd.ActivityHumanRightsEducation, refs("16"), BasisDerived},
	{hrd.ActivityProfessionalPractice, refs("11"), BasisDerived},
	{hrd.ActivityOther, nil, ""},
}

var violationTable = []ViolationMapping{
	{hrd.ViolationKilling, refs("9.5"), BasisDerived},
	{hrd.ViolationAttemptedKilling, refs("9.5"), BasisDerived},
	{hrd.ViolationDeathInCustody, refs("9.5"), BasisDerived},
	{hrd.ViolationEnforcedDisappearance, refs("5, 6, 9.5"), BasisCommunications},
	{hrd.ViolationAbduction, refs("9.5"), BasisDerived},
	{hrd.ViolationArbitraryArrest, refs("5, 6"), BasisCommunications},
	{hrd.ViolationArbitraryDetention, refs("5, 6"), BasisCommunications},
	{hrd.ViolationIncommunicadoDetention, refs("9.4"), BasisCommunications},
	{hrd.ViolationHouseArrest, nil, BasisDerived},
	{hrd.ViolationTorture, refs("9.5"), BasisDerived},
	{hrd.ViolationIllTreatment, refs("9.5"), BasisDerived},
	{hrd.ViolationPhysicalAssault, refs("12.3"), BasisForumAsia},
	{hrd.ViolationSexualViolence, refs("12.3"), BasisDerived},
	{hrd.ViolationSexualHarassment, refs("12.3"), BasisDerived},
	{hrd.ViolationDeathThreat, refs("12.3"), BasisBooklet},
	{hrd.ViolationThreatIntimidation, refs("12.3"), BasisBooklet},
	{hrd.ViolationThreatToFamily, refs("12.3"), BasisForumAsia},
	{hrd.ViolationHarassment, refs("12.3"), BasisForumAsia},
	{hrd.ViolationStalking, refs("12.3"), BasisDerived},
	{hrd.ViolationSurveillance, refs("5(b), 6"), BasisGA70161},
	{hrd.ViolationRaidSearch, refs("5(b)"), BasisDerived},
	{hrd.ViolationPropertySeizureDestruction, refs("5(b), 13"), BasisDerived},
	{hrd.ViolationSmearCampaign, refs("6(b)"), BasisForumAsia},
	{hrd.ViolationOnlineHarassment, refs("6(b)"), BasisDerived},
	{hrd.ViolationJudicialHarassment, refs("5, 6, 9.3"), BasisCommunications},
	{hrd.ViolationUnfairTrial, refs("9.3(b)"), BasisCommunications},
	{hrd.ViolationConvictionSentencing, refs("9.3(b)"), BasisDerived},
	{hrd.ViolationAdministrativeHarassment, refs("5(b)"), BasisForumAsia},
	{hrd.ViolationNGOClosureDeregistration, refs("5(b)"), BasisBooklet},
	{hrd.ViolationFundingRestriction, refs("13"), BasisBooklet},
	{hrd.ViolationAssemblyRestriction, refs("5(a), 12.1"), BasisBooklet},
	{hrd.ViolationCensorship, refs("6(b), 6(c), 7"), BasisBooklet},
	{hrd.ViolationInternetRestriction, refs("6(b), 6(c)"), BasisDerived},
	{hrd.ViolationTravelBan, refs("5(c), 9.4"), BasisBooklet},
	{hrd.ViolationDeportationExile, refs("5(c)"), BasisDerived},
	{hrd.ViolationForcedEviction, refs("12.3"), BasisDerived},
	{hrd.ViolationDismissalEmployment, refs("11"), BasisDerived},
	{hrd.ViolationProfessionalSanction, refs("9.3(c), 11"), BasisCommunications},
	{hrd.ViolationReprisalUNCooperation, refs("5(c), 9.4"), BasisReprisals},
	{hrd.ViolationRestrictiveLegislation, refs("3, 17"), BasisBooklet},
	{hrd.ViolationOther, nil, ""},
}

// ActivityMappings returns the mapping of every activity code, in the order of the
// format's vocabulary ([hrd.Activity.Values]).
func ActivityMappings() []ActivityMapping {
	out := make([]ActivityMapping, len(activityTable))
	for i, m := range activityTable {
		m.Provisions = clone(m.Provisions)
		out[i] = m
	}
	return out
}

// ViolationMappings returns the mapping of every violation type, in the order of
// the format's vocabulary ([hrd.ViolationType.Values]).
func ViolationMappings() []ViolationMapping {
	out := make([]ViolationMapping, len(violationTable))
	for i, m := range violationTable {
		m.Specific = clone(m.Specific)
		out[i] = m
	}
	return out
}

// ForActivity returns the mapping of one activity; ok is false for a code that is
// not in the vocabulary.
func ForActivity(a hrd.Activity) (m ActivityMapping, ok bool) {
	for _, m := range activityTable {
		if m.Activity == a {
			m.Provisions = clone(m.Provisions)
			return m, true
		}
	}
	return ActivityMapping{}, false
}

// ForViolation returns the mapping of one violation type; ok is false for a code
// that is not in the vocabulary.
func ForViolation(v hrd.ViolationType) (m ViolationMapping, ok bool) {
	for _, m := range violationTable {
		if m.Violation == v {
			m.Specific = clone(m.Specific)
			return m, true
		}
	}
	return ViolationMapping{}, false
}
