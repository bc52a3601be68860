package communication_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/openhrd/spcomm/communication"
	"github.com/openhrd/spcomm/hrd"
)

// exampleDoc is a small, fictional case: a land rights defender in Cambodia held
// in pre-trial detention after a company's complaint.
const exampleDoc = `{
  "schema_version": "1.0",
  "language": "en",
  "country": "KHM",
  "urgency": {"urgent": true, "act_by": "2026-11-20"},
  "submitter": {"kind": "organization", "name": "Example Land Watch", "relationship": "organization", "email": "cases@landwatch.example.org"},
  "victims": [{
    "id": "v1", "kind": "individual", "name": "Example Person",
    "categories": ["land_rights_defender"],
    "activities": ["documenting_violations", "peaceful_protest"],
    "consent": {"given": true, "by": "victim"}
  }],
  "perpetrators": [
    {"id": "police", "type": "state_police"},
    {"id": "company", "type": "corporation_national"}
  ],
  "violations": [{
    "id": "detention", "type": "arbitrary_detention", "victims": ["v1"], "perpetrators": ["police", "company"],
    "status": "ongoing", "date": "2026-10-30", "place": {"locality": "Kampong Speu"},
    "description": "He was arrested on the company's complaint and has been held in pre-trial detention since."
  }],
  "actions": [{"by": "lawyer", "type": "complaint", "description": "Complaint about the arrest.", "outcome": "no_response"}],
  "sources": [{"kind": "direct_testimony"}]
}`

func exampleSubmission() *communication.Submission {
	s, err := communication.Decode(strings.NewReader(exampleDoc))
	if err != nil {
		panic(err)
	}
	return s
}

func ExampleCheck() {
	s := exampleSubmission()
	r := communication.Check(s, communication.CheckOptions{Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)})
	fmt.Println(r.Summary(hrd.English))
	for _, e := range r.Elements {
		fmt.Printf("element %d: %s\n", e.Element, e.Status)
		for _, f := range e.Findings {
			fmt.Printf("  %s %s %s\n", f.Severity, f.Code, f.Pointer)
		}
	}
	for _, f := range r.Findings {
		fmt.Printf("%s %s: %s\n", f.Severity, f.Code, f.Message)
	}
	// Output:
	// not ready (urgent appeal): 1 error(s), 1 warning(s)
	// element 1: complete
	// element 2: complete
	// element 3: complete
	// element 4: complete
	//   info context_missing /context
	// element 5: complete
	// error urgent_reason_missing: the case is marked urgent without saying why: give the reason (a hearing date, a risk to life…)
	// warning act_by_past: the date by which action is needed, 2026-11-20, has passed (today is 2026-11-23)
	// info mandates_missing: no mandate is addressed; suggested: SR on human rights defenders, SR on Cambodia, WG on arbitrary detention, WG on business and human rights
}

func ExampleSuggestType() {
	s := exampleSubmission()
	ts := communication.SuggestType(s)
	fmt.Println(ts.Type, "-", ts.Type.Label(hrd.French))
	fmt.Println(ts.Reason.Pointer, "-", ts.Reason.Text(hrd.English))
	// Output:
	// UA - appel urgent
	// /violations/0/status - the violation “arbitrary detention” is ongoing
}

func ExampleSuggestMandates() {
	s := exampleSubmission()
	for _, m := range communication.SuggestMandates(s) {
		fmt.Printf("%s (%d)\n", m.Mandate.ID, m.Score)
		for _, r := range m.Reasons {
			fmt.Printf("  %s\n", r.Text(hrd.English))
		}
	}
	// Output:
	// sr-human-rights-defenders (10)
	//   a victim is a human rights defender targeted for their work
	// sr-cambodia (6)
	//   the State concerned, Cambodia, has a country mandate
	// wg-arbitrary-detention (5)
	//   the case includes “arbitrary detention”
	// wg-business (3)
	//   an alleged perpetrator is of type “national company”
}

func ExampleFramework() {
	s := exampleSubmission()
	fw := communication.Framework(s)
	var provs []string
	for _, p := range fw.Provisions {
		provs = append(provs, p.Provision.String())
	}
	fmt.Println(strings.Join(provs, " "))
	for _, n := range fw.Norms {
		fmt.Printf("%s: %s %s\n", n.Right.Label(hrd.English), n.Treaty, strings.Join(n.Articles, ", "))
	}
	for _, r := range fw.FailedInvestigation {
		fmt.Println(r.Text(hrd.English))
	}
	// Output:
	// 1 2 5 6 6(a) 6(b) 9.1 9.2 9.5 12.1 12.2 12.3
	// liberty and security of person: ICCPR 9
	// fair trial: ICCPR 14
	// effective remedy: ICCPR 2(3)
	// the authorities did not act on a “complaint” (outcome: “no response”)
}
