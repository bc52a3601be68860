package stats

import (
	"bytes"
	"encoding/xml"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openhrd/spcomm/communication"
	"github.com/openhrd/spcomm/hrd"
	"github.com/openhrd/spcomm/internal/i18n"
)

func ptr(n int) *int { return &n }

// cases are three small hand-made submissions whose tables are computed by hand below.
func cases() []*communication.Submission {
	return []*communication.Submission{
		{
			Country: "PHL",
			Victims: []hrd.Victim{
				{ID: "a", Kind: hrd.VictimIndividual, Categories: []hrd.DefenderCategory{hrd.CategoryLandRightsDefender, hrd.CategoryWomanHRD}},
				{ID: "b", Kind: hrd.VictimCommunity, GroupSize: ptr(40), Categories: []hrd.DefenderCategory{hrd.CategoryLandRightsDefender}},
			},
			Perpetrators: []hrd.Perpetrator{{ID: "p", Type: hrd.PerpetratorStateMilitary}, {ID: "q", Type: hrd.PerpetratorCorporationNational}},
			Violations: []hrd.Violation{
				{ID: "1", Type: hrd.ViolationKilling, Victims: []hrd.ID{"a"}, Status: hrd.StatusOccurred, Date: "2020-03-02"},
				{ID: "2", Type: hrd.ViolationDeathThreat, Victims: []hrd.ID{"b"}, Status: hrd.StatusOngoing, Date: "2020"},
				{ID: "3", Type: hrd.ViolationDeathThreat, Victims: []hrd.ID{"b", "missing"}, Status: hrd.StatusOngoing},
			},
		},
		{
			Country:      "THA",
			Victims:      []hrd.Victim{{ID: "a", Kind: hrd.VictimIndividual, Categories: []hrd.DefenderCategory{hrd.CategoryProDemocracyActivist}}},
			Perpetrators: []hrd.Perpetrator{{ID: "p", Type: hrd.PerpetratorStateJudiciaryProsecution}},
			Violations: []hrd.Violation{
				{ID: "1", Type: hrd.ViolationJudicialHarassment, Victims: []hrd.ID{"a"}, Status: hrd.StatusOngoing, Date: "2021-01"},
			},
		},
		{
			Country: "PHL",
			Victims: []hrd.Victim{{ID: "a", Kind: hrd.VictimGroup, Categories: nil}},
			Violations: []hrd.Violation{
				{ID: "1", Type: hrd.ViolationKilling, Victims: []hrd.ID{"a"}, Status: hrd.StatusOccurred, Date: "2021-06-01", Place: &hrd.Place{Country: "IND"}},
			},
		},
	}
}

func TestTallyByHand(t *testing.T) {
	var tl Tally
	for _, s := range cases() {
		tl.Add(s)
	}
	want := Tally{
		Cases: 3, People: 1 + 40 + 1 + 1, CasesWithState: 2, ViolationsTotal: 5, CasesWithoutPerpetrator: 1,
		ByViolationType:    map[hrd.ViolationType]int{"killing": 2, "death_threat": 1, "judicial_harassment": 1},
		ByViolationGroup:   map[hrd.ViolationGroup]int{"life": 2, "integrity": 1, "fair_trial": 1},
		ByCountry:          map[hrd.Country]int{"PHL": 2, "THA": 1},
		ByCategory:         map[hrd.DefenderCategory]int{"land_rights_defender": 1, "woman_hrd": 1, "pro_democracy_activist": 1},
		ByPerpetratorClass: map[hrd.PerpetratorClass]int{"state": 2, "non_state": 1},
		KillingsByCountry:  map[hrd.Country]int{"PHL": 1, "IND": 1},
		ViolationsByStatus: map[hrd.ViolationStatus]int{"occurred": 2, "ongoing": 3},
		ViolationsByYear:   map[string]int{"2020": 2, "2021": 2, "unknown": 1},
	}
	if diff := cmp.Diff(want, tl); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if got := tl.StateShare(); got < 0.666 || got > 0.667 {
		t.Errorf("StateShare = %v", got)
	}
}

func TestMergeEqualsSequential(t *testing.T) {
	var corpus []*communication.Submission
	for range 50 {
		corpus = append(corpus, cases()...)
	}
	var seq Tally
	for _, s := range corpus {
		seq.Add(s)
	}
	parts := make([]Tally, 4)
	var wg sync.WaitGroup
	for w := range parts {
		wg.Go(func() {
			for i := w; i < len(corpus); i += len(parts) {
				parts[w].Add(corpus[i])
			}
		})
	}
	wg.Wait()
	var merged Tally
	for i := range parts {
		merged.Merge(&parts[i])
	}
	if diff := cmp.Diff(seq, merged); diff != "" {
		t.Errorf("parallel != sequential (-seq +merged):\n%s", diff)
	}
	var empty Tally
	empty.Merge(&Tally{})
	if diff := cmp.Diff(Tally{}, empty); diff != "" {
		t.Errorf("merging empties: %s", diff)
	}
}

func TestWriteFormats(t *testing.T) {
	var tl Tally
	for _, s := range cases() {
		tl.Add(s)
	}
	for _, f := range Formats {
		for _, lang := range hrd.Language("").Values() {
			var b bytes.Buffer
			if err := Write(&b, &tl, f, WriteOptions{Lang: lang}); err != nil {
				t.Fatalf("%s/%s: %v", f, lang, err)
			}
			out := b.String()
			if !strings.Contains(out, "2") || len(out) < 50 {
				t.Errorf("%s/%s: output too thin:\n%s", f, lang, out)
			}
		}
	}
	var b bytes.Buffer
	if err := Write(&b, &tl, SVG, WriteOptions{Lang: hrd.French, Table: "killings"}); err != nil {
		t.Fatal(err)
	}
	svg := b.String()
	if err := xml.Unmarshal([]byte(svg), new(struct{})); err != nil {
		t.Errorf("SVG is not well-formed XML: %v", err)
	}
	for _, want := range []string{"Personnes tuées, par pays", "Philippines", "Inde", "<rect"} {
		if !strings.Contains(svg, want) {
			t.Errorf("SVG lacks %q", want)
		}
	}
	for _, bad := range []string{"<script", "href", "url("} {
		if strings.Contains(svg, bad) {
			t.Errorf("SVG contains %q", bad)
		}
	}
	if err := Write(&b, &tl, SVG, WriteOptions{Table: "nope"}); err == nil {
		t.Error("unknown table accepted")
	}
	if err := Write(&b, &tl, "pdf", WriteOptions{}); err == nil {
		t.Error("unknown format accepted")
	}
}

func TestMarkdownTextOfTheTally(t *testing.T) {
	var tl Tally
	for _, s := range cases() {
		tl.Add(s)
	}
	var b bytes.Buffer
	if err := Write(&b, &tl, Markdown, WriteOptions{Lang: hrd.English}); err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{"- **Cases**: 3", "- **People affected**: 43", "| killing | 2 | 66.7% |", "| Philippines | 2 | 66.7% |", "| date unknown | 1 | 20.0% |"} {
		if !strings.Contains(b.String(), line) {
			t.Errorf("markdown lacks %q:\n%s", line, b.String())
		}
	}
}

func TestMessagesComplete(t *testing.T) {
	if m := msgs.Missing(); len(m) > 0 {
		t.Errorf("missing messages: %v", m)
	}
	for _, name := range TableNames {
		for _, lang := range i18n.Languages {
			if got := msgs.Sprintf(lang, "table."+name); got == "table."+name {
				t.Errorf("no title for %s in %s", name, lang)
			}
		}
	}
}
