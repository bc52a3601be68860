package refcode

import (
	"errors"
	"strings"
	"testing"

	"github.com/openhrd/spcomm/hrd"
)

// FuzzParse checks that Parse never panics, that every error is a *ParseError
// with an offset inside the input and one sentinel, and that every code it
// accepts is well formed and survives String and Parse again unchanged.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"UA KHM 3/2014", "JAL BHR 13/2011", "AL OTH 74/2022", "ol phl 4/2020",
		"UA G/SO 214 (53-24) SAU 5/2014",
		"UA G/SO 218/2 G/SO 214 (67-17) Assembly & Association (2010-1) SAU 5/2014",
		"", " ", "XX KHM 1/2020", "UA KH 3/2014", "UA ZZZ 3/2014", "UA KHM 0/2014",
		"UA KHM 3/14", "UA KHM 3-2014", "UA KHM 3/2014 x", "UA\u0085KHM\u00a03/2014", "UA KHM 3/2014\x00",
	} {
		f.Add(s)
	}
	sentinels := []error{ErrEmpty, ErrType, ErrAddressee, ErrNumber, ErrYear, ErrSyntax}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := Parse(s)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("Parse(%q): %T %v, not a *ParseError", s, err, err)
			}
			if pe.Offset < 0 || pe.Offset > len(s) {
				t.Fatalf("Parse(%q): offset %d outside the input", s, pe.Offset)
			}
			n := 0
			for _, sen := range sentinels {
				if errors.Is(err, sen) {
					n++
				}
			}
			if n != 1 || c != (Code{}) {
				t.Fatalf("Parse(%q): %d sentinels, code %+v", s, n, c)
			}
			_ = err.Error()
			return
		}
		if !c.Type.Valid() || c.Number < 1 || c.Number > MaxNumber || c.Year < MinYear || c.Year > MaxYear {
			t.Fatalf("Parse(%q) = %+v: out of range", s, c)
		}
		if c.Addressee != NonState && !hrd.Country(c.Addressee).Valid() {
			t.Fatalf("Parse(%q): addressee %q", s, c.Addressee)
		}
		out := c.String()
		if !strings.HasSuffix(out, " "+c.Key()) || !strings.HasSuffix(c.Short(), " "+c.Key()) {
			t.Fatalf("Parse(%q): String %q / Short %q do not end with Key %q", s, out, c.Short(), c.Key())
		}
		again, err := Parse(out)
		if err != nil {
			t.Fatalf("Parse(%q) = %+v, but Parse(%q): %v", s, c, out, err)
		}
		if again != c || again.String() != out {
			t.Fatalf("round trip of %q: %+v, then %+v", s, c, again)
		}
		if short, err := Parse(c.Short()); err != nil || short.File != "" || short.Key() != c.Key() {
			t.Fatalf("Parse(Short %q) = %+v, %v", c.Short(), short, err)
		}
	})
}
