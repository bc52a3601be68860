// Command build shows how a documentation system embeds spcomm's typed model: it
// builds a submission in Go, from the case records it already holds, and prints the
// canonical JSON that any spcomm tool (or another language's validator) reads.
//
//	go run ./examples/build
package main

import (
	"fmt"
	"os"

	"github.com/openhrd/spcomm/communication"
	"github.com/openhrd/spcomm/communication/mandate"
	"github.com/openhrd/spcomm/hrd"
)

func main() {
	age := 34
	s := &communication.Submission{
		SchemaVersion: communication.SchemaVersion,
		ID:            "EX-2026-001",
		Title:         "Land rights defender held on incitement charges",
		Language:      hrd.English,
		Country:       "KHM",
		Urgency:       &communication.Urgency{Urgent: true, Reason: "First hearing set for next week; the defender is held without bail.", ActBy: "2026-12-01"},
		Submitter: communication.Submitter{
			Kind: hrd.SubmitterOrganization, Name: "Example Rights Network",
			Relationship: hrd.RelationshipOrganization, Email: "cases@example.org",
		},
		Victims: []hrd.Victim{{
			ID: "v1", Kind: hrd.VictimIndividual, Name: "Example Defender", Gender: hrd.GenderWoman, Age: &age,
			Categories:          []hrd.DefenderCategory{hrd.CategoryLandRightsDefender, hrd.CategoryWomanHRD},
			Activities:          []hrd.Activity{hrd.ActivityDocumentingViolations, hrd.ActivityPeacefulProtest},
			ActivityDescription: "Documents evictions around a plantation concession and organises the affected villagers.",
			Consent:             &hrd.Consent{Given: true, By: hrd.ConsentByVictim, PublicName: hrd.PublicNameInitials},
		}},
		Perpetrators: []hrd.Perpetrator{{ID: "p1", Type: hrd.PerpetratorStatePolice, Unit: "Provincial police"}},
		Violations: []hrd.Violation{{
			ID: "x1", Type: hrd.ViolationArbitraryDetention, Victims: []hrd.ID{"v1"}, Perpetrators: []hrd.ID{"p1"},
			Status: hrd.StatusOngoing, Date: "2026-11-10",
			Place:       &hrd.Place{Locality: "Example town", Region: "Example province"},
			Description: "Arrested at her home without a warrant after a peaceful protest and charged with incitement.",
		}},
		Actions: []communication.Action{{
			By: hrd.ActionByLawyer, Type: hrd.ActionAppeal, Date: "2026-11-12",
			Description: "Bail application filed with the provincial court.", Outcome: hrd.OutcomePending,
		}},
		Mandates: []mandate.ID{"sr-human-rights-defenders", "wg-arbitrary-detention", "sr-cambodia"},
		Requests: []hrd.Request{hrd.RequestRelease, hrd.RequestInvestigate},
	}
	if err := communication.Encode(os.Stdout, s); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
