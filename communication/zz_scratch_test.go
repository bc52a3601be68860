package communication_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/openhrd/spcomm/communication"
)

func TestScratch(t *testing.T) {
	files, _ := filepath.Glob("../testdata/*/*.json")
	for _, f := range files {
		if filepath.Base(filepath.Dir(f)) == "invalid" {
			continue
		}
		data, _ := os.ReadFile(f)
		s, err := (&communication.Decoder{}).DecodeBytes(data)
		if err != nil {
			fmt.Println(f, err)
			continue
		}
		r := communication.Check(s, communication.CheckOptions{Today: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)})
		fmt.Println("==", f, r.Ready, r.Type, communication.SuggestType(s).Reason)
		for _, e := range r.Elements {
			fmt.Println("  el", e.Element, e.Status)
		}
		for _, x := range r.All() {
			fmt.Println("   ", x.Element, x.Severity, x.Code, x.Pointer, "|", x.Message)
		}
		for _, m := range communication.SuggestMandates(s) {
			fmt.Print("    M ", m.Mandate.ID, " ", m.Score, ":")
			for _, r := range m.Reasons {
				fmt.Print(" ", r.Code, r.Args)
			}
			fmt.Println()
		}
		fw := communication.Framework(s)
		for _, n := range fw.Norms {
			fmt.Println("    N", n.Right, n.Treaty, n.Articles, n.Violations, n.Investigation)
		}
		for _, n := range fw.Instruments {
			fmt.Println("    I", n.Title("en"), n.Violations)
		}
		fmt.Println("    U", fw.Uncited, "F", fw.FailedInvestigation)
		for _, p := range fw.Provisions {
			fmt.Print(" ", p.Provision)
		}
		fmt.Println()
	}
}
