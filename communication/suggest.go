package communication

import (
	"fmt"
	"slices"
	"strings"

	"github.com/openhrd/spcomm/communication/mandate"
	"github.com/openhrd/spcomm/hrd"
	"golang.org/x/text/unicode/norm"
)

// MandateSuggestion is one mandate [SuggestMandates] proposes, with every reason
// and the score it is ranked by.
type MandateSuggestion struct {
	Mandate mandate.Mandate `json:"mandate"`
	Reasons []Reason        `json:"reasons"`
	Score   int             `json:"score"`
}

// The ids of the mandates the routing names.
const (
	mDefenders   mandate.ID = "sr-human-rights-defenders"
	mExecutions  mandate.ID = "sr-executions"
	mTorture     mandate.ID = "sr-torture"
	mDetention   mandate.ID = "wg-arbitrary-detention"
	mDisappear   mandate.ID = "wg-disappearances"
	mExpression  mandate.ID = "sr-freedom-of-opinion-and-expression"
	mAssembly    mandate.ID = "sr-freedom-of-assembly-and-association"
	mBusiness    mandate.ID = "wg-business"
	mIndigenous  mandate.ID = "sr-indigenous-peoples"
	mEnvironment mandate.ID = "sr-environment"
	mVAW         mandate.ID = "sr-violence-against-women"
	mWomenGirls  mandate.ID = "wg-women-and-girls"
	mJudges      mandate.ID = "sr-independence-of-judges-and-lawyers"
	mSOGI        mandate.ID = "ie-sexual-orientation-and-gender-identity"
	mPrivacy     mandate.ID = "sr-privacy"
	mHousing     mandate.ID = "sr-housing"
	mMinorities  mandate.ID = "sr-minority-issues"
	mMigrants    mandate.ID = "sr-migrants"
	mTerrorism   mandate.ID = "sr-terrorism"
)

// byViolation routes violation types to the mandates whose scope they fall in
// (../shared/reference/mandates.md, "Which mandates a case concerns").
// conviction_sentencing is routed like unfair_trial, and dismissal_employment to
// the association mandate (trade union rights have no dedicated mandate).
var byViolation = map[hrd.ViolationType][]mandate.ID{
	hrd.ViolationKilling:                  {mExecutions},
	hrd.ViolationAttemptedKilling:         {mExecutions},
	hrd.ViolationDeathInCustody:           {mExecutions},
	hrd.ViolationDeathThreat:              {mExecutions},
	hrd.ViolationTorture:                  {mTorture},
	hrd.ViolationIllTreatment:             {mTorture},
	hrd.ViolationArbitraryArrest:          {mDetention},
	hrd.ViolationArbitraryDetention:       {mDetention},
	hrd.ViolationIncommunicadoDetention:   {mDetention},
	hrd.ViolationHouseArrest:              {mDetention},
	hrd.ViolationEnforcedDisappearance:    {mDisappear},
	hrd.ViolationCensorship:               {mExpression},
	hrd.ViolationInternetRestriction:      {mExpression},
	hrd.ViolationSmearCampaign:            {mExpression},
	hrd.ViolationAssemblyRestriction:      {mAssembly},
	hrd.ViolationNGOClosureDeregistration: {mAssembly},
	hrd.ViolationFundingRestriction:       {mAssembly},
	hrd.ViolationAdministrativeHarassment: {mAssembly},
	hrd.ViolationDismissalEmployment:      {mAssembly},
	hrd.ViolationJudicialHarassment:       {mJudges},
	hrd.ViolationUnfairTrial:              {mJudges},
	hrd.ViolationConvictionSentencing:     {mJudges},
	hrd.ViolationProfessionalSanction:     {mJudges},
	hrd.ViolationSurveillance:             {mPrivacy},
	hrd.ViolationRaidSearch:               {mPrivacy},
	hrd.ViolationForcedEviction:           {mHousing},
}

// byPerpetrator routes perpetrator types: business actors to the Working Group on
// business and human rights.
var byPerpetrator = map[hrd.PerpetratorType][]mandate.ID{
	hrd.PerpetratorCorporationNational:      {mBusiness},
	hrd.PerpetratorCorporationTransnational: {mBusiness},
	hrd.PerpetratorLandowner:                {mBusiness},
	hrd.PerpetratorPrivateSecurity:          {mBusiness},
}

// byCategory routes defender categories.
var byCategory = map[hrd.DefenderCategory][]mandate.ID{
	hrd.CategoryMediaWorker:                     {mExpression},
	hrd.CategoryBusinessAccountabilityDefender:  {mBusiness},
	hrd.CategoryIndigenousPeoplesRightsDefender: {mIndigenous},
	hrd.CategoryEnvironmentalDefender:           {mEnvironment},
	hrd.CategoryLawyer:                          {mJudges},
	hrd.CategoryLGBTIQRightsDefender:            {mSOGI},
	hrd.CategoryMinorityRightsDefender:          {mMinorities},
	hrd.CategoryMigrantRefugeeRightsDefender:    {mMigrants},
	hrd.CategoryTradeUnionist:                   {mAssembly},
}

// sexualViolence are the violation types that are gender-based violence when
// a woman suffers them.
var sexualViolence = []hrd.ViolationType{hrd.ViolationSexualViolence, hrd.ViolationSexualHarassment}

// physicalViolence are the violation types of violence or threats of violence
// that, against a woman human rights defender, concern the mandate on violence
// against women.
var physicalViolence = []hrd.ViolationType{
	hrd.ViolationKilling, hrd.ViolationAttemptedKilling, hrd.ViolationAbduction,
	hrd.ViolationTorture, hrd.ViolationIllTreatment, hrd.ViolationPhysicalAssault,
	hrd.ViolationDeathThreat,
}

// terrorismWords are the words, in English, French and Spanish, that mark a
// legal basis as counter-terrorism or national-security law. They are matched,
// lower-cased and without accents, as substrings of a violation's legal_basis.
var terrorismWords = []string{
	"terror", "national security", "state security",
	"securite nationale", "surete de l'etat", "surete nationale", "securite de l'etat",
	"seguridad nacional", "seguridad del estado",
}

// Reason weights: a mandate's score is the sum of the weights of its distinct
// reasons (the same code with the same arguments counts once).
var reasonWeight = map[string]int{
	"defender_case":               10,
	"defender_format":             10,
	"country_mandate":             6,
	"reprisal":                    5,
	"violation":                   5,
	"violence_against_woman":      5,
	"country_mandate_place":       4,
	"legal_basis_terrorism":       4,
	"perpetrator":                 3,
	"violence_against_whrd":       2,
	"discrimination_against_whrd": 2,
	"category":                    2,
	"country_mandate_dormant":     1,
}

// SuggestMandates ranks the mandates a submission concerns, each with the reasons
// it is suggested, following the routing table of
// ../shared/reference/mandates.md. The table is the project's reading of the
// mandates' scopes, not an OHCHR rule: the result is a suggestion for the
// submitter to confirm.
//
// The reasons, with their codes:
//
//   - "defender_case": the defenders mandate, for every submission with a victim
//     whose human rights work is recorded (pointing at the first such victim), and
//     "defender_format" when none is yet (the format records defender cases);
//   - "reprisal": a reprisal for cooperation with the UN, which the defenders
//     mandate follows (and the Secretary-General reports on);
//   - "violation": a violation type in a mandate's scope (killings and death
//     threats: executions; torture and ill-treatment; arrest and detention;
//     disappearance; censorship, internet restrictions, smears: expression;
//     restrictions on assembly, NGOs, funding, administrative harassment and
//     dismissal: assembly and association; judicial harassment, unfair trial,
//     conviction, professional sanctions: judges and lawyers; surveillance,
//     raids: privacy; forced eviction: housing);
//   - "perpetrator": a corporation, landowner or private security firm as
//     perpetrator (business and human rights);
//   - "category": a defender category in a mandate's scope (media workers,
//     business accountability, Indigenous peoples', environmental, lawyers,
//     LGBTIQ, minority, migrants' rights defenders, trade unionists);
//   - "violence_against_woman": sexual violence or harassment of a woman;
//     "violence_against_whrd": violence or threats of violence against a woman
//     human rights defender (violence against women and girls);
//     "discrimination_against_whrd": a violation affecting equality and
//     non-discrimination of a woman human rights defender (discrimination
//     against women and girls);
//   - "legal_basis_terrorism": a legal basis that names counter-terrorism or
//     national-security law. legal_basis is free text: it is matched, lower-case
//     and without accents, against a short list of words in English, French and
//     Spanish ("terror" as in terrorism, terrorisme, terrorismo or anti-terror;
//     "national security", "sécurité nationale", "seguridad nacional"…), so a charge under such a law written
//     otherwise is not found;
//   - "country_mandate": the State concerned has a country mandate;
//     "country_mandate_place": a violation took place in another State that has
//     one; "country_mandate_dormant": the country mandate is dormant.
//
// A mandate's Score is the sum of the weights of its distinct reasons: defender
// case 10; country mandate 6; violation type, reprisal, sexual violence against a
// woman 5; legal basis, country of a violation's place 4; perpetrator type 3;
// category, violence against or discrimination of a woman defender 2; dormant
// country mandate 1. The same code with the same arguments counts once, so ten
// judicial harassment violations weigh as one, and a mandate that several
// distinct facts point to ranks above one that a single fact does. The defenders mandate comes first in
// every defender case, whatever its score; the others follow by score, highest
// first, then in catalogue order ([mandate.All]). The result is deterministic.
// A nil s gives no suggestion.
func SuggestMandates(s *Submission) []MandateSuggestion {
	if s == nil {
		return nil
	}
	reasons := map[mandate.ID][]Reason{}
	add := func(id mandate.ID, r Reason) { reasons[id] = append(reasons[id], r) }

	// The defenders mandate.
	defender := false
	for i, v := range s.Victims {
		if len(v.Activities) > 0 || len(v.Categories) > 0 || strings.TrimSpace(v.ActivityDescription) != "" {
			add(mDefenders, Reason{Code: "defender_case", Pointer: fmt.Sprintf("/victims/%d", i)})
			defender = true
			break
		}
	}
	if !defender {
		add(mDefenders, Reason{Code: "defender_format"})
	}

	victims := map[hrd.ID]*hrd.Victim{}
	for i := range s.Victims {
		if _, dup := victims[s.Victims[i].ID]; !dup {
			victims[s.Victims[i].ID] = &s.Victims[i]
		}
	}
	woman := func(v *hrd.Victim) bool {
		return v.Gender == hrd.GenderWoman || slices.Contains(v.Categories, hrd.CategoryWomanHRD)
	}
	whrd := func(v *hrd.Victim) bool { return slices.Contains(v.Categories, hrd.CategoryWomanHRD) }

	for i, v := range s.Violations {
		typePtr := fmt.Sprintf("/violations/%d/type", i)
		args := []string{string(v.Type)}
		if v.Type == hrd.ViolationReprisalUNCooperation {
			add(mDefenders, Reason{Code: "reprisal", Pointer: typePtr, Args: args})
		}
		for _, id := range byViolation[v.Type] {
			add(id, Reason{Code: "violation", Pointer: typePtr, Args: args})
		}
		var anyWoman, anyWHRD bool
		for _, vid := range v.Victims {
			if vic, ok := victims[vid]; ok {
				anyWoman = anyWoman || woman(vic)
				anyWHRD = anyWHRD || whrd(vic)
			}
		}
		if anyWoman && slices.Contains(sexualViolence, v.Type) {
			add(mVAW, Reason{Code: "violence_against_woman", Pointer: typePtr, Args: args})
		} else if anyWHRD && slices.Contains(physicalViolence, v.Type) {
			add(mVAW, Reason{Code: "violence_against_whrd", Pointer: typePtr, Args: args})
		}
		if anyWHRD && affectsEquality(v) {
			add(mWomenGirls, Reason{Code: "discrimination_against_whrd", Pointer: typePtr, Args: args})
		}
		if mentionsTerrorism(v.LegalBasis) {
			add(mTerrorism, Reason{Code: "legal_basis_terrorism", Pointer: fmt.Sprintf("/violations/%d/legal_basis", i)})
		}
	}
	for i, p := range s.Perpetrators {
		for _, id := range byPerpetrator[p.Type] {
			add(id, Reason{Code: "perpetrator", Pointer: fmt.Sprintf("/perpetrators/%d/type", i), Args: []string{string(p.Type)}})
		}
	}
	for i, v := range s.Victims {
		for j, c := range v.Categories {
			for _, id := range byCategory[c] {
				add(id, Reason{Code: "category", Pointer: fmt.Sprintf("/victims/%d/categories/%d", i, j), Args: []string{string(c)}})
			}
		}
	}

	// Country mandates: the State concerned, then other States where a violation
	// took place.
	if m, ok := mandate.ForCountry(s.Country); ok {
		code := "country_mandate"
		if m.Dormant {
			code = "country_mandate_dormant"
		}
		add(m.ID, Reason{Code: code, Pointer: "/country", Args: []string{string(s.Country)}})
	}
	for i, v := range s.Violations {
		if v.Place == nil || v.Place.Country == "" || v.Place.Country == s.Country {
			continue
		}
		if m, ok := mandate.ForCountry(v.Place.Country); ok {
			code := "country_mandate_place"
			if m.Dormant {
				code = "country_mandate_dormant"
			}
			add(m.ID, Reason{Code: code, Pointer: fmt.Sprintf("/violations/%d/place/country", i), Args: []string{string(v.Place.Country)}})
		}
	}

	var out []MandateSuggestion
	for m := range mandate.Each() {
		rs := reasons[m.ID]
		if len(rs) == 0 {
			continue
		}
		out = append(out, MandateSuggestion{Mandate: m, Reasons: rs, Score: score(rs)})
	}
	slices.SortStableFunc(out, func(a, b MandateSuggestion) int {
		if (a.Mandate.ID == mDefenders) != (b.Mandate.ID == mDefenders) {
			if a.Mandate.ID == mDefenders {
				return -1
			}
			return 1
		}
		return b.Score - a.Score
	})
	return out
}

// score sums the weights of the distinct reasons.
func score(rs []Reason) int {
	seen := map[string]bool{}
	n := 0
	for _, r := range rs {
		k := r.Code + "\x00" + strings.Join(r.Args, "\x00")
		if seen[k] {
			continue
		}
		seen[k] = true
		n += reasonWeight[r.Code]
	}
	return n
}

// affectsEquality reports whether a violation affects equality and
// non-discrimination: its declared rights name it, or, when none are declared,
// its type's rights do.
func affectsEquality(v hrd.Violation) bool {
	return slices.Contains(rightsOf(v), hrd.RightEqualityNonDiscrimination)
}

// rightsOf returns the rights a violation affects: the declared ones, or those of
// its type when none are declared.
func rightsOf(v hrd.Violation) []hrd.Right {
	if len(v.Rights) > 0 {
		return v.Rights
	}
	return v.Type.Rights()
}

// mentionsTerrorism reports whether a legal basis names counter-terrorism or
// national-security law (see terrorismWords).
func mentionsTerrorism(text string) bool {
	if text == "" {
		return false
	}
	t := fold(text)
	for _, w := range terrorismWords {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// fold lower-cases s, removes accents and turns typographic apostrophes and
// dashes into ASCII ones.
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case r >= 0x300 && r <= 0x36f: // combining marks
		case r == '’' || r == 'ʼ':
			b.WriteByte('\'')
		case r == '‐' || r == '‑' || r == '–' || r == '—':
			b.WriteByte('-')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
