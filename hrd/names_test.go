package hrd_test

import (
	"testing"

	"github.com/openhrd/spcomm/hrd"
)

func TestIsNameParticle(t *testing.T) {
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"bin", true}, {"Bin", true}, {"VAN", true}, {"y", true}, {"de", true},
		{"Sokha", false}, {"Chan", false}, {"", false}, {"bint ", false}, {"vander", false},
	} {
		if got := hrd.IsNameParticle(tc.word); got != tc.want {
			t.Errorf("IsNameParticle(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}
