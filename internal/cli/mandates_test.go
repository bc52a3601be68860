package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestMandatesList(t *testing.T) {
	code, out, errs := runCmd(t, "", "mandates")
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if code != ExitOK || errs != "" || len(lines) != 60 {
		t.Fatalf("exit %d, %d lines, stderr %q", code, len(lines), errs)
	}
	for _, want := range []string{
		"sr-human-rights-defenders                     SR       SR on human rights defenders",
		"sr-cambodia                                   SR  KHM  SR on Cambodia",
		"sr-syria                                      SR  SYR  SR on Syria (inferred) (dormant)",
	} {
		if !strings.Contains(out, want+"\n") {
			t.Errorf("no line %q", want)
		}
	}
	code, out, _ = runCmd(t, "", "mandates", "-json", "-lang", "es")
	lines = strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if code != ExitOK || len(lines) != 60 {
		t.Fatalf("json: exit %d, %d lines", code, len(lines))
	}
	var rec mandateRecord
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &rec); err != nil {
		t.Fatal(err)
	}
	if rec.ID != "sr-syria" || rec.Country != "SYR" || !rec.Dormant || rec.SlugChecked || !strings.Contains(rec.Title, "Siria") {
		t.Errorf("record %+v", rec)
	}
}

func TestMandatesSuggest(t *testing.T) {
	khm := "../../testdata/submissions/khm-land-activists-detained.json"
	code, out, errs := runCmd(t, "", "mandates", "-suggest", khm)
	if code != ExitOK || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	for _, want := range []string{
		"1. sr-human-rights-defenders (10): SR on human rights defenders\n     - a victim is a human rights defender targeted for their work (/victims/0)\n",
		"sr-cambodia (6): SR on Cambodia\n     - the State concerned, Cambodia, has a country mandate (/country)\n",
		"wg-business (6): WG on business and human rights\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// JSON, in the submission's language (Spanish).
	code, out, _ = runCmd(t, "", "mandates", "-json", "-suggest", "../../testdata/submissions/phl-indigenous-defender-killed.json")
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	var first suggestionRecord
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil || code != ExitOK {
		t.Fatalf("exit %d: %v", code, err)
	}
	if first.Rank != 1 || first.ID != "sr-human-rights-defenders" || !strings.HasPrefix(first.Reasons[0].Text, "una víctima") {
		t.Errorf("first %+v", first)
	}
	// Standard input; -lang overrides.
	code, out, _ = runCmd(t, checkDoc, "mandates", "-lang", "fr", "-suggest", "-")
	if code != ExitOK || !strings.Contains(out, "2. sr-executions (5): RS sur les exécutions") {
		t.Errorf("exit %d:\n%s", code, out)
	}
}

func TestMandatesErrors(t *testing.T) {
	tests := []struct {
		name   string
		stdin  string
		args   []string
		code   int
		stderr string
	}{
		{"unreadable submission", "{}x", []string{"mandates", "-suggest", "-"}, ExitInvalid, "<stdin>: "},
		{"missing file", "", []string{"mandates", "-suggest", "nope.json"}, ExitUsage, "no such file"},
		{"stray argument", "", []string{"mandates", "x"}, ExitUsage, "Usage: spcomm mandates"},
		{"bad language", "", []string{"mandates", "-lang", "pt"}, ExitUsage, `unknown language "pt"`},
	}
	for _, tc := range tests {
		code, _, errs := runCmd(t, tc.stdin, tc.args...)
		if code != tc.code || !strings.Contains(errs, tc.stderr) {
			t.Errorf("%s: exit %d, stderr %q", tc.name, code, errs)
		}
	}
}
