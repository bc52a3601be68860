package schema

import (
	"slices"
	"testing"

	"github.com/openhrd/spcomm/communication"
	"github.com/openhrd/spcomm/internal/fixtures"
)

// FuzzValidate checks that Validate never panics, returns sorted problems with a
// code and a message each, and that whatever the schema accepts, the strict Go
// decoder accepts too (the schema is never looser than the types).
func FuzzValidate(f *testing.F) {
	f.Add([]byte(minimal))
	f.Add([]byte(`{"victims": [{"id": "a b", "age": 1e400}], "x": null}`))
	for _, fx := range fixtures.Load(f, "invalid", "submissions", "drafts") {
		f.Add(fx.Data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		res := Validate(data, Options{MaxDepth: 20})
		if !slices.IsSortedFunc(res.Problems, func(a, b Problem) int {
			if c := comparePointers(a.Pointer, b.Pointer); c != 0 {
				return c
			}
			if a.Code < b.Code {
				return -1
			} else if a.Code > b.Code {
				return 1
			}
			return 0
		}) {
			t.Fatalf("problems not sorted: %v", res.Problems)
		}
		for _, p := range res.Problems {
			if p.Code == "" || p.Message == "" || p.Element < 0 || p.Element > 5 {
				t.Fatalf("bad problem %+v", p)
			}
		}
		if res.Valid() {
			if _, err := (&communication.Decoder{MaxDepth: 20}).DecodeBytes(data); err != nil {
				t.Fatalf("the schema accepts %q but the decoder rejects it: %v", data, err)
			}
		}
	})
}
