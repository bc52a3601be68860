package communication

import (
	"github.com/openhrd/spcomm/communication/mandate"
	"github.com/openhrd/spcomm/hrd"
)

// SchemaVersion is the version of the submission format this package reads and
// writes (spec: Top level, `schema_version`).
const SchemaVersion = "1.0"

// Submission is one case submitted to the Special Procedures mandate holders
// (spec: Top level). The five elements a submission must carry live in:
//
//  1. who the victims and the submitter are: [Submission.Victims], [Submission.Submitter];
//  2. who the alleged perpetrators are: [Submission.Perpetrators] or
//     [Submission.PerpetratorsUnknown];
//  3. the victims' human rights activity and the type of violation:
//     [hrd.Victim].Activities and ActivityDescription, [hrd.Violation].Type;
//  4. a detailed description: [hrd.Violation].Date, Place and Description, and
//     [Submission.Context];
//  5. the actions taken since: [Submission.Actions] or [Submission.NoActionReason].
//
// The fields are in the order of the spec, which is the order of the canonical JSON
// encoding ([Encode]). Required fields are marked so; a draft may lack them and still
// decode, and [Check] tells what is missing.
type Submission struct {
	// SchemaVersion is the format's version, "1.0". Required.
	SchemaVersion string `json:"schema_version,omitempty" jsonschema:"required,enum=1.0"`
	// ID is the submitter's own reference for the case (≤ 128 characters).
	ID string `json:"id,omitempty" jsonschema:"maxLength=128"`
	// Title is a short title, used as the draft's subject line (≤ 200 characters).
	Title string `json:"title,omitempty" jsonschema:"maxLength=200"`
	// Language is the language the narrative is written in: en, fr or es. Required.
	Language hrd.Language `json:"language,omitempty" jsonschema:"required"`
	// Country is the State where the violations took place, the State concerned.
	// Required. Element 4.
	Country hrd.Country `json:"country,omitempty" jsonschema:"required"`
	// Urgency says why action is needed fast.
	Urgency *Urgency `json:"urgency,omitempty"`
	// Submitter is who submits; never anonymous. Required. Element 1.
	Submitter Submitter `json:"submitter,omitzero" jsonschema:"required"`
	// Victims are the people, groups, organizations or communities affected (≥ 1).
	// Required. Element 1 and 3.
	Victims []hrd.Victim `json:"victims,omitempty" jsonschema:"required,minItems=1"`
	// Perpetrators are the alleged perpetrators. Element 2.
	Perpetrators []hrd.Perpetrator `json:"perpetrators,omitempty"`
	// PerpetratorsUnknown says what is known of perpetrators who cannot be named
	// (≤ 2000 characters). Element 2.
	PerpetratorsUnknown string `json:"perpetrators_unknown,omitempty" jsonschema:"maxLength=2000"`
	// Violations are the violations suffered (≥ 1). Required. Element 3 and 4.
	Violations []hrd.Violation `json:"violations,omitempty" jsonschema:"required,minItems=1"`
	// Context is the background, pattern or trend the case belongs to (≤ 20000
	// characters). Element 4.
	Context string `json:"context,omitempty" jsonschema:"maxLength=20000"`
	// Actions are the actions taken since by the victims, their families, lawyers or
	// the authorities. Element 5.
	Actions []Action `json:"actions,omitempty"`
	// NoActionReason says why nothing could be done, when no action was taken
	// (≤ 2000 characters). Element 5.
	NoActionReason string `json:"no_action_reason,omitempty" jsonschema:"maxLength=2000"`
	// Mandates are the ids of the mandate holders addressed; joint letters are common.
	Mandates []mandate.ID `json:"mandates,omitempty"`
	// Requests are what the submitter asks the mandate holders to seek.
	Requests []hrd.Request `json:"requests,omitempty"`
	// Sources say how the information was obtained.
	Sources []Source `json:"sources,omitempty"`
	// Attachments are supporting documents.
	Attachments []Attachment `json:"attachments,omitempty"`
}

// Urgency says why a case needs an urgent appeal (spec: Urgency).
type Urgency struct {
	// Urgent is true when a violation is ongoing or imminent. Required.
	Urgent bool `json:"urgent" jsonschema:"required"`
	// Reason is what makes it urgent, e.g. a hearing date or a risk to life (≤ 2000
	// characters); readiness wants it when Urgent is true.
	Reason string `json:"reason,omitempty" jsonschema:"maxLength=2000"`
	// ActBy is the date by which action is needed.
	ActBy hrd.PartialDate `json:"act_by,omitempty"`
}

// Submitter is the person or organization that submits the case (spec: Submitter;
// element 1). The Special Procedures keep the submitter's identity confidential and
// do not consider anonymous submissions.
type Submitter struct {
	// Kind says whether a person or an organization submits. Required.
	Kind hrd.SubmitterKind `json:"kind,omitempty" jsonschema:"required"`
	// Name is the person's or organization's name (≤ 300 characters). Required.
	Name string `json:"name,omitempty" jsonschema:"required,minLength=1,maxLength=300"`
	// Organization is the organization of a person who submits (≤ 300 characters).
	Organization string `json:"organization,omitempty" jsonschema:"maxLength=300"`
	// Relationship is the submitter's relation to the victims. Required.
	Relationship hrd.Relationship `json:"relationship,omitempty" jsonschema:"required"`
	// Email is a contact address; readiness wants one of Email, Phone or Address.
	Email string `json:"email,omitempty" jsonschema:"format=email,maxLength=254"`
	// Phone is a contact number (≤ 50 characters).
	Phone string `json:"phone,omitempty" jsonschema:"maxLength=50"`
	// Address is a postal address (≤ 500 characters).
	Address string `json:"address,omitempty" jsonschema:"maxLength=500"`
	// Country is where the submitter is based.
	Country hrd.Country `json:"country,omitempty"`
	// Confidential keeps the submitter's identity confidential; nil means true, the
	// Special Procedures' default, as [Submitter.IsConfidential] returns.
	Confidential *bool `json:"confidential,omitempty"`
}

// IsConfidential reports whether the submitter's identity is to be kept
// confidential: true unless Confidential is set to false.
func (s Submitter) IsConfidential() bool { return s.Confidential == nil || *s.Confidential }

// Action is an action taken since the violation by the victim, those close to them,
// or the authorities (spec: Action; element 5).
type Action struct {
	// By is who acted. Required.
	By hrd.ActionBy `json:"by,omitempty" jsonschema:"required"`
	// Type is the kind of action. Required.
	Type hrd.ActionType `json:"type,omitempty" jsonschema:"required"`
	// Authority is the authority addressed or acting (≤ 300 characters).
	Authority string `json:"authority,omitempty" jsonschema:"maxLength=300"`
	// Date is when the action was taken.
	Date hrd.PartialDate `json:"date,omitempty"`
	// Description says what was done (≤ 5000 characters). Required.
	Description string `json:"description,omitempty" jsonschema:"required,minLength=1,maxLength=5000"`
	// Outcome is what came of it.
	Outcome hrd.ActionOutcome `json:"outcome,omitempty"`
}

// Source says how information was obtained (spec: Source). A submission must not
// rest on media reports alone.
type Source struct {
	// Kind is the kind of source. Required.
	Kind hrd.SourceKind `json:"kind,omitempty" jsonschema:"required"`
	// Description describes the source (≤ 2000 characters).
	Description string `json:"description,omitempty" jsonschema:"maxLength=2000"`
}

// Attachment is a supporting document (spec: Attachment).
type Attachment struct {
	// Title is the document's title (≤ 300 characters). Required.
	Title string `json:"title,omitempty" jsonschema:"required,minLength=1,maxLength=300"`
	// MediaType is its media type, e.g. "application/pdf".
	MediaType string `json:"media_type,omitempty" jsonschema:"maxLength=255"`
	// SHA256 is the file's SHA-256 digest in lower-case hex (64 characters).
	SHA256 string `json:"sha256,omitempty" jsonschema:"pattern=^[0-9a-fA-F]{64}$"`
	// URI is where the document is.
	URI string `json:"uri,omitempty" jsonschema:"format=uri,maxLength=2000"`
}
