package hrd

import (
	"errors"
	"fmt"
)

// ID identifies a victim, a perpetrator or a violation within one submission
// (spec: Victim, Perpetrator and Violation, `id`): 1 to 64 ASCII letters, digits,
// "_" or "-". Violations refer to victims and perpetrators by ID.
type ID string

// ErrID is the sentinel wrapped by every [IDError].
var ErrID = errors.New("invalid id")

// IDError reports a value that is not a valid [ID].
type IDError struct {
	Value string
}

// Error says what an id may contain.
func (e *IDError) Error() string {
	return fmt.Sprintf("%s is not an id: use 1 to 64 letters, digits, '_' or '-'", quoteShort(e.Value))
}

// Unwrap returns [ErrID].
func (e *IDError) Unwrap() error { return ErrID }

// Valid reports whether id matches ^[A-Za-z0-9_-]{1,64}$.
func (id ID) Valid() bool {
	if len(id) == 0 || len(id) > 64 {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

// UnmarshalText sets id from text, or returns an [*IDError].
func (id *ID) UnmarshalText(text []byte) error {
	v := ID(text)
	if !v.Valid() {
		return &IDError{Value: string(text)}
	}
	*id = v
	return nil
}

// String returns the id.
func (id ID) String() string { return string(id) }
