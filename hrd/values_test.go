package hrd_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/openhrd/spcomm/hrd"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in        string
		precision hrd.Precision
		err       string
	}{
		{"2024", hrd.PrecisionYear, ""},
		{"2024-03", hrd.PrecisionMonth, ""},
		{"2024-03-15", hrd.PrecisionDay, ""},
		{"2024-02-29", hrd.PrecisionDay, ""},
		{"2000-02-29", hrd.PrecisionDay, ""},
		{"2025-02-29", 0, "day 29 does not exist in 2025-02"},
		{"1900-02-29", 0, "day 29 does not exist"},
		{"2024-13", 0, "month 13 does not exist"},
		{"2024-00", 0, "month 00 does not exist"},
		{"2024-04-31", 0, "day 31 does not exist"},
		{"2024-01-00", 0, "day 00 does not exist"},
		{"0000", 0, "year 0000"},
		{"24", 0, "wrong length"},
		{"2024-3", 0, "wrong length"},
		{"2024/03", 0, "month must be two digits"},
		{"2024-03-1a", 0, "day must be two digits"},
		{"２０２４", 0, "wrong length"},
		{"", 0, "wrong length"},
		{"2024-03-15T10:00:00Z", 0, "wrong length"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := hrd.ParseDate(tt.in)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) || !errors.Is(err, hrd.ErrDate) {
					t.Fatalf("ParseDate(%q) = %q, %v; want error containing %q", tt.in, d, err, tt.err)
				}
				var v hrd.PartialDate
				if json.Unmarshal([]byte(`"`+tt.in+`"`), &v) == nil {
					t.Errorf("json accepted %q", tt.in)
				}
				return
			}
			if err != nil || d.Precision() != tt.precision || d.String() != tt.in {
				t.Fatalf("ParseDate(%q) = %q (precision %d), %v", tt.in, d, d.Precision(), err)
			}
		})
	}
}

func TestDateOrderAndRange(t *testing.T) {
	order := []hrd.PartialDate{"2023-12-31", "2024", "2024-01", "2024-01-01", "2024-01-02", "2024-02", "2025"}
	for i := range order {
		for j := range order {
			got := order[i].Compare(order[j])
			want := 0
			if i < j {
				want = -1
			} else if i > j {
				want = 1
			}
			if got < 0 {
				got = -1
			} else if got > 0 {
				got = 1
			}
			if got != want {
				t.Errorf("%s.Compare(%s) = %d, want %d", order[i], order[j], got, want)
			}
		}
	}
	if got := hrd.PartialDate("2024-02").End(); !got.Equal(time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("End of 2024-02 = %v", got)
	}
	if hrd.PartialDate("2024").Before("2024-06") || !hrd.PartialDate("2023").Before("2024-01-01") {
		t.Error("Before does not follow the ranges")
	}
	if d, err := hrd.DateOf(2024, 2, 0); err != nil || d != "2024-02" {
		t.Errorf("DateOf = %q, %v", d, err)
	}
	if _, err := hrd.DateOf(2023, 2, 29); err == nil {
		t.Error("DateOf accepted 2023-02-29")
	}
}

func TestCountry(t *testing.T) {
	tests := []struct {
		in   string
		ok   bool
		hint string
	}{
		{"KHM", true, ""}, {"THA", true, ""}, {"MYS", true, ""}, {"PSE", true, ""}, {"TWN", true, ""},
		{"KH", false, "an alpha-2 code; write KHM"},
		{"khm", false, "write KHM"},
		{"YUG", false, "withdrawn or not assigned"},
		{"BUR", false, ""}, {"XKK", false, ""}, {"ZZZ", false, ""}, {"EUE", false, ""},
		{"", false, ""}, {"KHMR", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			c := hrd.Country(tt.in)
			err := c.Check()
			if (err == nil) != tt.ok || c.Valid() != tt.ok {
				t.Fatalf("Check(%q) = %v, Valid = %v; want ok=%v", tt.in, err, c.Valid(), tt.ok)
			}
			if !tt.ok {
				if !errors.Is(err, hrd.ErrCountry) || (tt.hint != "" && !strings.Contains(err.Error(), tt.hint)) {
					t.Errorf("error %v lacks %q", err, tt.hint)
				}
			}
		})
	}
	if n := len(hrd.Countries()); n != 249 {
		t.Errorf("%d countries, ISO 3166-1 assigns 249", n)
	}
	names := map[hrd.Language]string{hrd.English: "Cambodia", hrd.French: "Cambodge", hrd.Spanish: "Camboya", "de": "Cambodia", "": "Cambodia"}
	for lang, want := range names {
		if got := hrd.Country("KHM").Name(lang); got != want {
			t.Errorf("Name(%s) = %q, want %q", lang, got, want)
		}
	}
	if got := hrd.Country("XXK").Name(hrd.French); got != "XXK" {
		t.Errorf("the name of an unknown code is %q, want the code", got)
	}
	for _, c := range hrd.Countries() {
		for _, lang := range []hrd.Language{hrd.English, hrd.French, hrd.Spanish} {
			if n := c.Name(lang); n == "" || n == string(c) {
				t.Errorf("%s has no %s name", c, lang)
			}
		}
	}
	if hrd.Country("KHM").Alpha2() != "KH" {
		t.Error("Alpha2")
	}
}

func TestID(t *testing.T) {
	for _, ok := range []string{"v1", "A_b-9", strings.Repeat("a", 64)} {
		if !hrd.ID(ok).Valid() {
			t.Errorf("%q rejected", ok)
		}
	}
	for _, bad := range []string{"", "a b", "é", strings.Repeat("a", 65), "a/b", "a.b"} {
		var id hrd.ID
		if err := id.UnmarshalText([]byte(bad)); err == nil || !errors.Is(err, hrd.ErrID) {
			t.Errorf("%q accepted: %v", bad, err)
		}
	}
}

func TestConsentPublic(t *testing.T) {
	var none *hrd.Consent
	tests := []struct {
		c    *hrd.Consent
		want hrd.PublicName
	}{
		{none, hrd.PublicNameWithheld},
		{&hrd.Consent{Given: false, PublicName: hrd.PublicNameFull}, hrd.PublicNameWithheld},
		{&hrd.Consent{Given: true}, hrd.PublicNameInitials},
		{&hrd.Consent{Given: true, PublicName: hrd.PublicNameFull}, hrd.PublicNameFull},
	}
	for _, tt := range tests {
		if got := tt.c.Public(); got != tt.want {
			t.Errorf("%+v.Public() = %s, want %s", tt.c, got, tt.want)
		}
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2024", "2024-02-29", "2025-02-29", "2024-13", "9999-12-31", "0001"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := hrd.ParseDate(s)
		if err != nil {
			return
		}
		if d.String() != s || d.Precision() == hrd.PrecisionNone || d.End().Before(d.Start()) {
			t.Fatalf("%q: precision %d, start %v, end %v", s, d.Precision(), d.Start(), d.End())
		}
		y, m, dd := d.Parts()
		if again, err := hrd.DateOf(y, m, dd); err != nil || again != d {
			t.Fatalf("DateOf(Parts(%q)) = %q, %v", s, again, err)
		}
	})
}
