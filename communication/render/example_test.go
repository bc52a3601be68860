package render_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/openhrd/spcomm/communication"
	"github.com/openhrd/spcomm/communication/render"
	"github.com/openhrd/spcomm/hrd"
)

const exampleDoc = `{
  "schema_version": "1.0",
  "id": "CASE-7",
  "title": "Journalist detained in Davao",
  "language": "en",
  "country": "PHL",
  "submitter": {"kind": "organization", "name": "Example Rights Network", "relationship": "organization", "email": "cases@rights.example"},
  "victims": [{"id": "v1", "kind": "individual", "name": "Maria Santos", "activities": ["documenting_violations"],
    "consent": {"given": true, "by": "victim", "public_name": "initials"}}],
  "violations": [{"id": "x1", "type": "arbitrary_detention", "victims": ["v1"], "status": "occurred", "date": "2026-03",
    "description": "Police detained Maria Santos for two days after her report on the mine."}],
  "no_action_reason": "Her lawyer fears reprisals."
}`

// Render a submission's public version as plain text, in Spanish, and print the
// lines that show how the victim is named.
func ExampleRender() {
	s, err := communication.Decode(strings.NewReader(exampleDoc))
	if err != nil {
		fmt.Println(err)
		return
	}
	var b strings.Builder
	err = render.Render(&b, s, render.Options{
		Format: render.Text,
		Lang:   hrd.Spanish,
		Public: true,
		Date:   time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for line := range strings.SplitSeq(b.String(), "\n") {
		if strings.HasPrefix(line, "Víctima 1") || strings.HasPrefix(line, "Police") || strings.HasPrefix(line, "Fecha: 23") {
			fmt.Println(line)
		}
	}
	// Output:
	// Fecha: 23 de noviembre de 2026
	// Víctima 1: M. S.
	// Police detained M. S. for two days after her report on the mine.
	// Víctima 1: M. S.
}

// Render an e-mail to the mailbox the caller gives; a header value with a line
// break is refused.
func ExampleRender_email() {
	s, _ := communication.Decode(strings.NewReader(exampleDoc))
	var b strings.Builder
	err := render.Render(&b, s, render.Options{
		Format: render.EML,
		Email:  render.EmailOptions{To: []string{"hrc-sr-defenders@un.org\r\nBcc: someone@example.org"}},
	})
	fmt.Println(err)
	// Output:
	// render: e-mail header To: contains a line break or another control character
}
