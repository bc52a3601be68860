package cli

import (
	"strings"
	"testing"
)

func TestArticles(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		code   int
		want   []string // parts of stdout
		stderr string   // a part of stderr
	}{
		{"every provision", []string{"articles"}, ExitOK, []string{
			"1       article 1: ", "9.3(a)  article 9 (3) (a): ", "20      article 20: ",
		}, ""},
		{"a provision and what maps to it", []string{"articles", "9.3(a)"}, ExitOK, []string{
			"9.3(a): article 9 (3) (a) — ",
			"  activities:\n    complaint_petition (complaints and petitions about officials) → 9.3(a)\n",
			"  violation types:\n    judicial_harassment (judicial harassment) → 9.3\n",
		}, ""},
		{"a base provision", []string{"articles", "article 12 (2)"}, ExitOK, []string{"cited for every attack on a defender (12.2)"}, ""},
		{"an investigation provision", []string{"articles", "9.5"}, ExitOK, []string{"cited when the authorities fail to investigate (9.5)"}, ""},
		{"a whole article lists its parts", []string{"articles", "-lang", "fr", "5"}, ExitOK, []string{
			"5: article 5 — ", "  5(a)    ", "  5(c)    ", "travel_ban (interdiction de voyager) → 5(c)",
		}, ""},
		{"a list of provisions", []string{"articles", "articles 6a & b"}, ExitOK, []string{"6(a): ", "\n\n6(b): "}, ""},
		{"an activity", []string{"articles", "peaceful_assembly"}, ExitOK, []string{
			"activity peaceful_assembly: organising or joining peaceful assemblies\n  5(a)    article 5 (a): ", "  12.1    article 12 (1): ", "  basis: ",
		}, ""},
		{"a violation type, with the base provisions", []string{"articles", "-lang", "es", "travel_ban"}, ExitOK, []string{
			"violation type travel_ban: ", "  1       artículo 1: ", "  9.4     artículo 9, párrafo 4: ",
		}, ""},
		{"both an activity and a violation type", []string{"articles", "other"}, ExitOK, []string{
			"activity other: other\n  no provision of its own\n\nviolation type other: other\n",
		}, ""},
		{"unknown arguments are named; the others still explained", []string{"articles", "nonsense", "13", "9.6"}, ExitInvalid, []string{"13: article 13 — "},
			`"nonsense" is neither`},
		{"bad language", []string{"articles", "-lang", "it", "1"}, ExitUsage, nil, `unknown language "it"`},
	}
	for _, tc := range tests {
		code, out, errs := runCmd(t, "", tc.args...)
		if code != tc.code || !strings.Contains(errs, tc.stderr) {
			t.Errorf("%s: exit %d, stderr %q", tc.name, code, errs)
		}
		for _, w := range tc.want {
			if !strings.Contains(out, w) {
				t.Errorf("%s: output lacks %q:\n%s", tc.name, w, out)
			}
		}
	}
	// A bad reference is named with the reason.
	if _, _, errs := runCmd(t, "", "articles", "9.6"); !strings.Contains(errs, `"9.6"`) || !strings.Contains(errs, "paragraph") {
		t.Errorf("stderr %q", errs)
	}
}
