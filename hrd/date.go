package hrd

import (
	"errors"
	"fmt"
	"strconv"
	"time"
)

// PartialDate is a calendar date known to the year, the month or the day:
// "2024", "2024-03" or "2024-03-15" (spec: Conventions, "partial dates"). A
// disappearance may be known only to the month; the format keeps what is known and
// no more.
//
// A PartialDate is a string in the format, so it encodes as itself; decoding (and
// [ParseDate]) checks the form and the real calendar: "2025-02-29" and "2024-13" are
// rejected with a [*DateError]. The zero value is the absent date.
type PartialDate string

// Precision is how much of a [PartialDate] is known.
type Precision int

// The precisions of a partial date.
const (
	PrecisionNone  Precision = iota // the zero date
	PrecisionYear                   // YYYY
	PrecisionMonth                  // YYYY-MM
	PrecisionDay                    // YYYY-MM-DD
)

// ErrDate is the sentinel wrapped by every [DateError].
var ErrDate = errors.New("invalid partial date")

// DateError reports a value that is not a valid partial date.
type DateError struct {
	Value  string // the value given
	Reason string // what is wrong, e.g. "month 13 does not exist"
}

// Error names the value and what is wrong with it.
func (e *DateError) Error() string {
	return fmt.Sprintf("%s is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD: %s", quoteShort(e.Value), e.Reason)
}

// Unwrap returns [ErrDate].
func (e *DateError) Unwrap() error { return ErrDate }

// ParseDate parses s as a partial date, checking the calendar.
func ParseDate(s string) (PartialDate, error) {
	if _, _, _, reason := parseDate(s); reason != "" {
		return "", &DateError{Value: s, Reason: reason}
	}
	return PartialDate(s), nil
}

// DateOf returns the partial date for year, month and day; month 0 leaves out the
// month and day, day 0 the day. It returns an error for a date that does not exist.
func DateOf(year, month, day int) (PartialDate, error) {
	var s string
	switch {
	case month == 0 && day == 0:
		s = fmt.Sprintf("%04d", year)
	case day == 0:
		s = fmt.Sprintf("%04d-%02d", year, month)
	default:
		s = fmt.Sprintf("%04d-%02d-%02d", year, month, day)
	}
	return ParseDate(s)
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// parseDate parses s; reason is empty when s is a valid date, and otherwise says
// what is wrong (the caller makes the error, so that a check allocates nothing).
func parseDate(s string) (y, m, d int, reason string) {
	bad := func(reason string) (int, int, int, string) { return 0, 0, 0, reason }
	switch len(s) {
	case 4, 7, 10:
	default:
		return bad("wrong length")
	}
	if !digits(s[:4]) {
		return bad("the year must be four digits")
	}
	y, _ = strconv.Atoi(s[:4])
	if y == 0 {
		return bad("year 0000 does not exist")
	}
	if len(s) >= 7 {
		if s[4] != '-' || !digits(s[5:7]) {
			return bad("the month must be two digits after a hyphen")
		}
		m, _ = strconv.Atoi(s[5:7])
		if m < 1 || m > 12 {
			return bad(fmt.Sprintf("month %s does not exist", s[5:7]))
		}
	}
	if len(s) == 10 {
		if s[7] != '-' || !digits(s[8:10]) {
			return bad("the day must be two digits after a hyphen")
		}
		d, _ = strconv.Atoi(s[8:10])
		if d < 1 || d > daysIn(y, m) {
			return bad(fmt.Sprintf("day %s does not exist in %s", s[8:10], s[:7]))
		}
	}
	return y, m, d, ""
}

func daysIn(year, month int) int {
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// UnmarshalText sets d from text, or returns a [*DateError].
func (d *PartialDate) UnmarshalText(text []byte) error {
	v, err := ParseDate(string(text))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// IsZero reports whether d is the absent date.
func (d PartialDate) IsZero() bool { return d == "" }

// Valid reports whether d is a valid partial date (the zero date is not).
func (d PartialDate) Valid() bool {
	_, _, _, reason := parseDate(string(d))
	return reason == ""
}

// Precision says how much of d is known; [PrecisionNone] for the zero or an invalid date.
func (d PartialDate) Precision() Precision {
	if !d.Valid() {
		return PrecisionNone
	}
	switch len(d) {
	case 4:
		return PrecisionYear
	case 7:
		return PrecisionMonth
	}
	return PrecisionDay
}

// Parts returns the year, month and day; the unknown parts (and all three of an
// invalid date) are 0.
func (d PartialDate) Parts() (year, month, day int) {
	y, m, dd, reason := parseDate(string(d))
	if reason != "" {
		return 0, 0, 0
	}
	return y, m, dd
}

// Start returns the first day d may stand for (1 January of a year-only date), in UTC;
// the zero time for an invalid date.
func (d PartialDate) Start() time.Time {
	y, m, dd := d.Parts()
	if y == 0 {
		return time.Time{}
	}
	return time.Date(y, time.Month(max(m, 1)), max(dd, 1), 0, 0, 0, 0, time.UTC)
}

// End returns the last day d may stand for (31 December of a year-only date), in UTC;
// the zero time for an invalid date.
func (d PartialDate) End() time.Time {
	y, m, dd := d.Parts()
	switch {
	case y == 0:
		return time.Time{}
	case m == 0:
		return time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC)
	case dd == 0:
		return time.Date(y, time.Month(m), daysIn(y, m), 0, 0, 0, 0, time.UTC)
	}
	return d.Start()
}

// Compare orders partial dates by their first possible day, and a less precise date
// before a more precise one with the same start: "2024" < "2024-01" < "2024-01-01" <
// "2024-02". It returns -1, 0 or +1.
func (d PartialDate) Compare(other PartialDate) int {
	if c := d.Start().Compare(other.Start()); c != 0 {
		return c
	}
	return int(d.Precision()) - int(other.Precision())
}

// Before reports whether d certainly lies before other: the last day d may stand for
// is earlier than the first day other may stand for. "2024" is not before "2024-06".
func (d PartialDate) Before(other PartialDate) bool {
	return d.Valid() && other.Valid() && d.End().Before(other.Start())
}

// String returns the date as written in the format.
func (d PartialDate) String() string { return string(d) }
