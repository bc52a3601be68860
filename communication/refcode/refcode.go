package refcode

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/openhrd/spcomm/hrd"
)

// Type is the type of a communication, as its reference code writes it, without
// the J of a joint letter.
type Type string

// The types of communication. Their codes are those of the communication
// package's Type, so communication.Type(c.Type) converts one.
const (
	UrgentAppeal     Type = "UA" // the violation is ongoing or imminent
	AllegationLetter Type = "AL" // the violation has already happened
	OtherLetter      Type = "OL" // a law, bill, policy or practice
)

// Valid reports whether t is UA, AL or OL.
func (t Type) Valid() bool { return t == UrgentAppeal || t == AllegationLetter || t == OtherLetter }

// Label returns the name of the type in lang: "urgent appeal" / "appel urgent" /
// "llamamiento urgente", "allegation letter" / "lettre d'allégation" / "carta de
// transmisión de denuncias", "other letter" / "autre lettre" / "otra carta". It is
// in English for a language other than French and Spanish, and the code itself
// for an unknown type.
func (t Type) Label(lang hrd.Language) string {
	if !t.Valid() {
		return string(t)
	}
	return msgs.Sprintf(string(lang), "type."+string(t))
}

// String returns the code of the type ("UA", "AL", "OL").
func (t Type) String() string { return string(t) }

// NonState is the addressee of a communication sent to a non-State actor (a
// company, an armed group, an intergovernmental organisation), as in
// "AL OTH 74/2022".
const NonState = "OTH"

// Limits of a reference code that [Parse] accepts.
const (
	// MinYear is the earliest year: communications date from the 1980s, when the
	// first thematic mandates began to write to Governments.
	MinYear = 1980
	// MaxYear is the latest year; a later one is taken for a typing error.
	MaxYear = 2099
	// MaxNumber is the largest number: numbers run per addressee and year, and
	// none has come near it.
	MaxNumber = 99999
	// MaxLen is the longest input in bytes, legacy file codes included.
	MaxLen = 512
)

// The sentinels a [*ParseError] wraps, one per part of a code.
var (
	ErrEmpty     = errors.New("empty reference code")
	ErrType      = errors.New("unknown communication type")
	ErrAddressee = errors.New("invalid addressee")
	ErrNumber    = errors.New("invalid number")
	ErrYear      = errors.New("invalid year")
	ErrSyntax    = errors.New("malformed reference code")
)

// ParseError reports a reference code [Parse] cannot read, with the place of the
// problem. errors.Is matches it with the sentinel of the part at fault
// ([ErrEmpty], [ErrType], [ErrAddressee], [ErrNumber], [ErrYear], [ErrSyntax]).
type ParseError struct {
	Input  string // the text given
	Offset int    // byte offset in Input where the problem starts
	Reason string // what is wrong, in English
	Err    error  // the sentinel
}

// Error names the input, the problem and its place.
func (e *ParseError) Error() string {
	in := e.Input
	if len(in) > 64 {
		i := 64
		for i > 0 && !utf8.RuneStart(in[i]) {
			i--
		}
		in = in[:i] + "…"
	}
	return fmt.Sprintf("refcode: %q: %s (at byte %d)", in, e.Reason, e.Offset)
}

// Unwrap returns the sentinel.
func (e *ParseError) Unwrap() error { return e.Err }

// Code is the public reference of a communication, such as "UA KHM 3/2014": its
// type, the addressee and the number of the communication in the addressee's
// year. Codes are comparable values.
type Code struct {
	// Type is UA, AL or OL.
	Type Type
	// Joint is true for a joint letter of several mandates, which the
	// communications database writes JUA, JAL or JOL.
	Joint bool
	// Addressee is the ISO 3166-1 alpha-3 code of the State addressed, or
	// [NonState] ("OTH").
	Addressee string
	// Number is the communication's number among those to the addressee in
	// Year, from 1.
	Number int
	// Year is the year of the communication.
	Year int
	// File holds the internal file codes older letters put before the key, such
	// as "G/SO 214 (53-24)", with its spaces collapsed; empty for a modern code.
	File string
}

// field is a run of non-space text in the input.
type field struct {
	text       string
	start, end int
}

// Parse reads a reference code: <TYPE> <ADDRESSEE> <N>/<YYYY>, such as
// "UA KHM 3/2014", "JAL BHR 13/2011" or "AL OTH 74/2022".
//
// TYPE is UA, AL or OL, with a J in front for a joint letter. ADDRESSEE is a
// current ISO 3166-1 alpha-3 code (validated with [hrd.Country]) or OTH. N is a
// number from 1 to [MaxNumber] without leading zeros, and YYYY a four-digit year
// from [MinYear] to [MaxYear]. Letters and the addressee are read in any case and
// returned in upper case; parts are separated by any run of white space, and
// surrounding white space is ignored.
//
// In older references internal file codes come between the type and the key:
// "UA G/SO 214 (53-24) SAU 5/2014". The last two parts are then the addressee and
// N/YYYY, and the text before them is kept in [Code.File].
//
// Anything else, including text after N/YYYY, is a [*ParseError].
func Parse(s string) (Code, error) {
	fail := func(off int, sentinel error, format string, args ...any) (Code, error) {
		return Code{}, &ParseError{Input: s, Offset: off, Reason: fmt.Sprintf(format, args...), Err: sentinel}
	}
	if len(s) > MaxLen {
		return fail(MaxLen, ErrSyntax, "longer than %d bytes", MaxLen)
	}
	var fields []field
	start := -1
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return fail(i, ErrSyntax, "not valid UTF-8")
			}
		}
		switch {
		case unicode.IsSpace(r):
			if start >= 0 {
				fields = append(fields, field{s[start:i], start, i})
				start = -1
			}
		case unicode.IsControl(r):
			return fail(i, ErrSyntax, "control character %U", r)
		case start < 0:
			start = i
		}
	}
	if start >= 0 {
		fields = append(fields, field{s[start:], start, len(s)})
	}
	if len(fields) == 0 {
		return fail(len(s), ErrEmpty, "no reference code")
	}

	var c Code
	typ := fields[0]
	upper := strings.ToUpper(typ.text)
	if len(upper) == 3 && upper[0] == 'J' {
		c.Joint, upper = true, upper[1:]
	}
	c.Type = Type(upper)
	if !c.Type.Valid() || !isASCII(typ.text) {
		return fail(typ.start, ErrType, "%q is not a communication type: want UA, AL or OL, or JUA, JAL or JOL for a joint letter", short(typ.text))
	}
	if len(fields) < 3 {
		return fail(len(s), ErrSyntax, "incomplete: want <TYPE> <ADDRESSEE> <N>/<YYYY>, such as UA KHM 3/2014")
	}

	last := fields[len(fields)-1]
	n, y, numErr := parseNumberYear(last)
	if numErr != nil {
		// "UA KHM 3/2014 x": name the junk, not the number.
		for i := len(fields) - 2; i >= 2; i-- {
			if _, _, err := parseNumberYear(fields[i]); err == nil {
				return fail(fields[i+1].start, ErrSyntax, "unexpected %q after the number and year", short(fields[i+1].text))
			}
		}
		return Code{}, &ParseError{Input: s, Offset: numErr.off, Reason: numErr.reason, Err: numErr.err}
	}
	c.Number, c.Year = n, y

	addr := fields[len(fields)-2]
	c.Addressee = strings.ToUpper(addr.text)
	if c.Addressee != NonState {
		if len(addr.text) < 2 || len(addr.text) > 3 || !isLetters(addr.text) {
			return fail(addr.start, ErrAddressee, "%q is not an addressee: want an ISO 3166-1 alpha-3 country code or OTH", short(addr.text))
		}
		if err := hrd.Country(c.Addressee).Check(); err != nil {
			hint := "not an assigned alpha-3 code"
			var ce *hrd.CountryError
			if errors.As(err, &ce) && ce.Hint != "" {
				hint = ce.Hint
			}
			return fail(addr.start, ErrAddressee, "%q is not an ISO 3166-1 alpha-3 country code or OTH (%s)", addr.text, hint)
		}
	}

	if len(fields) > 3 {
		parts := make([]string, 0, len(fields)-3)
		for _, f := range fields[1 : len(fields)-2] {
			parts = append(parts, f.text)
		}
		c.File = strings.Join(parts, " ")
	}
	return c, nil
}

// partError is a problem in the N/YYYY part, before it becomes a ParseError.
type partError struct {
	off    int
	reason string
	err    error
}

// parseNumberYear reads N/YYYY.
func parseNumberYear(f field) (number, year int, _ *partError) {
	num, yr, ok := strings.Cut(f.text, "/")
	if !ok {
		return 0, 0, &partError{f.start, fmt.Sprintf("%q is not <N>/<YYYY>, such as 3/2014", short(f.text)), ErrSyntax}
	}
	yearOff := f.start + len(num) + 1
	switch {
	case num == "":
		return 0, 0, &partError{f.start, "no number before the slash", ErrNumber}
	case !isDigits(num):
		return 0, 0, &partError{f.start, fmt.Sprintf("number %q is not written in digits 0-9", short(num)), ErrNumber}
	case num[0] == '0' && len(num) > 1:
		return 0, 0, &partError{f.start, fmt.Sprintf("number %q has a leading zero", short(num)), ErrNumber}
	case num == "0":
		return 0, 0, &partError{f.start, "the number is 0; numbers start at 1", ErrNumber}
	case len(num) > len(strconv.Itoa(MaxNumber)):
		return 0, 0, &partError{f.start, fmt.Sprintf("number %s is more than %d", short(num), MaxNumber), ErrNumber}
	}
	number, _ = strconv.Atoi(num) // at most five digits: it fits
	if len(yr) != 4 || !isDigits(yr) {
		return 0, 0, &partError{yearOff, fmt.Sprintf("year %q is not four digits", short(yr)), ErrYear}
	}
	year, _ = strconv.Atoi(yr)
	if year < MinYear || year > MaxYear {
		return 0, 0, &partError{yearOff, fmt.Sprintf("year %d is outside %d-%d", year, MinYear, MaxYear), ErrYear}
	}
	return number, year, nil
}

// String returns the code in its canonical form: the type in upper case (with
// the J of a joint letter), the file codes of an older reference if any, the
// addressee and N/YYYY, separated by single spaces: "UA KHM 3/2014",
// "JAL BHR 13/2011", "UA G/SO 214 (53-24) SAU 5/2014". For a code returned by
// [Parse], Parse(c.String()) returns c.
func (c Code) String() string {
	if c.File == "" {
		return c.Short()
	}
	return c.typeCode() + " " + c.File + " " + c.Key()
}

// Short returns the code without the file codes of an older reference, as the
// communications database lists it: "UA SAU 5/2014".
func (c Code) Short() string { return c.typeCode() + " " + c.Key() }

// Key returns the addressee and N/YYYY, such as "KHM 3/2014": the part that
// identifies the communication, whatever its type and file codes.
func (c Code) Key() string { return fmt.Sprintf("%s %d/%04d", c.Addressee, c.Number, c.Year) }

// Label returns the name of the code's type in lang, joint or not: "urgent
// appeal", "joint allegation letter", "lettre d'allégation conjointe", …
func (c Code) Label(lang hrd.Language) string {
	if !c.Joint || !c.Type.Valid() {
		return c.Type.Label(lang)
	}
	return msgs.Sprintf(string(lang), "joint."+string(c.Type))
}

// typeCode is the type as the code writes it.
func (c Code) typeCode() string {
	if c.Joint {
		return "J" + string(c.Type)
	}
	return string(c.Type)
}

func isASCII(s string) bool {
	for i := range len(s) {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func isLetters(s string) bool {
	for i := range len(s) {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

func isDigits(s string) bool {
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// short shortens a quoted fragment of the input for a message.
func short(s string) string {
	if len(s) <= 24 {
		return s
	}
	i := 24
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "…"
}
