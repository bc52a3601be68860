package schema

import (
	"reflect"
	"sync"

	"github.com/openhrd/spcomm/communication"
	"github.com/openhrd/spcomm/internal/typecheck"
	"github.com/openhrd/spcomm/internal/vdecode"
	"github.com/openhrd/spcomm/schema/internal/engine"
)

// The fast path. A valid document is by far the common case in a batch, and for it
// the detailed machinery of the reference validator (a tree of the whole document,
// a generic schema interpreter, problem building) is wasted work. So every document
// first goes through a single-pass validating decoder compiled, once, from the same
// Go types and struct tags the schema is generated from, with the reference
// validator's own format checks. When it accepts, the document is valid and already
// decoded; when it rejects, the reference validator runs and its problems are the
// answer. The fast path only ever decides "valid"; the differential tests
// (fast_test.go) check on every fixture and under fuzzing that it accepts exactly
// what the reference accepts.

// fastPlan is the compiled fast path, or an error if the types carry a constraint
// it cannot check (then every document takes the reference path).
var fastPlan = sync.OnceValues(func() (*vdecode.Plan, error) {
	return vdecode.Compile(reflect.TypeFor[communication.Submission](), vdecode.Hooks{
		Types: typecheck.Strings(),
		Formats: map[string]func(string) bool{
			"email": orElse(quickEmail, engine.Format("email")),
			"uri":   orElse(quickURI, engine.Format("uri")),
		},
	})
})

// orElse returns a check that accepts what quick accepts and otherwise asks the
// reference.
func orElse(quick, reference func(string) bool) func(string) bool {
	return func(s string) bool { return quick(s) || reference(s) }
}

// fastDecode decodes data with the fast path and reports whether it is valid; ok is
// false when the fast path does not apply or rejects the document.
func fastDecode(data []byte, opt Options) (*communication.Submission, bool) {
	p, err := fastPlan()
	if err != nil || opt.MaxDepth != 0 && opt.MaxDepth < p.Depth() {
		return nil, false
	}
	var s communication.Submission
	if !p.Decode(data, &s) {
		return nil, false
	}
	return &s, true
}

// fastValid reports whether the fast path accepts data, decoding nothing: what
// [Validate] needs for a valid document, without an allocation.
func fastValid(data []byte, opt Options) bool {
	p, err := fastPlan()
	return err == nil && (opt.MaxDepth == 0 || opt.MaxDepth >= p.Depth()) && p.Valid(data)
}

// Decode validates data as [Validate] does and decodes it. For a valid document it
// reads the bytes once: the fast path validates while it decodes. For an invalid
// one it returns the problems and, when the document can still be decoded (a draft
// that lacks required fields, say), the submission, so that a readiness check can
// say more; s is nil when the document cannot be decoded at all.
func Decode(data []byte, opt Options) (s *communication.Submission, res *Result) {
	if max := maxSizeOf(opt); int64(len(data)) <= max {
		if s, ok := fastDecode(data, opt); ok {
			return s, &Result{}
		}
	}
	res = Validate(data, opt)
	s, err := (&communication.Decoder{MaxSize: maxSizeOf(opt), MaxDepth: opt.MaxDepth}).DecodeBytes(data)
	if err != nil {
		return nil, res
	}
	return s, res
}

func maxSizeOf(opt Options) int64 {
	if opt.MaxSize > 0 {
		return opt.MaxSize
	}
	return communication.DefaultMaxSize
}
