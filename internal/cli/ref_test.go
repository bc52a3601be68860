package cli

import (
	"strings"
	"testing"
)

func TestRef(t *testing.T) {
	code, out, errs := runCmd(t, "", "ref", "UA KHM 3/2014", "jal  bhr 13/2011", "AL OTH 74/2022", "UA G/SO 214 (53-24) SAU 5/2014")
	want := `UA KHM 3/2014
  type:      UA, urgent appeal
  addressee: KHM (Cambodia)
  number:    3 of 2014
  key:       KHM 3/2014
JAL BHR 13/2011
  type:      AL, joint allegation letter
  addressee: BHR (Bahrain)
  number:    13 of 2011
  key:       BHR 13/2011
AL OTH 74/2022
  type:      AL, allegation letter
  addressee: OTH (non-State addressee)
  number:    74 of 2022
  key:       OTH 74/2022
UA G/SO 214 (53-24) SAU 5/2014
  type:      UA, urgent appeal
  addressee: SAU (Saudi Arabia)
  number:    5 of 2014
  key:       SAU 5/2014
  file:      G/SO 214 (53-24)
`
	if code != ExitOK || errs != "" || out != want {
		t.Errorf("exit %d, stderr %q, stdout:\n%s", code, errs, out)
	}
	code, out, errs = runCmd(t, "", "ref", "-json", "-lang", "fr", "JOL PAK 3/2021", "UA KHM 3/14", "AL XYZ 1/2020")
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if code != ExitInvalid || len(lines) != 3 {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	if want := `{"input":"JOL PAK 3/2021","code":"JOL PAK 3/2021","type":"OL","joint":true,"label":"autre lettre conjointe","addressee":"PAK","number":3,"year":2021,"key":"PAK 3/2021"}`; lines[0] != want {
		t.Errorf("got  %s\nwant %s", lines[0], want)
	}
	if !strings.HasPrefix(lines[1], `{"input":"UA KHM 3/14","error":"refcode: \"UA KHM 3/14\": `) {
		t.Errorf("error record %s", lines[1])
	}
	// Each malformed code is named on standard error.
	if !strings.Contains(errs, `"UA KHM 3/14"`) || !strings.Contains(errs, `"AL XYZ 1/2020"`) {
		t.Errorf("stderr %q", errs)
	}
	for _, args := range [][]string{{"ref"}, {"ref", "-lang", "de", "UA KHM 3/2014"}} {
		if code, _, _ := runCmd(t, "", args...); code != ExitUsage {
			t.Errorf("%v: exit %d", args, code)
		}
	}
}
