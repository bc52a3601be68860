package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestSchemaCommand(t *testing.T) {
	code, stdout, stderr := runValidateCLI(t, "", "schema")
	if code != ExitOK || stderr != "" {
		t.Fatalf("exit status %d, stderr %q", code, stderr)
	}
	var s map[string]any
	if err := json.Unmarshal([]byte(stdout), &s); err != nil {
		t.Fatal(err)
	}
	if s["$id"] != "https://openhrd.github.io/spcomm/schema/submission-v1.schema.json" {
		t.Errorf("$id = %v", s["$id"])
	}
	if code, _, stderr := runValidateCLI(t, "", "schema", "extra"); code != ExitUsage || !strings.Contains(stderr, "Usage: spcomm schema") {
		t.Errorf("schema extra: exit status %d, stderr %q", code, stderr)
	}
	if code, stdout, _ := runValidateCLI(t, "", "help"); code != ExitOK || !strings.Contains(stdout, "validate") || !strings.Contains(stdout, "schema") {
		t.Errorf("help does not list validate and schema:\n%s", stdout)
	}
}
