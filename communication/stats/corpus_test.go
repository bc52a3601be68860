package stats

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openhrd/spcomm/communication"
	"github.com/openhrd/spcomm/hrd"
	"github.com/openhrd/spcomm/internal/fixtures"
)

// TestCorpusGolden tallies the testdata submissions and compares every table with
// testdata/corpus.golden. The golden tables were checked against an independent
// count of the same JSON files (cases, people, State share, violation types,
// countries, categories, killings, statuses, years), done outside Go.
// SPCOMM_UPDATE_GOLDEN=1 rewrites the file.
func TestCorpusGolden(t *testing.T) {
	var tl Tally
	for _, fx := range fixtures.Load(t, "submissions") {
		f, data := fx.Path, fx.Data
		s, err := (&communication.Decoder{}).DecodeBytes(data)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		tl.Add(s)
	}
	var got bytes.Buffer
	for _, f := range []Format{Markdown, CSV} {
		if err := Write(&got, &tl, f, WriteOptions{Lang: hrd.English}); err != nil {
			t.Fatal(err)
		}
	}
	golden := filepath.Join("testdata", "corpus.golden")
	if os.Getenv("SPCOMM_UPDATE_GOLDEN") == "1" {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (SPCOMM_UPDATE_GOLDEN=1 writes it)", err)
	}
	if diff := cmp.Diff(string(want), got.String()); diff != "" {
		t.Errorf("tables differ from %s (-want +got):\n%s", golden, diff)
	}
}
