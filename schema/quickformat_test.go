package schema

import (
	"strings"
	"testing"

	"github.com/openhrd/spcomm/schema/internal/engine"
)

var refEmail, refURI = engine.Format("email"), engine.Format("uri")

func TestQuickFormats(t *testing.T) {
	long := strings.Repeat("a", 63)
	for _, tc := range []struct {
		check func(string) bool
		ref   func(string) bool
		in    string
		quick bool // quick accepts; the reference must accept too
	}{
		{quickEmail, refEmail, "urgent@forum-asia.org", true},
		{quickEmail, refEmail, "a.b+c_d%e-f@x.y.z", true},
		{quickEmail, refEmail, "a@localhost", true},
		{quickEmail, refEmail, long + "b@example.org", true},   // a local part of 64 bytes
		{quickEmail, refEmail, long + "bc@example.org", false}, // and of 65
		{quickEmail, refEmail, long + "@" + long + ".org", true},
		{quickEmail, refEmail, "a..b@example.org", false},
		{quickEmail, refEmail, ".a@example.org", false},
		{quickEmail, refEmail, "a.@example.org", false},
		{quickEmail, refEmail, "@example.org", false},
		{quickEmail, refEmail, "a@b@example.org", false},
		{quickEmail, refEmail, "a@-example.org", false},
		{quickEmail, refEmail, "a@example-.org", false},
		{quickEmail, refEmail, "a@example..org", false},
		{quickEmail, refEmail, "a@example.org.", false},
		{quickEmail, refEmail, "a@" + long + "a.org", false},
		{quickEmail, refEmail, "Ana <ana@example.org>", false},
		{quickEmail, refEmail, "a!b@example.org", false}, // valid, but for the reference to say
		{quickEmail, refEmail, "a@[127.0.0.1]", false},
		{quickURI, refURI, "https://www.forum-asia.org/?p=1234", true},
		{quickURI, refURI, "http://example.org", true},
		{quickURI, refURI, "https://example.org/a/b-c_d~e.f;g=h,i:j@k!$&'()*+?q=1&r=/s?", true},
		{quickURI, refURI, "https://example.org:8443/", false},
		{quickURI, refURI, "https://user@example.org/", false},
		{quickURI, refURI, "https://example.org/a%20b", false},
		{quickURI, refURI, "https://example.org/a b", false},
		{quickURI, refURI, "https://example.org/#top", false},
		{quickURI, refURI, "https:///path", false},
		{quickURI, refURI, "https://", false},
		{quickURI, refURI, "ftp://example.org/", false},
		{quickURI, refURI, "HTTPS://example.org/", false},
		{quickURI, refURI, "https://[::1]/", false},
		{quickURI, refURI, "javascript:alert(1)", false},
	} {
		if got := tc.check(tc.in); got != tc.quick {
			t.Errorf("quick(%q) = %v, want %v", tc.in, got, tc.quick)
		}
		if tc.quick && !tc.ref(tc.in) {
			t.Errorf("quick accepts %q but the reference rejects it", tc.in)
		}
	}
}

// FuzzQuickFormats checks that a quick accept implies the reference's accept, so
// that the quick checks can only save time, never change a verdict.
func FuzzQuickFormats(f *testing.F) {
	for _, s := range []string{"urgent@forum-asia.org", "a.b@c", "https://example.org/a?b=c", "http://a.b/c:d@e"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if quickEmail(s) && !refEmail(s) {
			t.Fatalf("quickEmail accepts %q, the reference does not", s)
		}
		if quickURI(s) && !refURI(s) {
			t.Fatalf("quickURI accepts %q, the reference does not", s)
		}
		// The same string in the other format's shape.
		if e := "x" + strings.ReplaceAll(s, "@", "") + "@example.org"; quickEmail(e) && !refEmail(e) {
			t.Fatalf("quickEmail accepts %q, the reference does not", e)
		}
		if u := "https://example.org/" + s; quickURI(u) && !refURI(u) {
			t.Fatalf("quickURI accepts %q, the reference does not", u)
		}
	})
}
