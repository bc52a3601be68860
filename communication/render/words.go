package render

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/openhrd/spcomm/hrd"
)

// months are the month names in the three languages of the format; x/text does not
// format dates, and these are all a draft needs.
var months = map[hrd.Language][12]string{
	hrd.English: {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
	hrd.French:  {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
	hrd.Spanish: {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
}

// formatDate writes a day, a month or a year in lang: "23 November 2026",
// "1er novembre 2026", "23 de noviembre de 2026"; month 0 leaves out the month and
// day, day 0 the day.
func formatDate(lang hrd.Language, year, month, day int) string {
	if month < 1 || month > 12 {
		return fmt.Sprintf("%d", year)
	}
	names, ok := months[lang]
	if !ok {
		names = months[hrd.English]
	}
	m := names[month-1]
	switch lang {
	case hrd.French:
		if day == 0 {
			return fmt.Sprintf("%s %d", m, year)
		}
		if day == 1 {
			return fmt.Sprintf("1er %s %d", m, year)
		}
		return fmt.Sprintf("%d %s %d", day, m, year)
	case hrd.Spanish:
		if day == 0 {
			return fmt.Sprintf("%s de %d", m, year)
		}
		return fmt.Sprintf("%d de %s de %d", day, m, year)
	}
	if day == 0 {
		return fmt.Sprintf("%s %d", m, year)
	}
	return fmt.Sprintf("%d %s %d", day, m, year)
}

// partialDate writes d at its precision, or "" for the zero or an invalid date.
func partialDate(lang hrd.Language, d hrd.PartialDate) string {
	y, m, dd := d.Parts()
	if y == 0 {
		return ""
	}
	return formatDate(lang, y, m, dd)
}

// timeDate writes the calendar day of t.
func timeDate(lang hrd.Language, t time.Time) string {
	return formatDate(lang, t.Year(), int(t.Month()), t.Day())
}

// clean removes control characters from user text (keeping line breaks, and
// turning tabs into spaces) and invalid UTF-8, so that no writer ever has to
// think about them.
func clean(s string) string {
	if isClean(s) {
		return s
	}
	var b strings.Builder
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch {
		case r == '\n':
			b.WriteRune(r)
		case r == '\t':
			b.WriteByte(' ')
		case r == '\r':
			// a CR LF pair keeps its LF; a lone CR is dropped
		case unicode.IsControl(r), r == '\u2028', r == '\u2029':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isClean(s string) bool {
	for _, r := range s {
		if r == utf8.RuneError || (r != '\n' && unicode.IsControl(r)) || r == '\u2028' || r == '\u2029' {
			return false
		}
	}
	return true
}

// oneLine is clean, with every run of white space (line breaks included) made one
// space and the ends trimmed: the form of a value in a field, a list item or a
// heading.
func oneLine(s string) string {
	return strings.Join(strings.Fields(clean(s)), " ")
}

// paragraphs splits free text into paragraphs at blank lines, each made one line
// as [oneLine] does (a single line break inside a paragraph is a space, as in
// Markdown).
func paragraphs(s string) []string {
	s = clean(s)
	var out []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.Join(cur, " "))
			cur = nil
		}
	}
	for line := range strings.SplitSeq(s, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 {
			flush()
			continue
		}
		cur = append(cur, f...)
	}
	flush()
	return out
}

// capFirst puts the first letter of s in upper case, for a vocabulary label that
// begins a line.
func capFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToTitle(r)) + s[n:]
}

// particles are the short words of names that are not name parts of their own:
// they get no initial and are never scrubbed from text by themselves.
var particles = map[string]bool{
	"a": true, "al": true, "bin": true, "binti": true, "bint": true, "da": true, "das": true, "de": true,
	"del": true, "della": true, "den": true, "der": true, "des": true, "di": true, "do": true, "dos": true,
	"du": true, "e": true, "el": true, "ibn": true, "la": true, "las": true, "le": true, "les": true,
	"los": true, "of": true, "the": true, "van": true, "von": true, "y": true, "zu": true, "and": true,
	"et": true, "und": true,
}

// nameWords splits a name into its words: the runs of letters, digits and marks.
func nameWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
	})
}

// initials returns the initials of a name, rune by rune: "Sokha Chan" gives
// "S. C.", "María de la Cruz" gives "M. C.", "Jean-Pierre Dupont" gives
// "J. P. D.". Particles get no initial; a name of particles only falls back to
// all its words.
func initials(name string) string {
	words := nameWords(name)
	var parts []string
	for _, w := range words {
		if particles[strings.ToLower(w)] {
			continue
		}
		parts = append(parts, initial(w))
	}
	if len(parts) == 0 {
		for _, w := range words {
			parts = append(parts, initial(w))
		}
	}
	return strings.Join(parts, " ")
}

// initial is the first letter of a word, with any combining marks that follow it,
// in upper case, and a full stop.
func initial(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	var b strings.Builder
	b.WriteRune(unicode.ToUpper(r))
	for _, m := range w[n:] {
		if !unicode.IsMark(m) {
			break
		}
		b.WriteRune(m)
	}
	b.WriteByte('.')
	return b.String()
}
