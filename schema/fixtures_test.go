package schema

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openhrd/spcomm/internal/fixtures"
)

// updateGolden reports whether golden files are to be rewritten rather than
// compared: set SPCOMM_UPDATE_GOLDEN=1.
func updateGolden() bool { return os.Getenv("SPCOMM_UPDATE_GOLDEN") == "1" }

// goldenLines formats problems as the golden files hold them: one line per problem,
// "POINTER CODE ELEMENT", with "(root)" for the empty pointer and the line and
// column appended for problems of the JSON reader.
func goldenLines(probs []Problem) string {
	var b strings.Builder
	for _, p := range probs {
		ptr := p.Pointer
		if ptr == "" {
			ptr = "(root)"
		}
		b.WriteString(ptr + " " + p.Code + " " + strconv.Itoa(p.Element))
		if malformed(p.Code) {
			b.WriteString(" " + strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Column))
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func fixtureFiles(t *testing.T, dir string) []string {
	t.Helper()
	return fixtures.Paths(t, dir)
}

// TestInvalidFixtures checks that every document in testdata/invalid gives exactly
// the problems (pointer, code, element) of its golden file, NAME.golden.
func TestInvalidFixtures(t *testing.T) {
	files := fixtureFiles(t, "invalid")
	if len(files) < 25 {
		t.Fatalf("only %d invalid fixtures, want at least 25", len(files))
	}
	codes := map[string]bool{}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			res := Validate(data, Options{})
			if res.Valid() {
				t.Fatal("valid, want problems")
			}
			for _, p := range res.Problems {
				codes[p.Code] = true
			}
			got := goldenLines(res.Problems)
			golden := strings.TrimSuffix(f, ".json") + ".golden"
			if updateGolden() {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (set SPCOMM_UPDATE_GOLDEN=1 to write it)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("problems differ from %s (-want +got):\n%s", golden, diff)
			}
		})
	}
	// Every code the v1 schema can produce is exercised by some fixture. The schema
	// has no const and no maxItems keyword, so those codes cannot occur.
	for _, c := range []string{"syntax", "duplicate_key", "depth", "type", "required", "enum", "format", "pattern", "min_length", "max_length", "minimum", "maximum", "min_items", "additional_property"} {
		if !codes[c] {
			t.Errorf("no invalid fixture produces code %q", c)
		}
	}
}

// TestValidFixtures checks that the shipped submissions and drafts conform to the
// schema: drafts may be incomplete, but they are never structurally invalid.
func TestValidFixtures(t *testing.T) {
	var files []string
	for _, dir := range []string{"submissions", "drafts"} {
		files = append(files, fixtureFiles(t, dir)...)
	}
	if len(files) == 0 {
		t.Skip("no fixtures in testdata/submissions or testdata/drafts yet")
	}
	for _, f := range files {
		t.Run(filepath.Base(filepath.Dir(f))+"/"+filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range Validate(data, Options{}).Problems {
				t.Errorf("%s %s: %s", p.Pointer, p.Code, p.Message)
			}
		})
	}
}
