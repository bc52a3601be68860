package hrd

// Place is where a violation happened or where a victim lives or works
// (spec: Place; element 4 for a violation's place).
type Place struct {
	// Locality is the town, village or district (≤ 200 characters).
	Locality string `json:"locality,omitempty" jsonschema:"maxLength=200"`
	// Region is the province or state (≤ 200 characters).
	Region string `json:"region,omitempty" jsonschema:"maxLength=200"`
	// Country is the State; when empty it is the submission's country.
	Country Country `json:"country,omitempty"`
	// Detail says where exactly, e.g. "outside the provincial court" (≤ 500 characters).
	Detail string `json:"detail,omitempty" jsonschema:"maxLength=500"`
}

// IsZero reports whether nothing is known of the place.
func (p Place) IsZero() bool { return p == Place{} }

// Victim is a person, group, organization or community that suffered a violation
// (spec: Victim). It carries element 1 (who the victims are) and element 3 (their
// human rights activity).
type Victim struct {
	// ID identifies the victim in the document; violations refer to it. Required.
	ID ID `json:"id,omitempty" jsonschema:"required"`
	// Kind says whether the victim is a person, a group, an organization or a
	// community. Required. Element 1.
	Kind VictimKind `json:"kind,omitempty" jsonschema:"required"`
	// Name is the full name, or the group's or organization's name (≤ 300
	// characters). Required. Element 1. It is sent to the Government only with
	// consent, and public renderings follow [Consent.PublicName].
	Name string `json:"name,omitempty" jsonschema:"required,minLength=1,maxLength=300"`
	// Gender is an individual's gender. Element 1.
	Gender Gender `json:"gender,omitempty"`
	// Age is the age at the time of the events, 0 to 130. Element 1.
	Age *int `json:"age,omitempty" jsonschema:"minimum=0,maximum=130"`
	// Nationality is the victim's nationality. Element 1.
	Nationality Country `json:"nationality,omitempty"`
	// Occupation is the victim's occupation (≤ 200 characters). Element 1.
	Occupation string `json:"occupation,omitempty" jsonschema:"maxLength=200"`
	// Organization is the organization the person works with (≤ 300 characters).
	// Element 1 and 3.
	Organization string `json:"organization,omitempty" jsonschema:"maxLength=300"`
	// Location is where the victim lives or works. Element 1.
	Location *Place `json:"location,omitempty"`
	// GroupSize is the number of people, for groups and communities (1 to a billion;
	// the spec sets no upper bound, this one keeps every valid value decodable).
	// Element 1.
	GroupSize *int `json:"group_size,omitempty" jsonschema:"minimum=1,maximum=1000000000"`
	// Categories say what kind of defender the victim is. Element 1 and 3.
	Categories []DefenderCategory `json:"categories,omitempty"`
	// Activities are the human rights work that exposed the victim. Element 3;
	// readiness wants these or ActivityDescription.
	Activities []Activity `json:"activities,omitempty"`
	// ActivityDescription is that work in the submitter's words (≤ 5000
	// characters). Element 3.
	ActivityDescription string `json:"activity_description,omitempty" jsonschema:"maxLength=5000"`
	// Consent is the consent to be named in the communication; readiness wants it
	// for every named individual. Element 1.
	Consent *Consent `json:"consent,omitempty"`
}

// Consent records whether a victim agreed to be named to the Government, and how
// the name may appear in public (spec: Consent; element 1).
type Consent struct {
	// Given is true when consent to be named was given. Required.
	Given bool `json:"given" jsonschema:"required"`
	// By says who gave consent; readiness wants it when Given is true.
	By ConsentGiver `json:"by,omitempty"`
	// Date is when consent was given.
	Date PartialDate `json:"date,omitempty"`
	// PublicName is how the name may appear in public reports; empty means
	// [PublicNameInitials], as [Consent.Public] returns.
	PublicName PublicName `json:"public_name,omitempty"`
}

// Public returns how the victim's name may appear in public: PublicName, or
// [PublicNameInitials] when it is not set. A nil Consent allows no name at all:
// [PublicNameWithheld].
func (c *Consent) Public() PublicName {
	switch {
	case c == nil || !c.Given:
		return PublicNameWithheld
	case c.PublicName == "":
		return PublicNameInitials
	}
	return c.PublicName
}

// Perpetrator is an actor alleged to have committed a violation (spec:
// Perpetrator; element 2).
type Perpetrator struct {
	// ID identifies the perpetrator in the document; violations refer to it. Required.
	ID ID `json:"id,omitempty" jsonschema:"required"`
	// Type is the kind of actor; each type is State, non-State or unknown
	// ([PerpetratorType.Class]). Required.
	Type PerpetratorType `json:"type,omitempty" jsonschema:"required"`
	// Name is the person's or body's name, if known (≤ 300 characters).
	Name string `json:"name,omitempty" jsonschema:"maxLength=300"`
	// Unit is the unit, agency or company (≤ 300 characters).
	Unit string `json:"unit,omitempty" jsonschema:"maxLength=300"`
	// Title is the rank or function (≤ 200 characters).
	Title string `json:"title,omitempty" jsonschema:"maxLength=200"`
	// Attribution says how firmly the act is attributed; empty means
	// [AttributionAlleged].
	Attribution Attribution `json:"attribution,omitempty"`
}

// Violation is one violation suffered by one or more victims (spec: Violation). Its
// type carries element 3; its date, place and description carry element 4.
type Violation struct {
	// ID identifies the violation in the document. Required.
	ID ID `json:"id,omitempty" jsonschema:"required"`
	// Type is the type of violation. Required. Element 3.
	Type ViolationType `json:"type,omitempty" jsonschema:"required"`
	// Victims are the ids of the victims who suffered it (≥ 1). Required. Element 3.
	Victims []ID `json:"victims,omitempty" jsonschema:"required,minItems=1"`
	// Perpetrators are the ids of those who committed it. Element 2.
	Perpetrators []ID `json:"perpetrators,omitempty"`
	// Status says whether it occurred, is ongoing or is imminent. Required. It
	// decides between an urgent appeal and an allegation letter.
	Status ViolationStatus `json:"status,omitempty" jsonschema:"required"`
	// Date is when it began. Element 4; the Working Group on Enforced or
	// Involuntary Disappearances needs at least the month and year.
	Date PartialDate `json:"date,omitempty"`
	// EndDate is when it ended. Element 4.
	EndDate PartialDate `json:"end_date,omitempty"`
	// DateApproximate is true when the date is an estimate. Element 4.
	DateApproximate bool `json:"date_approximate,omitempty"`
	// Place is where it happened. Element 4.
	Place *Place `json:"place,omitempty"`
	// Description is what happened, factually (≤ 20000 characters). Required.
	// Element 4.
	Description string `json:"description,omitempty" jsonschema:"required,minLength=1,maxLength=20000"`
	// Rights are the rights affected; [ViolationType.Rights] suggests them.
	Rights []Right `json:"rights,omitempty"`
	// LegalBasis is the laws or charges invoked against the victim, for judicial
	// harassment (≤ 2000 characters). Element 4.
	LegalBasis string `json:"legal_basis,omitempty" jsonschema:"maxLength=2000"`
}
