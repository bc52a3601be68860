package communication

import (
	"reflect"
	"sync"

	"github.com/openhrd/spcomm/internal/typecheck"
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
		Types:     typecheck.Strings(),
		TypesOnly: true,
	})
})

// decodeFast decodes data with the fast path; ok is false when the path does not
// apply or rejects the document.
func (d *Decoder) decodeFast(data []byte) (*Submission, bool) {
	p, err := typesPlan()
	if err != nil || d.MaxDepth != 0 && d.MaxDepth < p.Depth() {
		return nil, false
	}
	var s Submission
	if !p.Decode(data, &s) {
		return nil, false
	}
	return &s, true
}
