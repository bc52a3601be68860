package hrd

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestIsParty(t *testing.T) {
	tests := []struct {
		c             Country
		iccpr, icescr bool
		why           string
	}{
		{"CHN", false, true, "signed the ICCPR, party to the ICESCR"},
		{"MYS", false, false, "neither"},
		{"THA", true, true, "both"},
		{"USA", true, false, "ICCPR only; signed the ICESCR"},
		{"MMR", false, true, "ICESCR only"},
		{"BWA", true, false, "ICCPR only"},
		{"MOZ", true, false, "ICCPR only"},
		{"WSM", true, false, "ICCPR only"},
		{"VUT", true, false, "ICCPR only"},
		{"AND", true, false, "ICCPR only, as of 2022"},
		{"OMN", false, true, "ICESCR only"},
		{"SLB", false, true, "ICESCR only"},
		{"CUB", false, false, "signed both"},
		{"SAU", false, false, "neither"},
		{"PRK", true, true, "its withdrawal from the ICCPR is not recognised"},
		{"PSE", true, true, "counted among the parties"},
		{"KHM", true, true, "both"},
		{"PHL", true, true, "both"},
		{"HKG", true, true, "outside UN membership: bound through China's arrangements"},
		{"VAT", false, false, "the Holy See is party to neither"},
		{"PRI", true, false, "a US territory: the US is not party to the ICESCR"},
		{"GUM", true, false, "a US territory"},
		{"", false, false, "no country"},
		{"KH", false, false, "alpha-2"},
		{"khm", false, false, "lower case"},
		{"YUG", false, false, "withdrawn code"},
	}
	for _, tt := range tests {
		if got := IsParty(tt.c, ICCPR); got != tt.iccpr {
			t.Errorf("IsParty(%q, ICCPR) = %v, want %v (%s)", tt.c, got, tt.iccpr, tt.why)
		}
		if got := IsParty(tt.c, ICESCR); got != tt.icescr {
			t.Errorf("IsParty(%q, ICESCR) = %v, want %v (%s)", tt.c, got, tt.icescr, tt.why)
		}
		if !IsParty(tt.c, UDHR) {
			t.Errorf("IsParty(%q, UDHR) = false; the Declaration is cited for everyone", tt.c)
		}
		if IsParty(tt.c, "CAT") || IsParty(tt.c, "") || IsParty(tt.c, "iccpr") {
			t.Errorf("IsParty(%q) is true for an unknown instrument", tt.c)
		}
	}
}

func TestRatificationLists(t *testing.T) {
	d := ratification()
	if RatificationAsOf() != "2022-06" || d.AsOf != "2022-06" {
		t.Errorf("RatificationAsOf() = %q", RatificationAsOf())
	}
	iccpr, icescr := d.treaties[ICCPR].NotParty, d.treaties[ICESCR].NotParty
	if n := len(iccpr.members()); n != 21 {
		t.Errorf("%d UN Member States not party to the ICCPR, want 21", n)
	}
	if n := len(icescr.members()); n != 23 {
		t.Errorf("%d UN Member States not party to the ICESCR, want 23", n)
	}
	if len(iccpr.SignedNotRatified) != 6 || len(iccpr.NotSigned) != 15 || len(icescr.SignedNotRatified) != 4 || len(icescr.NotSigned) != 19 {
		t.Errorf("signed/not signed: ICCPR %d/%d, ICESCR %d/%d; want 6/15 and 4/19",
			len(iccpr.SignedNotRatified), len(iccpr.NotSigned), len(icescr.SignedNotRatified), len(icescr.NotSigned))
	}
	// Every valid country not listed is a party: count the parties among all
	// countries, and check the published member counts leave room for them.
	for _, tr := range []Treaty{ICCPR, ICESCR} {
		listed := d.treaties[tr].notParty
		parties := 0
		for _, c := range Countries() {
			if IsParty(c, tr) {
				parties++
			} else if !listed[c] {
				t.Errorf("%s: %s is not party but not listed", tr, c)
			}
		}
		if want := len(Countries()) - len(listed); parties != want {
			t.Errorf("%s: %d parties among the countries, want %d", tr, parties, want)
		}
	}
	// "Easy to get wrong": the States party to one Covenant only.
	var iccprOnly, icescrOnly []Country
	for _, c := range Countries() {
		switch a, b := IsParty(c, ICCPR), IsParty(c, ICESCR); {
		case a && !b && !slices.Contains(icescr.NonMembers, c):
			iccprOnly = append(iccprOnly, c)
		case !a && b:
			icescrOnly = append(icescrOnly, c)
		}
	}
	if want := []Country{"AND", "BWA", "MOZ", "USA", "VUT", "WSM"}; !slices.Equal(iccprOnly, want) {
		t.Errorf("party to the ICCPR only: %v, want %v", iccprOnly, want)
	}
	if want := []Country{"CHN", "MMR", "OMN", "SLB"}; !slices.Equal(icescrOnly, want) {
		t.Errorf("party to the ICESCR only: %v, want %v", icescrOnly, want)
	}
}

func TestTreatyLabels(t *testing.T) {
	tests := []struct {
		got, want string
	}{
		{ICCPR.Label(English), "ICCPR"},
		{ICCPR.Label(French), "PIDCP"},
		{ICESCR.Label(Spanish), "PIDESC"},
		{UDHR.Label(French), "DUDH"},
		{UDHR.Label("de"), "UDHR"},
		{Treaty("CAT").Label(English), "CAT"},
		{ICCPR.Title(English), "International Covenant on Civil and Political Rights"},
		{ICESCR.Title(French), "Pacte international relatif aux droits économiques, sociaux et culturels"},
		{UDHR.Title(Spanish), "Declaración Universal de Derechos Humanos"},
		{Treaty("CAT").Title(Spanish), "CAT"},
		{ICESCR.String(), "ICESCR"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
	for _, tr := range Treaties() {
		if !tr.Valid() {
			t.Errorf("%s not valid", tr)
		}
	}
	if Treaty("iccpr").Valid() || Treaty("").Valid() {
		t.Error("Valid accepts a non-code")
	}
}

func TestParseRatificationRejects(t *testing.T) {
	good := string(ratificationJSON)
	if _, err := parseRatification([]byte(good)); err != nil {
		t.Fatalf("the embedded data: %v", err)
	}
	tests := []struct {
		name, old, new, want string
	}{
		{"date", `"asOf": "2022-06"`, `"asOf": "June 2022"`, "not YYYY-MM"},
		{"unknown field", `"asOf"`, `"x": 1, "asOf"`, "unknown field"},
		{"source", `"source": "UN`, `"source": "", "y": "UN`, "unknown field"},
		{"country", `"CHN", "COM"`, `"CN", "COM"`, "alpha-2"},
		{"twice", `"CHN", "COM"`, `"CHN", "CHN"`, "CHN listed twice"},
		{"code", `"code": "ICESCR"`, `"code": "CESCR"`, "unknown code"},
		{"missing", `"code": "ICESCR"`, `"code": "ICCPR"`, "ICCPR listed twice"},
		{"declaration", `"declaration": true,`, ``, "declaration is false"},
		{"label", `"label": {"en": "UDHR", "fr": "DUDH", "es": "DUDH"}`, `"label": {"en": "UDHR", "fr": "DUDH", "es": ""}`, "lacks a language"},
		{"trailing", "\n}\n", "\n}\n{}", "data after"},
	}
	for _, tt := range tests {
		if !strings.Contains(good, tt.old) {
			t.Fatalf("%s: %q not in the data", tt.name, tt.old)
		}
		_, err := parseRatification([]byte(strings.Replace(good, tt.old, tt.new, 1)))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want one containing %q", tt.name, err, tt.want)
		}
	}
	noList := strings.Replace(good, `"declaration": true,`, `"declaration": true, "notParty": {},`, 1)
	if _, err := parseRatification([]byte(noList)); err == nil || !strings.Contains(err.Error(), "no parties") {
		t.Errorf("a list for the UDHR: %v", err)
	}
}

func ExampleIsParty() {
	for _, c := range []Country{"THA", "CHN", "USA", "MYS"} {
		fmt.Println(c, IsParty(c, ICCPR), IsParty(c, ICESCR), IsParty(c, UDHR))
	}
	fmt.Println(ICCPR.Label(French), RatificationAsOf())
	// Output:
	// THA true true true
	// CHN false true true
	// USA true false true
	// MYS false false true
	// PIDCP 2022-06
}
