package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openhrd/spcomm/internal/fixtures"
)

// run runs the CLI in-process.
func run(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func submissions(t *testing.T) []string {
	t.Helper()
	return fixtures.Paths(t, "submissions")
}

func TestUsage(t *testing.T) {
	if code, _, errs := run(t, ""); code != ExitUsage || !strings.Contains(errs, "Commands:") {
		t.Errorf("no args: %d %q", code, errs)
	}
	if code, out, _ := run(t, "", "help"); code != ExitOK || !strings.Contains(out, "fmt") {
		t.Errorf("help: %d %q", code, out)
	}
	if code, _, errs := run(t, "", "frobnicate"); code != ExitUsage || !strings.Contains(errs, `unknown command "frobnicate"`) {
		t.Errorf("unknown: %d %q", code, errs)
	}
	if code, _, _ := run(t, "", "fmt", "-nope"); code != ExitUsage {
		t.Errorf("bad flag: %d", code)
	}
	if code, _, _ := run(t, "", "fmt", "-h"); code != ExitOK {
		t.Errorf("-h: %d", code)
	}
	if code, out, _ := run(t, "", "version"); code != ExitOK || !strings.HasPrefix(out, "spcomm ") {
		t.Errorf("version: %d %q", code, out)
	}
}

func TestFmtPrintsCanonicalFilesUnchanged(t *testing.T) {
	for _, f := range submissions(t) {
		want, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		code, out, errs := run(t, "", "fmt", f)
		if code != ExitOK || out != string(want) {
			t.Errorf("%s: exit %d, stderr %q; output differs from the file", f, code, errs)
		}
	}
}

func TestFmtErrors(t *testing.T) {
	code, _, errs := run(t, `{"schema_version": "1.0", "victims": [{"id": "v1", "colour": "red"}]}`, "fmt", "-")
	if code != ExitInvalid || !strings.Contains(errs, "<stdin>: /victims/0/colour: unknown field") {
		t.Errorf("unknown field: exit %d, %q", code, errs)
	}
	if code, _, errs := run(t, "", "fmt", "does-not-exist.json"); code != ExitUsage || !strings.Contains(errs, "does-not-exist.json") {
		t.Errorf("missing file: exit %d, %q", code, errs)
	}
	if code, _, _ := run(t, "{}", "fmt", "-w", "-"); code != ExitUsage {
		t.Errorf("-w on stdin: exit %d", code)
	}
	if code, _, _ := run(t, "", "fmt"); code != ExitUsage {
		t.Errorf("no file: exit %d", code)
	}
}

func TestFmtWrite(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "s.json")
	in := `{"language":"en","schema_version":"1.0"}`
	if err := os.WriteFile(p, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, errs := run(t, "", "fmt", "-w", p); code != ExitOK || out != "" {
		t.Fatalf("exit %d, %q %q", code, out, errs)
	}
	got, _ := os.ReadFile(p)
	if string(got) != "{\n  \"schema_version\": \"1.0\",\n  \"language\": \"en\"\n}\n" {
		t.Errorf("rewritten file:\n%s", got)
	}
}

func TestStats(t *testing.T) {
	code, out, errs := run(t, "", "stats", "-format", "csv", "../../testdata/submissions")
	if code != ExitOK || !strings.HasPrefix(out, "table,unit,key,label,count\n") {
		t.Fatalf("exit %d, stderr %q, out %q", code, errs, out)
	}
	code, out, errs = run(t, "{}\nnot json\n", "stats", "-ndjson", "-format", "json", "-")
	if code != ExitInvalid || !strings.Contains(errs, "<stdin>:2: line 1, column 1") || !strings.Contains(out, `"cases": 1`) {
		t.Errorf("ndjson with a bad line: exit %d, stderr %q, out %q", code, errs, out)
	}
	for _, args := range [][]string{{"stats"}, {"stats", "-format", "pdf", "x"}, {"stats", "-lang", "de", "x"}, {"stats", "-table", "nope", "x"}, {"stats", "missing-dir"}} {
		if code, _, _ := run(t, "", args...); code != ExitUsage {
			t.Errorf("%v: exit %d", args, code)
		}
	}
}
