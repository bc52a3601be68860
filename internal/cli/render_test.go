package cli

import (
	"bytes"
	"context"
	"net/mail"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openhrd/spcomm/internal/fixtures"
)

// runRenderCLI runs the spcomm command line in-process.
func runRenderCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = Run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

const renderFixture = "../../testdata/hostile/render/markup-everywhere.json"

func TestRender(t *testing.T) {
	doc, err := os.ReadFile(renderFixture)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	outFile := filepath.Join(dir, "draft.html")
	for _, tc := range []struct {
		name     string
		args     []string
		stdin    string
		code     int
		contains string // in stdout, or in stderr when code != 0
	}{
		{"markdown by default", []string{"render", "-date", "2026-11-23", renderFixture}, "", ExitOK, "# Submission to the Special Procedures"},
		{"text in French", []string{"render", "-format", "text", "-lang", "fr", "-date", "2026-11-23", renderFixture}, "", ExitOK, "Date\u00a0: 23 novembre 2026"},
		{"stdin", []string{"render", "-format", "text", "-lang", "es", "-"}, string(doc), ExitOK, "COMUNICACIÓN A LOS PROCEDIMIENTOS"},
		{"public", []string{"render", "-public", "-format", "text", renderFixture}, "", ExitOK, "The submitter's identity and contact details are withheld"},
		{"html", []string{"render", "-format", "html", renderFixture}, "", ExitOK, `<meta http-equiv="Content-Security-Policy"`},
		{"eml", []string{"render", "-format", "eml", "-from", "a@ngo.example", "-to", "hrc-sr-defenders@un.org", "-to", "b@un.org", "-cc", "c@ngo.example", renderFixture}, "", ExitOK, "To: <hrc-sr-defenders@un.org>, <b@un.org>\r\n"},
		{"-o", []string{"render", "-format", "html", "-o", outFile, renderFixture}, "", ExitOK, ""},
		{"unknown format", []string{"render", "-format", "pdf", renderFixture}, "", ExitUsage, `unknown format "pdf"`},
		{"unknown language", []string{"render", "-lang", "de", renderFixture}, "", ExitUsage, `unknown language "de"`},
		{"bad date", []string{"render", "-date", "23/11/2026", renderFixture}, "", ExitUsage, "-date"},
		{"-to without eml", []string{"render", "-to", "a@un.org", renderFixture}, "", ExitUsage, "only to -format eml"},
		{"no file", []string{"render"}, "", ExitUsage, "Usage: spcomm render"},
		{"two files", []string{"render", renderFixture, renderFixture}, "", ExitUsage, "Usage: spcomm render"},
		{"missing file", []string{"render", filepath.Join(dir, "none.json")}, "", ExitUsage, "none.json"},
		{"invalid document", []string{"render", "-"}, `{"schema_version": "1.0", "country": "XX"}`, ExitInvalid, "<stdin>: /country"},
		{"not JSON", []string{"render", "-"}, `{`, ExitInvalid, "<stdin>"},
		{"header injection", []string{"render", "-format", "eml", "-to", "a@un.org\r\nBcc: x@example.org", renderFixture}, "", ExitUsage, "e-mail header To"},
		{"bad address", []string{"render", "-format", "eml", "-cc", "not an address", renderFixture}, "", ExitUsage, "e-mail header Cc"},
		{"unwritable -o", []string{"render", "-o", filepath.Join(dir, "no", "such", "dir"), renderFixture}, "", ExitUsage, "spcomm render:"},
		{"help", []string{"render", "-h"}, "", ExitOK, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runRenderCLI(t, tc.stdin, tc.args...)
			if code != tc.code {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, tc.code, stderr)
			}
			where := stdout
			if code != ExitOK {
				where = stderr
			}
			if !strings.Contains(where, tc.contains) {
				t.Errorf("output lacks %q:\n%.600s", tc.contains, where)
			}
		})
	}
	// -o wrote the page, readable by its owner only.
	info, err := os.Stat(outFile)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 || info.Size() == 0 {
		t.Errorf("%s: mode %v, size %d", outFile, info.Mode().Perm(), info.Size())
	}
}

func TestRenderEMLParses(t *testing.T) {
	code, stdout, stderr := runRenderCLI(t, "", "render", "-format", "eml", "-lang", "en", "-to", "Special Rapporteur <hrc-sr-defenders@un.org>", renderFixture)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	msg, err := mail.ReadMessage(strings.NewReader(stdout))
	if err != nil {
		t.Fatal(err)
	}
	to, err := msg.Header.AddressList("To")
	if err != nil || len(to) != 1 || to[0].Address != "hrc-sr-defenders@un.org" {
		t.Errorf("To: %v, %v", to, err)
	}
	if msg.Header.Get("From") != "" {
		t.Errorf("a From header was guessed: %q", msg.Header.Get("From"))
	}
}

// TestRenderEverySubmission renders each test submission in each format through
// the command line.
func TestRenderEverySubmission(t *testing.T) {
	for _, f := range fixtures.Paths(t, "submissions") {
		for _, format := range []string{"md", "text", "html", "eml"} {
			code, stdout, stderr := runRenderCLI(t, "", "render", "-format", format, "-date", "2026-11-23", f)
			if code != ExitOK || len(stdout) < 1000 {
				t.Errorf("%s -format %s: exit %d, %d bytes; %s", f, format, code, len(stdout), stderr)
			}
		}
	}
}
