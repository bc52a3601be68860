package hrd

// This file holds the attributes of vocabulary codes as data, from
// ../shared/reference/vocabularies.md. A test checks that every code has its entry.

// violationInfo is what the format says of a violation type besides its label.
type violationInfo struct {
	group  ViolationGroup
	rights []Right
	esf    string // HURIDOCS ESF micro-thesaurus 4 code(s), for exchange
}

var violationTable = map[ViolationType]violationInfo{
	ViolationKilling:                    {GroupLife, []Right{RightLife, RightEffectiveRemedy}, "010101, 010105"},
	ViolationAttemptedKilling:           {GroupLife, []Right{RightLife}, "010109"},
	ViolationDeathInCustody:             {GroupLife, []Right{RightLife, RightFreedomFromTorture, RightHumaneDetention}, "010106"},
	ViolationEnforcedDisappearance:      {GroupLiberty, []Right{RightLife, RightFreedomFromTorture, RightLibertySecurity, RightLegalPersonality}, "030103"},
	ViolationAbduction:                  {GroupLiberty, []Right{RightLibertySecurity, RightFreedomFromTorture}, "030104"},
	ViolationArbitraryArrest:            {GroupLiberty, []Right{RightLibertySecurity}, "030101"},
	ViolationArbitraryDetention:         {GroupLiberty, []Right{RightLibertySecurity, RightFairTrial}, "030102"},
	ViolationIncommunicadoDetention:     {GroupLiberty, []Right{RightLibertySecurity, RightFairTrial, RightFreedomFromTorture}, "MT30"},
	ViolationHouseArrest:                {GroupLiberty, []Right{RightLibertySecurity, RightFreedomOfMovement}, "030105"},
	ViolationTorture:                    {GroupIntegrity, []Right{RightFreedomFromTorture, RightHumaneDetention}, "020111"},
	ViolationIllTreatment:               {GroupIntegrity, []Right{RightFreedomFromTorture, RightHumaneDetention}, "0201"},
	ViolationPhysicalAssault:            {GroupIntegrity, []Right{RightLibertySecurity, RightFreedomFromTorture}, "020101"},
	ViolationSexualViolence:             {GroupIntegrity, []Right{RightFreedomFromTorture, RightLibertySecurity}, "020102"},
	ViolationSexualHarassment:           {GroupIntegrity, []Right{RightLibertySecurity, RightEqualityNonDiscrimination}, "020103050000"},
	ViolationDeathThreat:                {GroupIntegrity, []Right{RightLife, RightLibertySecurity}, "020103020000"},
	ViolationThreatIntimidation:         {GroupIntegrity, []Right{RightLibertySecurity}, "020103010000"},
	ViolationThreatToFamily:             {GroupIntegrity, []Right{RightLibertySecurity, RightPrivacy}, "020103010200"},
	ViolationHarassment:                 {GroupIntegrity, []Right{RightLibertySecurity, RightPrivacy}, "0201"},
	ViolationStalking:                   {GroupIntegrity, []Right{RightLibertySecurity, RightPrivacy}, "020103040000"},
	ViolationSurveillance:               {GroupPrivacy, []Right{RightPrivacy, RightOpinionExpression, RightAssociation}, "020103030000"},
	ViolationRaidSearch:                 {GroupPrivacy, []Right{RightPrivacy, RightAssociation}, "040101, 120102"},
	ViolationPropertySeizureDestruction: {GroupPrivacy, []Right{RightPrivacy, RightProperty}, "34xx"},
	ViolationSmearCampaign:              {GroupReputation, []Right{RightPrivacy, RightOpinionExpression}, "140101"},
	ViolationOnlineHarassment:           {GroupReputation, []Right{RightPrivacy, RightOpinionExpression}, ""},
	ViolationJudicialHarassment:         {GroupFairTrial, []Right{RightFairTrial, RightLibertySecurity, RightOpinionExpression, RightPeacefulAssembly, RightAssociation}, ""},
	ViolationUnfairTrial:                {GroupFairTrial, []Right{RightFairTrial, RightLegality}, "3501"},
	ViolationConvictionSentencing:       {GroupFairTrial, []Right{RightFairTrial, RightLegality}, ""},
	ViolationAdministrativeHarassment:   {GroupAssociation, []Right{RightAssociation}, "1201"},
	ViolationNGOClosureDeregistration:   {GroupAssociation, []Right{RightAssociation}, "120101, 120103"},
	ViolationFundingRestriction:         {GroupAssociation, []Right{RightAssociation}, ""},
	ViolationAssemblyRestriction:        {GroupAssembly, []Right{RightPeacefulAssembly}, "120105, 120106"},
	ViolationCensorship:                 {GroupExpression, []Right{RightOpinionExpression}, "100101–100105"},
	ViolationInternetRestriction:        {GroupExpression, []Right{RightOpinionExpression}, ""},
	ViolationTravelBan:                  {GroupMovement, []Right{RightFreedomOfMovement}, "050106"},
	ViolationDeportationExile:           {GroupMovement, []Right{RightFreedomOfMovement}, "050101, 050102"},
	ViolationForcedEviction:             {GroupHousing, []Right{RightAdequateHousing, RightPrivacy}, "050103, 5101"},
	ViolationDismissalEmployment:        {GroupWork, []Right{RightWork, RightTradeUnion}, "300104030100"},
	ViolationProfessionalSanction:       {GroupWork, []Right{RightWork, RightFairTrial}, ""},
	ViolationReprisalUNCooperation:      {GroupCross, []Right{RightOpinionExpression, RightAssociation}, ""},
	ViolationRestrictiveLegislation:     {GroupCross, nil, "21"},
	ViolationOther:                      {GroupOther, nil, ""},
}

// Group returns the group the violation type rolls up into for statistics, or the
// empty group for a value outside the vocabulary.
func (v ViolationType) Group() ViolationGroup { return violationTable[v].group }

// Rights returns the rights a violation of this type affects, as the format's
// vocabulary gives them. A restrictive law affects whatever rights it restricts, so
// [ViolationRestrictiveLegislation] and [ViolationOther] return none.
func (v ViolationType) Rights() []Right { return append([]Right(nil), violationTable[v].rights...) }

// ESF returns the code(s) of the type in the HURIDOCS Events Standard Formats
// micro-thesaurus 4, for exchange with ESF-based tools, or "" when ESF has none.
func (v ViolationType) ESF() string { return violationTable[v].esf }

// perpetratorInfo is what the format says of a perpetrator type.
type perpetratorInfo struct {
	class          PerpetratorClass
	stateSupported bool // a non-State actor supported by the State
	esf            string
}

var perpetratorTable = map[PerpetratorType]perpetratorInfo{
	PerpetratorStatePolice:                       {ClassState, false, "010104"},
	PerpetratorStateMilitary:                     {ClassState, false, "010103"},
	PerpetratorStateIntelligence:                 {ClassState, false, "010106"},
	PerpetratorStateJudiciaryProsecution:         {ClassState, false, "0103"},
	PerpetratorStateExecutiveNational:            {ClassState, false, "010101"},
	PerpetratorStateLocalGovernment:              {ClassState, false, "010102"},
	PerpetratorStateLegislature:                  {ClassState, false, "0102"},
	PerpetratorStatePrisonOfficials:              {ClassState, false, "010105"},
	PerpetratorStateOther:                        {ClassState, false, "01"},
	PerpetratorParamilitaryProGovernment:         {ClassNonState, true, "020101"},
	PerpetratorVigilanteDeathSquad:               {ClassNonState, true, "020102"},
	PerpetratorArmedOppositionGroup:              {ClassNonState, false, "0202"},
	PerpetratorPrivateArmy:                       {ClassNonState, false, "0203"},
	PerpetratorOrganisedCrime:                    {ClassNonState, false, ""},
	PerpetratorPrivateSecurity:                   {ClassNonState, false, "0204"},
	PerpetratorMobCrowd:                          {ClassNonState, false, "0205"},
	PerpetratorCorporationNational:               {ClassNonState, false, "210101"},
	PerpetratorCorporationTransnational:          {ClassNonState, false, "210102"},
	PerpetratorLandowner:                         {ClassNonState, false, "2102"},
	PerpetratorCommunityReligiousLeader:          {ClassNonState, false, "1102"},
	PerpetratorFamilyMember:                      {ClassNonState, false, "1101"},
	PerpetratorEmployer:                          {ClassNonState, false, "1103"},
	PerpetratorOccupyingForce:                    {ClassState, false, "03"},
	PerpetratorInternationalFinancialInstitution: {ClassNonState, false, "31"},
	PerpetratorUnidentified:                      {ClassUnknown, false, "99"},
	PerpetratorOther:                             {ClassUnknown, false, "90"},
}

// Class returns whether the type is a State actor, a non-State actor or unknown. An
// occupying force is a (foreign) State actor; pro-government paramilitaries and death
// squads are non-State actors that [PerpetratorType.StateSupported] reports.
func (p PerpetratorType) Class() PerpetratorClass { return perpetratorTable[p].class }

// StateSupported reports whether the type is a non-State actor that acts with the
// State's support (pro-government paramilitaries, vigilantes and death squads).
func (p PerpetratorType) StateSupported() bool { return perpetratorTable[p].stateSupported }

// ESF returns the type's code in the HURIDOCS ESF micro-thesaurus 24, or "".
func (p PerpetratorType) ESF() string { return perpetratorTable[p].esf }

// rightInfo gives the treaty articles a communication cites for a right.
type rightInfo struct{ iccpr, icescr, udhr, other []string }

var rightTable = map[Right]rightInfo{
	RightLife:                      {iccpr: []string{"6"}, udhr: []string{"3"}},
	RightFreedomFromTorture:        {iccpr: []string{"7"}, udhr: []string{"5"}},
	RightLibertySecurity:           {iccpr: []string{"9"}, udhr: []string{"3", "9"}},
	RightHumaneDetention:           {iccpr: []string{"10"}},
	RightFreedomOfMovement:         {iccpr: []string{"12"}, udhr: []string{"13"}},
	RightFairTrial:                 {iccpr: []string{"14"}, udhr: []string{"10", "11(1)"}},
	RightLegality:                  {iccpr: []string{"15"}, udhr: []string{"11(2)"}},
	RightLegalPersonality:          {iccpr: []string{"16"}, udhr: []string{"6"}},
	RightPrivacy:                   {iccpr: []string{"17"}, udhr: []string{"12"}},
	RightThoughtConscienceReligion: {iccpr: []string{"18"}, udhr: []string{"18"}},
	RightOpinionExpression:         {iccpr: []string{"19"}, udhr: []string{"19"}},
	RightPeacefulAssembly:          {iccpr: []string{"21"}, udhr: []string{"20(1)"}},
	RightAssociation:               {iccpr: []string{"22"}, udhr: []string{"20"}},
	RightTradeUnion:                {iccpr: []string{"22"}, icescr: []string{"8"}, udhr: []string{"23(4)"}},
	RightPoliticalParticipation:    {iccpr: []string{"25"}, udhr: []string{"21"}},
	RightEqualityNonDiscrimination: {iccpr: []string{"2(1)", "26"}, icescr: []string{"2(2)"}, udhr: []string{"2", "7"}},
	RightMinorityRights:            {iccpr: []string{"27"}},
	RightEffectiveRemedy:           {iccpr: []string{"2(3)"}, udhr: []string{"8"}},
	RightWork:                      {icescr: []string{"6", "7"}, udhr: []string{"23"}},
	RightAdequateHousing:           {icescr: []string{"11"}, udhr: []string{"25"}},
	RightHealth:                    {icescr: []string{"12"}, udhr: []string{"25"}},
	RightEducation:                 {icescr: []string{"13"}, udhr: []string{"26"}},
	RightCultureScience:            {icescr: []string{"15"}, udhr: []string{"27"}},
	RightProperty:                  {udhr: []string{"17"}},
	RightSelfDetermination:         {iccpr: []string{"1"}, icescr: []string{"1"}},
	RightHealthyEnvironment:        {other: []string{"HRC res 48/13 (2021)", "GA res 76/300 (2022)"}},
}

// ICCPR returns the articles of the International Covenant on Civil and Political
// Rights that protect the right, e.g. "9" or "2(3)"; none when the Covenant has none.
func (r Right) ICCPR() []string { return clone(rightTable[r].iccpr) }

// ICESCR returns the articles of the International Covenant on Economic, Social and
// Cultural Rights that protect the right.
func (r Right) ICESCR() []string { return clone(rightTable[r].icescr) }

// UDHR returns the articles of the Universal Declaration of Human Rights that state
// the right; letters cite them where the State is not party to the Covenant.
func (r Right) UDHR() []string { return clone(rightTable[r].udhr) }

// OtherInstruments returns the resolutions that recognise a right no treaty names,
// such as the right to a healthy environment.
func (r Right) OtherInstruments() []string { return clone(rightTable[r].other) }

func clone(s []string) []string { return append([]string(nil), s...) }
