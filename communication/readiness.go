package communication

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/openhrd/spcomm/communication/mandate"
	"github.com/openhrd/spcomm/hrd"
)

// Severity is how much a readiness [Finding] matters: an error keeps a
// submission from being ready; a warning and an info do not.
type Severity string

// The severities of a finding.
const (
	// SeverityError: the submission is not ready to send until it is fixed.
	SeverityError Severity = "error"
	// SeverityWarning: something recommended is missing or doubtful; the element
	// is incomplete, but the submission can be sent.
	SeverityWarning Severity = "warning"
	// SeverityInfo: a suggestion; it changes neither readiness nor the element's
	// status.
	SeverityInfo Severity = "info"
)

// Label names the severity in lang ("error", "erreur", "error"…); English for
// another language, the value itself for an unknown severity.
func (s Severity) Label(lang hrd.Language) string {
	switch s {
	case SeverityError, SeverityWarning, SeverityInfo:
		return msgs.Sprintf(string(lang), "severity."+string(s))
	}
	return string(s)
}

// Status is how far a submission carries one of the five elements.
type Status string

// The statuses of an element.
const (
	// StatusComplete: nothing is missing (info findings aside).
	StatusComplete Status = "complete"
	// StatusIncomplete: the element is there, but an error or a warning concerns it.
	StatusIncomplete Status = "incomplete"
	// StatusMissing: the element cannot be found at all (no victims, no
	// perpetrators nor what is known of them, no violations, no actions nor why
	// none were taken).
	StatusMissing Status = "missing"
)

// Label names the status in lang; English for another language, the value
// itself for an unknown status.
func (s Status) Label(lang hrd.Language) string {
	switch s {
	case StatusComplete, StatusIncomplete, StatusMissing:
		return msgs.Sprintf(string(lang), "status."+string(s))
	}
	return string(s)
}

// Finding is one thing readiness found: its severity, a stable snake_case code
// (listed at [Check]), the JSON Pointer of the place concerned, the element it
// belongs to (1 to 5, or 0 for the submission as a whole) and a message in the
// report's language. The message names fields, vocabulary labels, counts and
// dates, never text the submitter wrote: no names, no descriptions.
type Finding struct {
	Severity Severity `json:"severity"`
	Code     string   `json:"code"`
	Pointer  string   `json:"pointer"`
	Element  int      `json:"element"`
	Message  string   `json:"message"`
}

// ElementReport is the readiness of one of the five elements.
type ElementReport struct {
	Element  int       `json:"element"`
	Status   Status    `json:"status"`
	Findings []Finding `json:"findings"`
}

// Title names the element in lang, such as "identity of the alleged
// perpetrators"; see [ElementName].
func (e ElementReport) Title(lang hrd.Language) string { return ElementName(e.Element, lang) }

// Report is the readiness of a submission, element by element ([Check]).
type Report struct {
	// Ready is true when no finding is an error.
	Ready bool `json:"ready"`
	// Type is the type of communication [SuggestType] suggests.
	Type Type `json:"communication_type"`
	// Language is the language of the messages.
	Language hrd.Language `json:"language"`
	// Elements are the five elements, element 1 at index 0.
	Elements [5]ElementReport `json:"elements"`
	// Findings are the findings about the submission as a whole (element 0):
	// urgency, sources, mandates.
	Findings []Finding `json:"findings"`
}

// All returns every finding: those of elements 1 to 5 in order, then those about
// the whole submission.
func (r *Report) All() []Finding {
	var out []Finding
	for _, e := range r.Elements {
		out = append(out, e.Findings...)
	}
	return append(out, r.Findings...)
}

// Count returns the number of findings of a severity.
func (r *Report) Count(sev Severity) int {
	n := 0
	for _, f := range r.All() {
		if f.Severity == sev {
			n++
		}
	}
	return n
}

// Summary says in one line, in lang, whether the submission is ready, as what
// type of communication, and how many errors and warnings it has: "ready to send
// (allegation letter): 0 warning(s)", "not ready (urgent appeal): 2 error(s), 1
// warning(s)".
func (r *Report) Summary(lang hrd.Language) string {
	if r.Ready {
		return msgs.Sprintf(string(lang), "report.ready", r.Type.Label(lang), r.Count(SeverityWarning))
	}
	return msgs.Sprintf(string(lang), "report.not_ready", r.Type.Label(lang), r.Count(SeverityError), r.Count(SeverityWarning))
}

// ElementName names element n (1 to 5) in lang, such as "identity of the
// victims and of the submitter"; 0 names the submission as a whole. Another
// number gives "".
func ElementName(n int, lang hrd.Language) string {
	if n < 0 || n > 5 {
		return ""
	}
	return msgs.Sprintf(string(lang), fmt.Sprintf("element.%d", n))
}

// CheckOptions tune [Check].
type CheckOptions struct {
	// Today is the date the future-date rule compares with; the zero time means
	// time.Now. Only its calendar date (in its own location) counts.
	Today time.Time
	// Lang is the language of the messages; empty (or not en, fr or es) means the
	// submission's language, or English when that is not set.
	Lang hrd.Language
}

// findingDef is what a finding code always carries.
type findingDef struct {
	element  int
	severity Severity
	missing  bool // the element cannot be found: its status is missing
}

// findingDefs are the finding codes of [Check]; its doc comment lists them, and a
// test keeps the two in step.
var findingDefs = map[string]findingDef{
	// Element 1.
	"no_victims":                     {1, SeverityError, true},
	"victim_name_missing":            {1, SeverityError, false},
	"consent_missing":                {1, SeverityError, false},
	"consent_not_given":              {1, SeverityError, false},
	"consent_giver_missing":          {1, SeverityWarning, false},
	"submitter_anonymous":            {1, SeverityError, false},
	"submitter_contact_missing":      {1, SeverityError, false},
	"submitter_relationship_missing": {1, SeverityWarning, false},
	"wgeid_victim_name":              {1, SeverityError, false},
	"wgeid_victim_individual":        {1, SeverityError, false},
	"wgeid_submitter":                {1, SeverityError, false},
	// Element 2.
	"perpetrators_missing":          {2, SeverityError, true},
	"perpetrator_type_missing":      {2, SeverityError, false},
	"perpetrator_reference_unknown": {2, SeverityError, false},
	"wgeid_forces":                  {2, SeverityError, false},
	// Element 3.
	"no_violations":             {3, SeverityError, true},
	"activity_missing":          {3, SeverityError, false},
	"victim_without_violation":  {3, SeverityWarning, false},
	"violation_type_missing":    {3, SeverityError, false},
	"violation_victims_missing": {3, SeverityError, false},
	"victim_reference_unknown":  {3, SeverityError, false},
	// Element 4.
	"incident_missing":         {4, SeverityError, true},
	"country_missing":          {4, SeverityError, false},
	"violation_status_missing": {4, SeverityError, false},
	"date_missing":             {4, SeverityError, false},
	"date_invalid":             {4, SeverityError, false},
	"date_in_future":           {4, SeverityError, false},
	"end_before_start":         {4, SeverityError, false},
	"place_missing":            {4, SeverityWarning, false},
	"description_missing":      {4, SeverityError, false},
	"description_too_short":    {4, SeverityWarning, false},
	"legal_basis_missing":      {4, SeverityWarning, false},
	"context_missing":          {4, SeverityInfo, false},
	"wgeid_date":               {4, SeverityError, false},
	"wgeid_place":              {4, SeverityError, false},
	// Element 5.
	"actions_missing":            {5, SeverityError, true},
	"action_description_missing": {5, SeverityError, false},
	"wgeid_steps":                {5, SeverityError, false},
	// The whole submission.
	"urgent_reason_missing": {0, SeverityError, false},
	"urgent_not_ongoing":    {0, SeverityWarning, false},
	"urgency_not_marked":    {0, SeverityInfo, false},
	"act_by_past":           {0, SeverityWarning, false},
	"sources_media_only":    {0, SeverityError, false},
	"sources_missing":       {0, SeverityInfo, false},
	"mandate_unknown":       {0, SeverityError, false},
	"mandates_missing":      {0, SeverityInfo, false},
}

// minDescriptionWords is the number of words below which a violation's
// description is too thin to act on.
const minDescriptionWords = 8

// maxSuggestedNames is how many suggested mandates the mandates_missing message
// names.
const maxSuggestedNames = 5

// Check reports whether a submission is ready to send to the mandate holders,
// element by element (spec: Readiness). It works on drafts: a nil submission,
// missing fields, nil slices and dangling references give findings, never a
// panic. Ready means no finding is an error. An element's status is missing
// when a finding marked "missing" below concerns it, incomplete when an error or
// a warning does, and complete otherwise. Findings come in a fixed order: by
// element, then in the order the rules visit the document.
//
// Messages are in opt.Lang, or the submission's language. They never contain
// text the submitter wrote (names, descriptions): the pointer says where to look.
//
// The findings, with their element (0: the submission as a whole), severity and
// code:
//
//	el sev      code                           when
//	1  error    no_victims                     no victims (status missing)
//	1  error    victim_name_missing            a victim has no name
//	1  error    consent_missing                a named individual victim (or one of no kind) has no consent
//	1  error    consent_not_given              ... has consent with given = false
//	1  warning  consent_giver_missing          consent is given but not who gave it (by)
//	1  error    submitter_anonymous            the submitter has no name
//	1  error    submitter_contact_missing      the submitter has no email, phone or address
//	1  warning  submitter_relationship_missing the submitter's relationship to the victims is not said
//	1  error    wgeid_victim_name              WGEID: a disappeared victim has no name
//	1  error    wgeid_victim_individual        WGEID: a disappeared victim is not an individual
//	1  error    wgeid_submitter                WGEID: the submitter has no name or no contact
//	2  error    perpetrators_missing           neither perpetrators nor perpetrators_unknown (status missing)
//	2  error    perpetrator_type_missing       a perpetrator has no type
//	2  error    perpetrator_reference_unknown  a violation names a perpetrator id that does not exist
//	2  error    wgeid_forces                   WGEID: no State or State-supported perpetrator of a disappearance
//	3  error    no_violations                  no violations (status missing)
//	3  error    activity_missing               a victim has neither activities nor activity_description
//	3  warning  victim_without_violation       a victim that no violation names
//	3  error    violation_type_missing         a violation has no type
//	3  error    violation_victims_missing      a violation names no victim
//	3  error    victim_reference_unknown       a violation names a victim id that does not exist
//	4  error    incident_missing               no violation to describe (status missing)
//	4  error    country_missing                the State concerned is not given
//	4  error    violation_status_missing       a violation has no status
//	4  error    date_missing                   a violation has no date
//	4  error    date_invalid                   a date or end_date is not a valid partial date
//	4  error    date_in_future                 an occurred violation's date or end_date is after today
//	4  error    end_before_start               end_date is certainly before date
//	4  warning  place_missing                  a violation has no place
//	4  error    description_missing            a violation has no description
//	4  warning  description_too_short          a description of fewer than 8 words
//	4  warning  legal_basis_missing            judicial harassment or a conviction without the legal basis
//	4  info     context_missing                no context (background, pattern, trend)
//	4  error    wgeid_date                     WGEID: a disappearance not dated to the month at least
//	4  error    wgeid_place                    WGEID: no place of arrest or where last seen
//	5  error    actions_missing                neither actions nor no_action_reason (status missing)
//	5  error    action_description_missing     an action has no description
//	5  error    wgeid_steps                    WGEID: no step taken to locate the person, nor why none
//	0  error    urgent_reason_missing          urgency.urgent without a reason
//	0  warning  urgent_not_ongoing             urgent, but no violation is ongoing or imminent
//	0  info     urgency_not_marked             a violation is ongoing or imminent but urgency.urgent is not set
//	0  warning  act_by_past                    urgency.act_by has passed
//	0  error    sources_media_only             every source is of kind media
//	0  info     sources_missing                no sources
//	0  error    mandate_unknown                a mandate id the catalogue does not list
//	0  info     mandates_missing               no mandates; the message names the suggested ones
//
// The WGEID rules (Working Group on Enforced or Involuntary Disappearances)
// apply when a violation is an enforced_disappearance; its six required
// elements are the victim's full name, a date with at least month and year, the
// place of arrest or where last seen (a locality, region or detail), the forces
// believed responsible (a perpetrator of the violation whose type is a State
// actor or State-supported, [hrd.PerpetratorType.StateSupported]), the steps
// taken to locate the person (an action other than a media statement or a
// protection measure, or a no_action_reason) and who submits (a name and a
// contact). For a disappearance, wgeid_date and wgeid_place take the place of
// date_missing and place_missing.
//
// A word, for description_too_short, is a run of characters between spaces. A
// victim with no kind counts as an individual for consent. Court cases, media
// statements and the like all count as actions for element 5; only the WGEID
// rule asks what they were.
func Check(s *Submission, opt CheckOptions) *Report {
	if s == nil {
		s = &Submission{}
	}
	today := opt.Today
	if today.IsZero() {
		today = time.Now()
	}
	y, m, d := today.Date()
	c := &checker{
		s:     s,
		lang:  langOf(s, opt.Lang),
		today: time.Date(y, m, d, 0, 0, 0, 0, time.UTC),
	}
	c.victimIndex = map[hrd.ID]int{}
	for i, v := range s.Victims {
		if _, dup := c.victimIndex[v.ID]; !dup && v.ID != "" {
			c.victimIndex[v.ID] = i
		}
	}
	c.perpIndex = map[hrd.ID]int{}
	for i, p := range s.Perpetrators {
		if _, dup := c.perpIndex[p.ID]; !dup && p.ID != "" {
			c.perpIndex[p.ID] = i
		}
	}
	c.element1()
	c.element2()
	c.element3()
	c.element4()
	c.element5()
	c.wgeid()
	c.across()
	return c.report()
}

// checker gathers the findings of one Check.
type checker struct {
	s           *Submission
	lang        hrd.Language
	today       time.Time
	victimIndex map[hrd.ID]int
	perpIndex   map[hrd.ID]int
	findings    []Finding
}

func (c *checker) add(code, pointer string, args ...any) {
	def, ok := findingDefs[code]
	if !ok {
		def = findingDef{0, SeverityError, false} // a defect of this file; its tests check every code
	}
	c.findings = append(c.findings, Finding{
		Severity: def.severity,
		Code:     code,
		Pointer:  pointer,
		Element:  def.element,
		Message:  msgs.Sprintf(string(c.lang), "finding."+code, args...),
	})
}

func (c *checker) report() *Report {
	r := &Report{Ready: true, Type: SuggestType(c.s).Type, Language: c.lang, Findings: []Finding{}}
	for i := range r.Elements {
		r.Elements[i] = ElementReport{Element: i + 1, Status: StatusComplete, Findings: []Finding{}}
	}
	// Stable order: by element, keeping the order of the rules within one.
	slices.SortStableFunc(c.findings, func(a, b Finding) int { return a.Element - b.Element })
	for _, f := range c.findings {
		def := findingDefs[f.Code]
		if f.Severity == SeverityError {
			r.Ready = false
		}
		if f.Element == 0 {
			r.Findings = append(r.Findings, f)
			continue
		}
		e := &r.Elements[f.Element-1]
		e.Findings = append(e.Findings, f)
		switch {
		case def.missing:
			e.Status = StatusMissing
		case f.Severity != SeverityInfo && e.Status == StatusComplete:
			e.Status = StatusIncomplete
		}
	}
	return r
}

func blank(s string) bool { return strings.TrimSpace(s) == "" }

// placeKnown reports whether a place says where: a locality, region or detail.
func placeKnown(p *hrd.Place) bool {
	return p != nil && (!blank(p.Locality) || !blank(p.Region) || !blank(p.Detail))
}

func (c *checker) hasContact() bool {
	sub := c.s.Submitter
	return !blank(sub.Email) || !blank(sub.Phone) || !blank(sub.Address)
}

// item is the JSON Pointer of an array element: made into a string only when a
// finding needs it, so that a ready submission costs no pointer building.
type item struct {
	array string
	i     int
}

// at returns the pointer of a place under the element.
func (it item) at(rest string) string { return it.array + "/" + strconv.Itoa(it.i) + "/" + rest }

// element1: the identity of the victims and of who submits.
func (c *checker) element1() {
	s := c.s
	if len(s.Victims) == 0 {
		c.add("no_victims", "/victims")
	}
	for i, v := range s.Victims {
		p := item{"/victims", i}
		if blank(v.Name) {
			c.add("victim_name_missing", p.at("name"))
			continue
		}
		if v.Kind != hrd.VictimIndividual && v.Kind != "" {
			continue
		}
		switch {
		case v.Consent == nil:
			c.add("consent_missing", p.at("consent"))
		case !v.Consent.Given:
			c.add("consent_not_given", p.at("consent/given"))
		case v.Consent.By == "":
			c.add("consent_giver_missing", p.at("consent/by"))
		}
	}
	if blank(s.Submitter.Name) {
		c.add("submitter_anonymous", "/submitter/name")
	}
	if !c.hasContact() {
		c.add("submitter_contact_missing", "/submitter")
	}
	if s.Submitter.Relationship == "" {
		c.add("submitter_relationship_missing", "/submitter/relationship")
	}
}

// element2: the identity of the alleged perpetrators.
func (c *checker) element2() {
	s := c.s
	if len(s.Perpetrators) == 0 && blank(s.PerpetratorsUnknown) {
		c.add("perpetrators_missing", "/perpetrators")
	}
	for i, p := range s.Perpetrators {
		if p.Type == "" {
			c.add("perpetrator_type_missing", fmt.Sprintf("/perpetrators/%d/type", i))
		}
	}
	for i, v := range s.Violations {
		for j, id := range v.Perpetrators {
			if _, ok := c.perpIndex[id]; !ok {
				c.add("perpetrator_reference_unknown", fmt.Sprintf("/violations/%d/perpetrators/%d", i, j))
			}
		}
	}
}

// element3: the victims' human rights activity and the type of violation.
func (c *checker) element3() {
	s := c.s
	if len(s.Violations) == 0 {
		c.add("no_violations", "/violations")
	}
	named := map[hrd.ID]bool{}
	for _, v := range s.Violations {
		for _, id := range v.Victims {
			named[id] = true
		}
	}
	for i, v := range s.Victims {
		if len(v.Activities) == 0 && blank(v.ActivityDescription) {
			c.add("activity_missing", fmt.Sprintf("/victims/%d/activities", i))
		}
		if len(s.Violations) > 0 && !named[v.ID] {
			c.add("victim_without_violation", fmt.Sprintf("/victims/%d", i))
		}
	}
	for i, v := range s.Violations {
		p := item{"/violations", i}
		if v.Type == "" {
			c.add("violation_type_missing", p.at("type"))
		}
		if len(v.Victims) == 0 {
			c.add("violation_victims_missing", p.at("victims"))
		}
		for j, id := range v.Victims {
			if _, ok := c.victimIndex[id]; !ok {
				c.add("victim_reference_unknown", p.at("victims/"+strconv.Itoa(j)))
			}
		}
	}
}

// day formats a date as YYYY-MM-DD.
func day(t time.Time) string { return t.Format(time.DateOnly) }

// element4: the description of the incident.
func (c *checker) element4() {
	s := c.s
	if len(s.Violations) == 0 {
		c.add("incident_missing", "/violations")
	}
	if s.Country == "" {
		c.add("country_missing", "/country")
	}
	for i, v := range s.Violations {
		p := item{"/violations", i}
		disappearance := v.Type == hrd.ViolationEnforcedDisappearance
		if v.Status == "" {
			c.add("violation_status_missing", p.at("status"))
		}
		occurred := v.Status == hrd.StatusOccurred
		switch {
		case v.Date == "":
			if !disappearance {
				c.add("date_missing", p.at("date"))
			}
		case !v.Date.Valid():
			c.add("date_invalid", p.at("date"))
		case occurred && v.Date.Start().After(c.today):
			c.add("date_in_future", p.at("date"), v.Date.String(), day(c.today))
		}
		switch {
		case v.EndDate == "":
		case !v.EndDate.Valid():
			c.add("date_invalid", p.at("end_date"))
		default:
			if occurred && v.EndDate.Start().After(c.today) {
				c.add("date_in_future", p.at("end_date"), v.EndDate.String(), day(c.today))
			}
			if v.EndDate.Before(v.Date) {
				c.add("end_before_start", p.at("end_date"), v.EndDate.String(), v.Date.String())
			}
		}
		if !disappearance && (v.Place == nil || (v.Place.Country == "" && !placeKnown(v.Place))) {
			c.add("place_missing", p.at("place"))
		}
		if blank(v.Description) {
			c.add("description_missing", p.at("description"))
		} else if n := countWords(v.Description, minDescriptionWords); n < minDescriptionWords {
			c.add("description_too_short", p.at("description"), n, minDescriptionWords)
		}
		if (v.Type == hrd.ViolationJudicialHarassment || v.Type == hrd.ViolationConvictionSentencing) && blank(v.LegalBasis) {
			c.add("legal_basis_missing", p.at("legal_basis"), v.Type.Label(c.lang))
		}
	}
	if blank(s.Context) {
		c.add("context_missing", "/context")
	}
}

// element5: the actions taken since.
func (c *checker) element5() {
	s := c.s
	if len(s.Actions) == 0 && blank(s.NoActionReason) {
		c.add("actions_missing", "/actions")
	}
	for i, a := range s.Actions {
		if blank(a.Description) {
			c.add("action_description_missing", fmt.Sprintf("/actions/%d/description", i))
		}
	}
}

// notLocating are the action types that are not steps to locate a disappeared
// person.
var notLocating = []hrd.ActionType{hrd.ActionMediaStatement, hrd.ActionProtectionMeasure}

// wgeid applies the six required elements of the Working Group on Enforced or
// Involuntary Disappearances to every enforced disappearance.
func (c *checker) wgeid() {
	s := c.s
	found := false
	for i, v := range s.Violations {
		if v.Type != hrd.ViolationEnforcedDisappearance {
			continue
		}
		found = true
		p := item{"/violations", i}
		for _, id := range v.Victims {
			k, ok := c.victimIndex[id]
			if !ok {
				continue // victim_reference_unknown says it
			}
			vic := s.Victims[k]
			switch {
			case blank(vic.Name):
				c.add("wgeid_victim_name", fmt.Sprintf("/victims/%d/name", k))
			case vic.Kind != hrd.VictimIndividual && vic.Kind != "":
				c.add("wgeid_victim_individual", fmt.Sprintf("/victims/%d/kind", k), vic.Kind.Label(c.lang))
			}
		}
		if v.Date.Precision() < hrd.PrecisionMonth {
			c.add("wgeid_date", p.at("date"))
		}
		if !placeKnown(v.Place) {
			c.add("wgeid_place", p.at("place"))
		}
		forces := false
		for _, id := range v.Perpetrators {
			if k, ok := c.perpIndex[id]; ok {
				t := s.Perpetrators[k].Type
				forces = forces || t.Class() == hrd.ClassState || t.StateSupported()
			}
		}
		if !forces {
			c.add("wgeid_forces", p.at("perpetrators"))
		}
	}
	if !found {
		return
	}
	steps := !blank(s.NoActionReason)
	for _, a := range s.Actions {
		steps = steps || (a.Type != "" && !slices.Contains(notLocating, a.Type))
	}
	if !steps {
		c.add("wgeid_steps", "/actions")
	}
	if blank(s.Submitter.Name) || !c.hasContact() {
		c.add("wgeid_submitter", "/submitter")
	}
}

// across: what concerns the submission as a whole.
func (c *checker) across() {
	s := c.s
	urgent := s.Urgency != nil && s.Urgency.Urgent
	ongoing, pressing := false, false
	for _, v := range s.Violations {
		if v.Status == hrd.StatusOngoing || v.Status == hrd.StatusImminent {
			ongoing = true
			pressing = pressing || v.Type != hrd.ViolationRestrictiveLegislation
		}
	}
	if urgent && blank(s.Urgency.Reason) {
		c.add("urgent_reason_missing", "/urgency/reason")
	}
	if urgent && !ongoing && len(s.Violations) > 0 {
		c.add("urgent_not_ongoing", "/urgency/urgent")
	}
	if !urgent && pressing {
		c.add("urgency_not_marked", "/urgency")
	}
	if s.Urgency != nil && s.Urgency.ActBy.Valid() && s.Urgency.ActBy.End().Before(c.today) {
		c.add("act_by_past", "/urgency/act_by", s.Urgency.ActBy.String(), day(c.today))
	}
	if len(s.Sources) == 0 {
		c.add("sources_missing", "/sources")
	} else if !slices.ContainsFunc(s.Sources, func(src Source) bool { return src.Kind != hrd.SourceMedia }) {
		c.add("sources_media_only", "/sources")
	}
	for i, id := range s.Mandates {
		if _, ok := mandate.Lookup(id); !ok {
			c.add("mandate_unknown", fmt.Sprintf("/mandates/%d", i))
		}
	}
	if len(s.Mandates) == 0 {
		var ms []mandate.Mandate
		for _, sug := range SuggestMandates(s) {
			ms = append(ms, sug.Mandate)
		}
		names := joinNames(ms[:min(len(ms), maxSuggestedNames)], c.lang)
		if len(ms) > maxSuggestedNames {
			names += ", …"
		}
		c.add("mandates_missing", "/mandates", names)
	}
}

// countWords counts the words (runs of non-space characters) of s, stopping at
// limit: a description only needs to be known to reach it, and descriptions run
// to thousands of words.
func countWords(s string, limit int) int {
	n := 0
	inWord := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			inWord = false
			continue
		}
		if !inWord {
			n++
			if n >= limit {
				return n
			}
			inWord = true
		}
	}
	return n
}
