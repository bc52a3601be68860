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

// quoteShort quotes s, cutting it to 64 runes so that an error never carries a long
// text a user put in the wrong place.
func quoteShort(s string) string {
	const max = 64
	if utf8.RuneCountInString(s) <= max {
		return fmt.Sprintf("%q", s)
	}
	r := []rune(s)
	return fmt.Sprintf("%q…", string(r[:max]))
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
