package refcode

import (
	"errors"
	"strings"
	"testing"

	"github.com/openhrd/spcomm/hrd"
)

func TestParseValid(t *testing.T) {
	tests := []struct {
		in     string
		want   Code
		canon  string
		short  string
		key    string
		errNil bool
	}{
		{in: "UA KHM 3/2014", want: Code{Type: UrgentAppeal, Addressee: "KHM", Number: 3, Year: 2014}, canon: "UA KHM 3/2014", key: "KHM 3/2014"},
		{in: "UA SYR 3/2014", want: Code{Type: UrgentAppeal, Addressee: "SYR", Number: 3, Year: 2014}, canon: "UA SYR 3/2014", key: "SYR 3/2014"},
		{in: "JAL BHR 13/2011", want: Code{Type: AllegationLetter, Joint: true, Addressee: "BHR", Number: 13, Year: 2011}, canon: "JAL BHR 13/2011", key: "BHR 13/2011"},
		{in: "AL OTH 74/2022", want: Code{Type: AllegationLetter, Addressee: "OTH", Number: 74, Year: 2022}, canon: "AL OTH 74/2022", key: "OTH 74/2022"},
		{in: "AL USA 30/2025", want: Code{Type: AllegationLetter, Addressee: "USA", Number: 30, Year: 2025}, canon: "AL USA 30/2025", key: "USA 30/2025"},
		{in: "AL CAN 3/2026", want: Code{Type: AllegationLetter, Addressee: "CAN", Number: 3, Year: 2026}, canon: "AL CAN 3/2026", key: "CAN 3/2026"},
		{in: "OL PHL 4/2020", want: Code{Type: OtherLetter, Addressee: "PHL", Number: 4, Year: 2020}, canon: "OL PHL 4/2020", key: "PHL 4/2020"},
		{in: "JOL GBR 1/2023", want: Code{Type: OtherLetter, Joint: true, Addressee: "GBR", Number: 1, Year: 2023}, canon: "JOL GBR 1/2023", key: "GBR 1/2023"},
		{in: "JUA IND 99999/1980", want: Code{Type: UrgentAppeal, Joint: true, Addressee: "IND", Number: 99999, Year: 1980}, canon: "JUA IND 99999/1980", key: "IND 99999/1980"},
		{in: "AL MEX 1/2099", want: Code{Type: AllegationLetter, Addressee: "MEX", Number: 1, Year: 2099}, canon: "AL MEX 1/2099", key: "MEX 1/2099"},
		// Form is normalised: case and white space.
		{in: "ua khm 3/2014", want: Code{Type: UrgentAppeal, Addressee: "KHM", Number: 3, Year: 2014}, canon: "UA KHM 3/2014", key: "KHM 3/2014"},
		{in: "  Jua\tKhm   3/2014\n", want: Code{Type: UrgentAppeal, Joint: true, Addressee: "KHM", Number: 3, Year: 2014}, canon: "JUA KHM 3/2014", key: "KHM 3/2014"},
		{in: "AL oth 74/2022", want: Code{Type: AllegationLetter, Addressee: "OTH", Number: 74, Year: 2022}, canon: "AL OTH 74/2022", key: "OTH 74/2022"},
		{in: "UA\u00a0KHM\u00a03/2014", want: Code{Type: UrgentAppeal, Addressee: "KHM", Number: 3, Year: 2014}, canon: "UA KHM 3/2014", key: "KHM 3/2014"},
		// Legacy references: file codes before the key.
		{in: "UA G/SO 214 (53-24) SAU 5/2014",
			want:  Code{Type: UrgentAppeal, Addressee: "SAU", Number: 5, Year: 2014, File: "G/SO 214 (53-24)"},
			canon: "UA G/SO 214 (53-24) SAU 5/2014", short: "UA SAU 5/2014", key: "SAU 5/2014"},
		{in: "UA G/SO 218/2 G/SO 214 (67-17) Assembly & Association (2010-1) SAU 5/2014",
			want:  Code{Type: UrgentAppeal, Addressee: "SAU", Number: 5, Year: 2014, File: "G/SO 218/2 G/SO 214 (67-17) Assembly & Association (2010-1)"},
			canon: "UA G/SO 218/2 G/SO 214 (67-17) Assembly & Association (2010-1) SAU 5/2014", short: "UA SAU 5/2014", key: "SAU 5/2014"},
		{in: "JUA  G/SO 214 (107-9)\n G/SO 214 (67-17)  BHR 12/2011",
			want:  Code{Type: UrgentAppeal, Joint: true, Addressee: "BHR", Number: 12, Year: 2011, File: "G/SO 214 (107-9) G/SO 214 (67-17)"},
			canon: "JUA G/SO 214 (107-9) G/SO 214 (67-17) BHR 12/2011", short: "JUA BHR 12/2011", key: "BHR 12/2011"},
	}
	for _, tt := range tests {
		c, err := Parse(tt.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.in, err)
			continue
		}
		if c != tt.want {
			t.Errorf("Parse(%q) = %+v, want %+v", tt.in, c, tt.want)
		}
		if tt.short == "" {
			tt.short = tt.canon
		}
		if c.String() != tt.canon || c.Short() != tt.short || c.Key() != tt.key {
			t.Errorf("Parse(%q): String %q, Short %q, Key %q; want %q, %q, %q", tt.in, c.String(), c.Short(), c.Key(), tt.canon, tt.short, tt.key)
		}
		if again, err := Parse(c.String()); err != nil || again != c {
			t.Errorf("Parse(%q) of the canonical form = %+v, %v", c.String(), again, err)
		}
	}
}

func TestParseInvalid(t *testing.T) {
	tests := []struct {
		in     string
		err    error
		offset int
		reason string // a fragment of the reason
	}{
		{"", ErrEmpty, 0, "no reference code"},
		{"   \t", ErrEmpty, 4, "no reference code"},
		{"XX KHM 1/2020", ErrType, 0, `"XX" is not a communication type`},
		{"JXX KHM 1/2020", ErrType, 0, "not a communication type"},
		{"JJUA KHM 1/2020", ErrType, 0, "not a communication type"},
		{"UAL KHM 1/2020", ErrType, 0, "not a communication type"},
		{"  3/2014", ErrType, 2, "not a communication type"},
		{"UA", ErrSyntax, 2, "incomplete"},
		{"UA KHM", ErrSyntax, 6, "incomplete"},
		{"UA 3/2014", ErrSyntax, 9, "incomplete"},
		{"UA KH 3/2014", ErrAddressee, 3, "an alpha-2 code; write KHM"},
		{"UA ZZZ 3/2014", ErrAddressee, 3, `"ZZZ" is not an ISO 3166-1 alpha-3 country code or OTH`},
		{"UA YUG 3/2014", ErrAddressee, 3, "withdrawn"},
		{"UA KHMR 3/2014", ErrAddressee, 3, "not an addressee"},
		{"UA K 3/2014", ErrAddressee, 3, "not an addressee"},
		{"UA ZZ 3/2014", ErrAddressee, 3, "not an assigned alpha-3 code"},
		{"UA K1M 3/2014", ErrAddressee, 3, "not an addressee"},
		{"UA KHM 0/2014", ErrNumber, 7, "numbers start at 1"},
		{"UA KHM 03/2014", ErrNumber, 7, "leading zero"},
		{"UA KHM -3/2014", ErrNumber, 7, "digits"},
		{"UA KHM /2014", ErrNumber, 7, "no number"},
		{"UA KHM 100000/2014", ErrNumber, 7, "more than 99999"},
		{"UA KHM 3/14", ErrYear, 9, `year "14" is not four digits`},
		{"UA KHM 3/", ErrYear, 9, "not four digits"},
		{"UA KHM 3/20140", ErrYear, 9, "not four digits"},
		{"UA KHM 3/1979", ErrYear, 9, "outside 1980-2099"},
		{"UA KHM 3/2100", ErrYear, 9, "outside 1980-2099"},
		{"UA KHM 3/２０１４", ErrYear, 9, "not four digits"},
		{"UA KHM 3-2014", ErrSyntax, 7, "not <N>/<YYYY>"},
		{"UA KHM 3 2014", ErrSyntax, 9, "not <N>/<YYYY>"},
		{"UA KHM 3/2014 x", ErrSyntax, 14, `unexpected "x" after the number and year`},
		{"UA KHM 3/2014 (urgent)", ErrSyntax, 14, "unexpected"},
		{"UA KHM 3/2014.", ErrYear, 9, "not four digits"},
		{"UA KHM 3/2014\x00", ErrSyntax, 13, "control character"},
		{"UA KHM \xff3/2014", ErrSyntax, 7, "UTF-8"},
		{strings.Repeat("UA ", 200) + "KHM 3/2014", ErrSyntax, MaxLen, "longer than 512 bytes"},
	}
	sentinels := []error{ErrEmpty, ErrType, ErrAddressee, ErrNumber, ErrYear, ErrSyntax}
	for _, tt := range tests {
		c, err := Parse(tt.in)
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Errorf("Parse(%q) = %+v, %v; want a *ParseError", tt.in, c, err)
			continue
		}
		if c != (Code{}) {
			t.Errorf("Parse(%q) returned %+v with its error", tt.in, c)
		}
		for _, s := range sentinels {
			if errors.Is(err, s) != (s == tt.err) {
				t.Errorf("Parse(%q): errors.Is(%v) = %v", tt.in, s, errors.Is(err, s))
			}
		}
		if pe.Offset != tt.offset || pe.Input != tt.in || !strings.Contains(pe.Reason, tt.reason) {
			t.Errorf("Parse(%q): offset %d reason %q; want offset %d and %q", tt.in, pe.Offset, pe.Reason, tt.offset, tt.reason)
		}
		if !strings.HasPrefix(err.Error(), "refcode: ") || !strings.Contains(err.Error(), pe.Reason) {
			t.Errorf("Parse(%q): message %q", tt.in, err)
		}
	}
}

func TestParseErrorMessage(t *testing.T) {
	_, err := Parse("UA KHM 0/2014")
	if got, want := err.Error(), `refcode: "UA KHM 0/2014": the number is 0; numbers start at 1 (at byte 7)`; got != want {
		t.Errorf("message %q, want %q", got, want)
	}
	_, err = Parse("UA " + strings.Repeat("é", 100) + " KHM 3/2014x")
	if msg := err.Error(); len(msg) > 200 || !strings.Contains(msg, "…") {
		t.Errorf("long input not shortened: %q", msg)
	}
}

func TestLabels(t *testing.T) {
	if missing := msgs.Missing(); len(missing) != 0 {
		t.Errorf("message catalog lacks %v", missing)
	}
	tests := []struct {
		got, want string
	}{
		{UrgentAppeal.Label(hrd.English), "urgent appeal"},
		{UrgentAppeal.Label(hrd.French), "appel urgent"},
		{UrgentAppeal.Label(hrd.Spanish), "llamamiento urgente"},
		{AllegationLetter.Label(hrd.English), "allegation letter"},
		{AllegationLetter.Label(hrd.French), "lettre d'allégation"},
		{AllegationLetter.Label(hrd.Spanish), "carta de transmisión de denuncias"},
		{OtherLetter.Label(hrd.English), "other letter"},
		{OtherLetter.Label(hrd.French), "autre lettre"},
		{OtherLetter.Label(hrd.Spanish), "otra carta"},
		{OtherLetter.Label("de"), "other letter"},
		{Type("XX").Label(hrd.English), "XX"},
		{Code{Type: UrgentAppeal, Joint: true}.Label(hrd.English), "joint urgent appeal"},
		{Code{Type: AllegationLetter, Joint: true}.Label(hrd.French), "lettre d'allégation conjointe"},
		{Code{Type: OtherLetter, Joint: true}.Label(hrd.Spanish), "otra carta conjunta"},
		{Code{Type: OtherLetter}.Label(hrd.Spanish), "otra carta"},
		{Code{Type: "XX", Joint: true}.Label(hrd.Spanish), "XX"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("label %q, want %q", tt.got, tt.want)
		}
	}
	for _, typ := range []Type{UrgentAppeal, AllegationLetter, OtherLetter} {
		if !typ.Valid() || typ.String() != string(typ) {
			t.Errorf("%s: Valid %v String %q", typ, typ.Valid(), typ.String())
		}
	}
	if Type("ua").Valid() || Type("JUA").Valid() || Type("").Valid() {
		t.Error("Valid accepts a non-canonical type")
	}
}
