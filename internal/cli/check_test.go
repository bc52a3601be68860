package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openhrd/spcomm/internal/fixtures"
)

// runCmd runs the CLI in-process and returns the exit status and both streams.
func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// checkDoc is a small submission, ready to send but for its missing consent.
const checkDoc = `{
  "schema_version": "1.0",
  "language": "en",
  "country": "COL",
  "submitter": {"kind": "organization", "name": "Org", "relationship": "organization", "email": "a@b.example"},
  "victims": [{"id": "v1", "kind": "individual", "name": "A. Victim", "activities": ["public_advocacy"]}],
  "perpetrators_unknown": "Armed men.",
  "violations": [{"id": "x1", "type": "death_threat", "victims": ["v1"], "status": "occurred", "date": "2026-01-10",
    "place": {"locality": "Cali"}, "description": "Two armed men told her at her door that she would be killed if she kept speaking."}],
  "context": "Many threats.",
  "no_action_reason": "She fears reprisals.",
  "mandates": ["sr-human-rights-defenders"],
  "sources": [{"kind": "direct_testimony"}]
}
`

func TestCheckText(t *testing.T) {
	code, out, errs := runCmd(t, checkDoc, "check", "-q", "-today", "2026-11-23", "-")
	want := `<stdin>: not ready (allegation letter): 1 error(s), 0 warning(s)
  1. identity of the victims and of the submitter: incomplete
       error /victims/0/consent [consent_missing]: this individual victim is named, but no consent to be named to the Government is recorded: add consent with given set to true
  2. identity of the alleged perpetrators: complete
  3. human rights activity of the victims and type of violation: complete
  4. description of the incident: date, place, context: complete
  5. action taken since by the victims and the authorities: complete
`
	if code != ExitInvalid || errs != "" {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	if diff := cmp.Diff(want, out); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	// Consent makes it ready.
	ready := strings.Replace(checkDoc, `"activities": ["public_advocacy"]`, `"activities": ["public_advocacy"], "consent": {"given": true, "by": "victim"}`, 1)
	code, out, _ = runCmd(t, ready, "check", "-lang", "fr", "-")
	if code != ExitOK || !strings.HasPrefix(out, "<stdin>: prête à l'envoi (lettre d'allégation) : 0 avertissement(s)\n") {
		t.Errorf("exit %d:\n%s", code, out)
	}
}

func TestCheckTestdata(t *testing.T) {
	// Every valid submission is ready, with today's date and with a fixed one.
	subs := fixtures.Paths(t, "submissions")
	for _, args := range [][]string{{"check", "-q"}, {"check", "-q", "-today", "2026-11-23"}} {
		code, out, errs := runCmd(t, "", append(args, subs...)...)
		if code != ExitOK || errs != "" {
			t.Errorf("%v: exit %d, stderr %q\n%s", args, code, errs, out)
		}
	}
	// Every draft is not ready, and names the elements that fall short.
	short := map[string][]string{
		"npl-urgent-inconsistent.json":         {"2 incomplete", "4 incomplete"},
		"pak-disappearance-incomplete.json":    {"4 incomplete", "5 incomplete"},
		"phl-consent-and-contact-missing.json": {"1 incomplete", "3 incomplete"},
		"vnm-no-perpetrators-no-actions.json":  {"2 missing", "5 missing"},
	}
	drafts := fixtures.Paths(t, "drafts")
	if len(drafts) != len(short) {
		t.Errorf("%d drafts, %d expected", len(drafts), len(short))
	}
	for _, f := range drafts {
		code, out, _ := runCmd(t, "", "check", "-json", "-today", "2026-11-23", f)
		if code != ExitInvalid {
			t.Errorf("%s: exit %d", f, code)
		}
		var rec struct {
			Ready    bool
			Elements []struct {
				Element int
				Status  string
			}
		}
		if err := json.Unmarshal([]byte(out), &rec); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		var got []string
		for _, e := range rec.Elements {
			if e.Status != "complete" {
				got = append(got, fmt.Sprintf("%d %s", e.Element, e.Status))
			}
		}
		if diff := cmp.Diff(short[filepath.Base(f)], got); diff != "" || rec.Ready {
			t.Errorf("%s: ready %v, elements short (-want +got):\n%s", f, rec.Ready, diff)
		}
		// The text output names them too.
		_, text, _ := runCmd(t, "", "check", "-lang", "en", "-today", "2026-11-23", f)
		for _, s := range short[filepath.Base(f)] {
			n, status, _ := strings.Cut(s, " ")
			if !strings.Contains(text, "\n  "+n+". ") || !strings.Contains(text, ": "+status+"\n") {
				t.Errorf("%s: text lacks element %s %s:\n%s", f, n, status, text)
			}
		}
	}
}

func TestCheckJSON(t *testing.T) {
	dir := t.TempDir()
	ok := filepath.Join(dir, "ok.json")
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(ok, []byte(checkDoc), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte(`{"schema_version": "1.0", "schema_version": "1.0"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCmd(t, "", "check", "-q", "-json", "-lang", "es", "-today", "2026-11-23", ok, bad)
	if code != ExitInvalid || errs != "" {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines:\n%s", len(lines), out)
	}
	// The exact shape of a record: keys and their order.
	var first map[string]json.RawMessage
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil {
		t.Fatal(err)
	}
	var keys []string
	for k := range first {
		keys = append(keys, k)
	}
	if len(keys) != 6 || !strings.HasPrefix(lines[0], `{"file":"`+ok+`","ready":false,"valid":true,"communication_type":"AL","elements":[{"element":1,"status":"incomplete","findings":[{"severity":"error","code":"consent_missing","pointer":"/victims/0/consent","message":"esta víctima`) {
		t.Errorf("record:\n%s", lines[0])
	}
	if !strings.HasSuffix(lines[0], `{"element":5,"status":"complete","findings":[]}],"findings":[]}`) {
		t.Errorf("record end:\n%s", lines[0])
	}
	if want := `{"file":"` + bad + `","ready":false,"valid":false,"error":"/schema_version: clave duplicada: esta clave ya aparece en el mismo objeto, y las claves deben ser únicas"}`; lines[1] != want {
		t.Errorf("error record:\n%s\nwant\n%s", lines[1], want)
	}
}

func TestCheckErrors(t *testing.T) {
	dir := t.TempDir()
	ok := filepath.Join(dir, "ok.json")
	if err := os.WriteFile(ok, []byte(checkDoc), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		stdin  string
		args   []string
		code   int
		stdout string // a part of it
		stderr string // a part of it
	}{
		{"malformed document", "{", []string{"check", "-"}, ExitInvalid, "<stdin>: 1:2: malformed JSON: unexpected end of input", "1 documents: 0 valid, 1 invalid, 0 ready, 1 not ready"},
		{"missing file", "", []string{"check", filepath.Join(dir, "nope.json"), ok}, ExitUsage, ok + ": not ready", "no such file"},
		{"no file", "", []string{"check"}, ExitUsage, "", "Usage: spcomm check"},
		{"bad language", "", []string{"check", "-lang", "de", ok}, ExitUsage, "", `unknown language "de"`},
		{"bad date", "", []string{"check", "-today", "23/11/2026", ok}, ExitUsage, "", `-today "23/11/2026"`},
		{"help", "", []string{"check", "-h"}, ExitOK, "", "Exit status"},
	}
	for _, tc := range tests {
		code, out, errs := runCmd(t, tc.stdin, tc.args...)
		if code != tc.code || !strings.Contains(out, tc.stdout) || !strings.Contains(errs, tc.stderr) {
			t.Errorf("%s: exit %d\nstdout %q\nstderr %q", tc.name, code, out, errs)
		}
	}
}
