package hrd

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// ErrUnknownCode is the sentinel wrapped by every [CodeError]: a value that is not a
// code of its vocabulary.
var ErrUnknownCode = errors.New("unknown code")

// CodeError reports a value that is not a code of a vocabulary. It names the
// vocabulary, the value, and the codes that are allowed.
type CodeError struct {
	Vocabulary string   // the vocabulary's name, e.g. "violation type"
	Code       string   // the value that was given
	Allowed    []string // every code of the vocabulary, in spec order
}

// Error names the vocabulary, the code given and the codes allowed.
func (e *CodeError) Error() string {
	return fmt.Sprintf("unknown %s %s; allowed: %s", e.Vocabulary, quoteShort(e.Code), strings.Join(e.Allowed, ", "))
}

// Unwrap returns [ErrUnknownCode].
func (e *CodeError) Unwrap() error { return ErrUnknownCode }

// quoteShort shows a rejected value in an error message only when it looks like
// what the field expects (a code, a country, a date, an id): at most 40 characters,
// none of them a space or outside ASCII letters, digits and "_-./". Anything else,
// such as a victim's name typed into a code field, is not repeated: errors must not
// carry the personal data of the people a submission is about.
func quoteShort(s string) string {
	if ShowValue(s) {
		return fmt.Sprintf("%q", s)
	}
	return "the value given"
}

// ShowValue reports whether an error message may repeat the rejected value s (see
// the rule above); other packages of spcomm use it for their own codes.
func ShowValue(s string) bool {
	if s == "" || utf8.RuneCountInString(s) > 40 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '-' || c == '.' || c == '/') {
			return false
		}
	}
	return true
}

// entry is one code of a vocabulary with its labels in English, French and Spanish.
type entry struct {
	code   string
	labels [3]string
}

// vocab is the one mechanism behind every vocabulary type of the package: the
// generated methods of each type delegate to it.
type vocab[T ~string] struct {
	name    string
	entries []entry
	codes   []T
	strs    []string
	index   map[T]int
}

func newVocab[T ~string](name string, entries []entry) *vocab[T] {
	v := &vocab[T]{name: name, entries: entries, index: make(map[T]int, len(entries))}
	for i, e := range entries {
		v.codes = append(v.codes, T(e.code))
		v.strs = append(v.strs, e.code)
		v.index[T(e.code)] = i
	}
	return v
}

func (v *vocab[T]) values() []T       { return slices.Clone(v.codes) }
func (v *vocab[T]) strings() []string { return slices.Clone(v.strs) }

func (v *vocab[T]) valid(c T) bool {
	_, ok := v.index[c]
	return ok
}

// label returns the label of c in lang, the English one for an unsupported
// language, and the code itself for a value outside the vocabulary.
func (v *vocab[T]) label(c T, lang Language) string {
	i, ok := v.index[c]
	if !ok {
		return string(c)
	}
	return v.entries[i].labels[lang.index()]
}

func (v *vocab[T]) parse(dst *T, text []byte) error {
	c := T(text)
	if !v.valid(c) {
		return &CodeError{Vocabulary: v.name, Code: string(text), Allowed: v.strings()}
	}
	*dst = c
	return nil
}

// index gives the position of the language in the label tables: English for any
// language other than French and Spanish.
func (l Language) index() int {
	switch l {
	case French:
		return 1
	case Spanish:
		return 2
	}
	return 0
}
