package declaration

import "github.com/openhrd/spcomm/hrd"

// TrendTable names one of the two tables of the FORUM-ASIA booklet that pair
// practices against defenders with the rights they can invoke.
type TrendTable string

// The booklet's two tables.
const (
	// TrendHarassment is the table of common forms of harassment against defenders.
	TrendHarassment TrendTable = "harassment"
	// TrendRepression is the table of practices that discourage defenders from
	// claiming their rights.
	TrendRepression TrendTable = "repression"
)

// Label returns the table's heading in English, French or Spanish.
func (t TrendTable) Label(lang hrd.Language) string {
	return msgs.Sprintf(string(lang), "trendtable."+string(t))
}

// Trend is one row of the booklet's tables: a practice used against defenders, the
// right of the Declaration they can invoke against it and the provisions behind
// that right. Its texts are in the library's own words.
type Trend struct {
	Code       string      `json:"code"`       // stable identifier of the row
	Table      TrendTable  `json:"table"`      // the table it belongs to
	Provisions []Provision `json:"provisions"` // the articles the booklet gives, sorted
	// Violations are the violation types of the format that record the practice; the
	// link is the library's own reasoning ([BasisDerived]), not the booklet's.
	Violations []hrd.ViolationType `json:"violations,omitempty"`
	Basis      Basis               `json:"basis"` // always BasisBooklet
}

// Practice describes the practice seen, in English, French or Spanish.
func (t Trend) Practice(lang hrd.Language) string {
	return msgs.Sprintf(string(lang), "trend."+t.Code+".practice")
}

// Right names the right the practice infringes, in English, French or Spanish.
func (t Trend) Right(lang hrd.Language) string {
	return msgs.Sprintf(string(lang), "trend."+t.Code+".right")
}

var trendTable = []Trend{
	{"arrest_peaceful_protest", TrendHarassment, refs("5, 12.1"),
		[]hrd.ViolationType{hrd.ViolationArbitraryArrest, hrd.ViolationAssemblyRestriction}, BasisBooklet},
	{"targeting_public_discussion", TrendHarassment, refs("7"),
		[]hrd.ViolationType{hrd.ViolationCensorship, hrd.ViolationThreatIntimidation}, BasisBooklet},
	{"restricting_resources", TrendHarassment, refs("13"),
		[]hrd.ViolationType{hrd.ViolationFundingRestriction}, BasisBooklet},
	{"ngo_registration", TrendHarassment, refs("5"),
		[]hrd.ViolationType{hrd.ViolationNGOClosureDeregistration, hrd.ViolationAdministrativeHarassment}, BasisBooklet},
	{"travel_ban", TrendRepression, refs("5(c), 9.4"),
		[]hrd.ViolationType{hrd.ViolationTravelBan, hrd.ViolationReprisalUNCooperation}, BasisBooklet},
	{"threats_information", TrendRepression, refs("6(a), 6(b), 9.3(b)"),
		[]hrd.ViolationType{hrd.ViolationDeathThreat, hrd.ViolationThreatIntimidation}, BasisBooklet},
	{"ignored_complaints", TrendRepression, refs("8.2, 9.3"), nil, BasisBooklet},
	{"refused_complaints", TrendRepression, refs("2, 9.3(a), 9.3(c)"), nil, BasisBooklet},
	{"threats_violence", TrendRepression, refs("12.3"),
		[]hrd.ViolationType{hrd.ViolationThreatIntimidation, hrd.ViolationDeathThreat, hrd.ViolationPhysicalAssault}, BasisBooklet},
}

// Trends returns the rows of the FORUM-ASIA booklet's two tables, harassment first,
// in the booklet's order. In the booklet's extracted text the rows on resources and
// on NGO registration appear crossed; they are paired here by the subjects of the
// articles (resources with article 13, registration with article 5).
func Trends() []Trend {
	out := make([]Trend, len(trendTable))
	for i, t := range trendTable {
		t.Provisions = clone(t.Provisions)
		t.Violations = append([]hrd.ViolationType(nil), t.Violations...)
		out[i] = t
	}
	return out
}

// RightGroup is one of the nine rights into which the Special Rapporteur's 2011
// Commentary to the Declaration groups its provisions.
type RightGroup struct {
	Code       string      `json:"code"`       // stable identifier, such as "assembly"
	Provisions []Provision `json:"provisions"` // the provisions behind the right, sorted
	Basis      Basis       `json:"basis"`      // always BasisCommentary
}

// Title names the right in English, French or Spanish.
func (g RightGroup) Title(lang hrd.Language) string {
	return msgs.Sprintf(string(lang), "right."+g.Code+".title")
}

// Summary says in one sentence what the right covers, in English, French or
// Spanish.
func (g RightGroup) Summary(lang hrd.Language) string {
	return msgs.Sprintf(string(lang), "right."+g.Code+".summary")
}

var rightTable = []RightGroup{
	{"protection", refs("2, 9, 12"), BasisCommentary},
	{"assembly", refs("5(a)"), BasisCommentary},
	{"association", refs("5(b)"), BasisCommentary},
	{"international_bodies", refs("5(c), 9.4"), BasisCommentary},
	{"opinion_expression", refs("6"), BasisCommentary},
	{"protest", refs("12.1, 12.3"), BasisCommentary},
	{"new_ideas", refs("7"), BasisCommentary},
	{"effective_remedy", refs("9"), BasisCommentary},
	{"funding", refs("13"), BasisCommentary},
}

// Rights returns the nine rights of the Special Rapporteur's 2011 Commentary, in its
// order, each with its provisions.
func Rights() []RightGroup {
	out := make([]RightGroup, len(rightTable))
	for i, g := range rightTable {
		g.Provisions = clone(g.Provisions)
		out[i] = g
	}
	return out
}
