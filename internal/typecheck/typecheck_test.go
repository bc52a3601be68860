package typecheck

import (
	"encoding"
	"reflect"
	"testing"
)

// TestChecksAgreeWithUnmarshalText: each check accepts exactly what its type's
// UnmarshalText accepts, on values of every type's shape.
func TestChecksAgreeWithUnmarshalText(t *testing.T) {
	values := []string{"", "KHM", "khm", "KH", "XXX", "2025", "2025-02", "2025-02-29", "2024-02-29", "2025-13",
		"v1", "a b", "sr-defenders", "sr-", "SR-x", "wg-arbitrary-detention", "é", "0000"}
	checks := Strings()
	if len(checks) == 0 {
		t.Fatal("no checks")
	}
	for typ, check := range checks {
		for _, v := range values {
			u := reflect.New(typ).Interface().(encoding.TextUnmarshaler)
			if got, want := check(v), u.UnmarshalText([]byte(v)) == nil; got != want {
				t.Errorf("%s: check(%q) = %v, UnmarshalText accepts: %v", typ, v, got, want)
			}
		}
	}
}
