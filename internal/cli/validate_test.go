package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openhrd/spcomm/internal/fixtures"
)

// validateDoc is a small submission that conforms to the schema.
const validateDoc = `{
  "schema_version": "1.0",
  "language": "fr",
  "country": "COL",
  "submitter": {"kind": "organization", "name": "Org", "relationship": "organization"},
  "victims": [{"id": "v1", "kind": "individual", "name": "A. Victim"}],
  "violations": [{"id": "x1", "type": "death_threat", "victims": ["v1"], "status": "ongoing", "description": "Threats."}]
}
`

// runValidateCLI runs the CLI in-process and returns the exit status and both streams.
func runValidateCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func validateTempFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestValidateText(t *testing.T) {
	dir := validateTempFiles(t, map[string]string{
		"ok.json":     validateDoc,
		"bad.json":    strings.Replace(strings.Replace(validateDoc, `"COL"`, `"CO"`, 1), `"name": "A. Victim"`, `"nom": "A. Victim"`, 1),
		"broken.json": "{\n  \"schema_version\": \"1.0\",\n}\n",
	})
	ok, bad, broken := filepath.Join(dir, "ok.json"), filepath.Join(dir, "bad.json"), filepath.Join(dir, "broken.json")
	badOut := bad + ": /country: not an ISO 3166-1 alpha-3 country code: write three capital letters, such as KHM for Cambodia (two-letter codes such as KH are not accepted)\n" +
		bad + ": /victims/0/name: the required field name is missing\n" +
		bad + ": /victims/0/nom: unknown field: the format has no field of this name here (allowed: activities, activity_description, age, categories, consent, gender, group_size, id, kind, location, name, nationality, occupation, organization)\n"
	tests := []struct {
		name   string
		stdin  string
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{"valid prints nothing", "", []string{"validate", "-q", ok}, ExitOK, "", ""},
		{"invalid", "", []string{"validate", "-q", ok, bad}, ExitInvalid, badOut, ""},
		{"malformed is invalid, with line and column", "", []string{"validate", "-q", broken, ok}, ExitInvalid,
			broken + ":3:1: malformed JSON: unexpected character '}': expected a string key\n", ""},
		{"standard input, Spanish", `{"schema_version": "1.0"}`, []string{"validate", "-q", "-lang", "es", "-"}, ExitInvalid,
			"<stdin>: /country: falta el campo obligatorio country\n" +
				"<stdin>: /language: falta el campo obligatorio language\n" +
				"<stdin>: /submitter: falta el campo obligatorio submitter\n" +
				"<stdin>: /victims: falta el campo obligatorio victims\n" +
				"<stdin>: /violations: falta el campo obligatorio violations\n", ""},
		{"root pointer shown as /", `[]`, []string{"validate", "-q", "-"}, ExitInvalid,
			"<stdin>: /: wrong type: expected an object, found an array\n", ""},
		{"missing file is an I/O error; the others are still checked", "", []string{"validate", "-q", ok, filepath.Join(dir, "nope.json"), bad}, ExitUsage, badOut, "no such file"},
		{"no file", "", []string{"validate"}, ExitUsage, "", "Usage: spcomm validate"},
		{"bad language", "", []string{"validate", "-lang", "de", ok}, ExitUsage, "", `unknown language "de"`},
		{"bad flag", "", []string{"validate", "-x", ok}, ExitUsage, "", "flag provided but not defined"},
		{"help", "", []string{"validate", "-h"}, ExitOK, "", "Usage: spcomm validate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runValidateCLI(t, tt.stdin, tt.args...)
			if code != tt.code {
				t.Errorf("exit status %d, want %d; stderr: %s", code, tt.code, stderr)
			}
			if diff := cmp.Diff(tt.stdout, stdout); diff != "" {
				t.Errorf("stdout (-want +got):\n%s", diff)
			}
			if !strings.Contains(stderr, tt.stderr) || (tt.stderr == "" && stderr != "") {
				t.Errorf("stderr = %q, want it to contain %q", stderr, tt.stderr)
			}
		})
	}
}

func TestValidateSummaryAndDirectories(t *testing.T) {
	code, stdout, stderr := runValidateCLI(t, "", "validate", "-j", "3", "../../testdata/submissions", "../../testdata/drafts")
	if code != ExitOK || stdout != "" || !strings.HasSuffix(stderr, "17 documents: 17 valid, 0 invalid\n") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}

// TestValidateNDJSONOneResultPerLine feeds a stream of valid, invalid and malformed
// lines (and a blank one) and checks that there is exactly one result per line, in
// order, with its line number.
func TestValidateNDJSONOneResultPerLine(t *testing.T) {
	valid := strings.ReplaceAll(validateDoc, "\n", "")
	invalid := strings.Replace(valid, `"ongoing"`, `"continuing"`, 1)
	lines := []string{valid, "not json", invalid, "", valid, `{"language": "en", "language": "fr"}`, valid[:40]}
	var want []struct {
		line  int
		valid bool
		code  string
	}
	codes := []string{"", "syntax", "enum", "syntax", "", "duplicate_key", "syntax"}
	for i := range lines {
		want = append(want, struct {
			line  int
			valid bool
			code  string
		}{i + 1, codes[i] == "", codes[i]})
	}
	for _, j := range []string{"1", "2", "4"} {
		code, stdout, stderr := runValidateCLI(t, strings.Join(lines, "\n")+"\n", "validate", "-json", "-ndjson", "-j", j, "-")
		if code != ExitInvalid || !strings.HasSuffix(stderr, "7 documents: 2 valid, 5 invalid\n") {
			t.Fatalf("-j %s: exit %d, stderr %q", j, code, stderr)
		}
		out := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
		if len(out) != len(lines) {
			t.Fatalf("-j %s: %d results for %d lines", j, len(out), len(lines))
		}
		for i, l := range out {
			var r struct {
				File     string `json:"file"`
				Line     int    `json:"line"`
				Valid    bool   `json:"valid"`
				Problems []struct {
					Code string `json:"code"`
				} `json:"problems"`
			}
			if err := json.Unmarshal([]byte(l), &r); err != nil {
				t.Fatal(err)
			}
			w := want[i]
			if r.File != "<stdin>" || r.Line != w.line || r.Valid != w.valid || (!w.valid && r.Problems[0].Code != w.code) {
				t.Errorf("-j %s: result %d = %+v, want line %d valid %v code %s", j, i, r, w.line, w.valid, w.code)
			}
		}
	}
}

func TestValidateJSON(t *testing.T) {
	dir := validateTempFiles(t, map[string]string{
		"ok.json":  validateDoc,
		"bad.json": strings.Replace(validateDoc, `"ongoing"`, `"continuing"`, 1),
		"dup.json": `{"language": "en", "language": "fr"}`,
	})
	code, stdout, stderr := runValidateCLI(t, "", "validate", "-q", "-json", "-lang", "fr",
		filepath.Join(dir, "ok.json"), filepath.Join(dir, "bad.json"), filepath.Join(dir, "dup.json"))
	if code != ExitInvalid || stderr != "" {
		t.Fatalf("exit status %d, stderr %q", code, stderr)
	}
	type problem struct {
		Pointer string `json:"pointer"`
		Code    string `json:"code"`
		Element int    `json:"element"`
		Message string `json:"message"`
		Line    int    `json:"line"`
		Column  int    `json:"column"`
	}
	type record struct {
		File     string    `json:"file"`
		Valid    bool      `json:"valid"`
		Problems []problem `json:"problems"`
	}
	var got []record
	for line := range strings.SplitSeq(strings.TrimSuffix(stdout, "\n"), "\n") {
		var r record
		dec := json.NewDecoder(strings.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&r); err != nil {
			t.Fatalf("line %q: %v", line, err)
		}
		r.File = filepath.Base(r.File)
		got = append(got, r)
	}
	want := []record{
		{File: "ok.json", Valid: true, Problems: []problem{}},
		{File: "bad.json", Problems: []problem{{Pointer: "/violations/0/status", Code: "enum", Element: 3, Line: 7, Column: 74,
			Message: "valeur non admise ; valeurs possibles : occurred, ongoing, imminent"}}},
		{File: "dup.json", Problems: []problem{{Pointer: "/language", Code: "duplicate_key", Element: 0, Line: 1, Column: 20,
			Message: "clé en double : cette clé figure déjà dans le même objet, or les clés doivent être uniques"}}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if !strings.Contains(stdout, `"problems":[]`) {
		t.Error("a valid document's problems are not an empty array")
	}
}

func TestValidateFixtures(t *testing.T) {
	files := fixtures.Paths(t, "invalid")
	code, stdout, _ := runValidateCLI(t, "", append([]string{"validate", "-json"}, files...)...)
	if code != ExitInvalid {
		t.Errorf("exit status %d, want %d", code, ExitInvalid)
	}
	if n := strings.Count(stdout, `"valid":false`); n != len(files) {
		t.Errorf("%d invalid documents reported, want %d", n, len(files))
	}
}
