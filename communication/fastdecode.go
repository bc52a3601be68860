package communication

import (
	"reflect"
	"sync"

	"github.com/openhrd/spcomm/communication/mandate"
	"github.com/openhrd/spcomm/hrd"
	"github.com/openhrd/spcomm/internal/vdecode"
)

// The decoder's fast path. Reading a document into a tree and binding the tree to
// the types (internal/jsondoc) is what gives every error its pointer, line and
// column, but for a document that decodes, it costs some six hundred allocations.
// So a document first goes through a single-pass decoder compiled from the same
// types (internal/vdecode, with only the checks the types themselves make: JSON
// types, known fields, no duplicate keys, vocabulary codes, ids, dates and
// countries). When it accepts, its result is the answer; when it rejects, the
// reference path runs and gives the error. It only ever decides "decodes", and
// fastdecode_test.go checks on every fixture, and under fuzzing, that the two
// paths then give the same submission.

var typesPlan = sync.OnceValues(func() (*vdecode.Plan, error) {
	return vdecode.Compile(reflect.TypeFor[Submission](), vdecode.Hooks{
		Types: map[reflect.Type]func(string) bool{
			reflect.TypeFor[hrd.Country]():     func(s string) bool { return hrd.Country(s).Valid() },
			reflect.TypeFor[hrd.PartialDate](): func(s string) bool { return hrd.PartialDate(s).Valid() },
			reflect.TypeFor[hrd.ID]():          func(s string) bool { return hrd.ID(s).Valid() },
			reflect.TypeFor[mandate.ID]():      func(s string) bool { return mandate.ID(s).Valid() },
		},
		TypesOnly: true,
	})
})

// fastDepthFloor is the smallest MaxDepth at which the fast path's verdict equals
// the reference's: the types nest six levels at most.
const fastDepthFloor = 8

// decodeFast decodes data with the fast path; ok is false when the path does not
// apply or rejects the document.
func (d *Decoder) decodeFast(data []byte) (*Submission, bool) {
	if d.MaxDepth != 0 && d.MaxDepth < fastDepthFloor {
		return nil, false
	}
	p, err := typesPlan()
	if err != nil {
		return nil, false
	}
	var s Submission
	if !p.Decode(data, &s) {
		return nil, false
	}
	return &s, true
}
