package communication

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openhrd/spcomm/internal/fixtures"
)

// sameDecoding checks that the fast path and the reference path of the decoder
// agree on data: when the fast path accepts, the reference decodes the same
// submission (when it rejects, the reference's answer is used, so there is
// nothing to compare).
func sameDecoding(t *testing.T, name string, data []byte) {
	t.Helper()
	d := &Decoder{}
	fast, ok := d.decodeFast(data)
	if !ok {
		return
	}
	ref, err := d.decodeReference(data)
	if err != nil {
		t.Fatalf("%s: the fast path decodes, the reference rejects: %v", name, err)
	}
	if diff := cmp.Diff(ref, fast); diff != "" {
		t.Fatalf("%s: the paths decode differently (-reference +fast):\n%s", name, diff)
	}
}

// testdataFiles returns the JSON files of the repository's testdata folders dirs,
// failing when there are fewer than min.
func testdataFiles(t testing.TB, min int, dirs ...string) []string {
	t.Helper()
	files := fixtures.Paths(t, dirs...)
	if len(files) < min {
		t.Fatalf("only %d files in testdata %v", len(files), dirs)
	}
	return files
}

// fixtureFiles returns every fixture the decoder is tested on.
func fixtureFiles(t testing.TB) []string {
	return testdataFiles(t, 50, "submissions", "drafts", "invalid", "hostile")
}

func TestFastDecodeAgreesOnEveryFixture(t *testing.T) {
	if _, err := typesPlan(); err != nil {
		t.Fatalf("the fast path does not compile: %v", err)
	}
	accepted := 0
	for _, f := range fixtureFiles(t) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		sameDecoding(t, f, data)
		if _, ok := (&Decoder{}).decodeFast(data); ok {
			accepted++
		}
	}
	// Every submission and draft decodes, so the fast path must take them.
	if n := len(fixtures.Paths(t, "submissions", "drafts")); accepted < n {
		t.Errorf("the fast path takes %d fixtures, fewer than the %d submissions and drafts", accepted, n)
	}
}

// A shallow MaxDepth is the reference's to apply.
func TestFastDecodeLeavesShallowDepthToTheReference(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "testdata", "submissions", "khm-land-activists-detained.json"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = (&Decoder{MaxDepth: 3}).DecodeBytes(data)
	var de *DecodeError
	if !errors.As(err, &de) || de.Code != "depth" {
		t.Errorf("MaxDepth 3: %v, want a depth error", err)
	}
}

// FuzzDecodeFast checks the fast path against the reference on arbitrary bytes.
func FuzzDecodeFast(f *testing.F) {
	for _, file := range fixtureFiles(f) {
		if data, err := os.ReadFile(file); err == nil && len(data) < 64<<10 {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		sameDecoding(t, "input", data)
	})
}
