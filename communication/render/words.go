package render

import (
	"strconv"
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
	y := strconv.Itoa(year)
	if month < 1 || month > 12 {
		return y
	}
	names, ok := months[lang]
	if !ok {
		names = months[hrd.English]
	}
	m := names[month-1]
	switch lang {
	case hrd.French:
		if day == 0 {
			return m + " " + y
		}
		if day == 1 {
			return "1er " + m + " " + y
		}
		return strconv.Itoa(day) + " " + m + " " + y
	case hrd.Spanish:
		if day == 0 {
			return m + " de " + y
		}
		return strconv.Itoa(day) + " de " + m + " de " + y
	}
	if day == 0 {
		return m + " " + y
	}
	return strconv.Itoa(day) + " " + m + " " + y
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
	return isolateBidi(b.String())
}

// isBidiControl reports whether r opens or closes a bidirectional embedding,
// override or isolate (U+202A to U+202E, U+2066 to U+2069).
func isBidiControl(r rune) bool {
	return r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069
}

// isolateBidi keeps the bidirectional controls of user text inside that text:
// every line that holds one is closed (a PDF for each open embedding or override,
// a PDI for each open isolate) and wrapped in a first-strong isolate (U+2068 …
// U+2069). An override a user opened can then never reverse the fixed text that
// follows it on the line, in any format, the e-mail Subject included.
func isolateBidi(s string) string {
	if !strings.ContainsFunc(s, isBidiControl) {
		return s
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if !strings.ContainsFunc(l, isBidiControl) {
			continue
		}
		var open []rune // the closer each open control needs, innermost last
		for _, r := range l {
			switch r {
			case 0x202A, 0x202B, 0x202D, 0x202E:
				open = append(open, 0x202C)
			case 0x2066, 0x2067, 0x2068:
				open = append(open, 0x2069)
			case 0x202C:
				if n := len(open); n > 0 && open[n-1] == 0x202C {
					open = open[:n-1]
				}
			case 0x2069: // closes the innermost isolate and what it holds
				for j := len(open) - 1; j >= 0; j-- {
					if open[j] == 0x2069 {
						open = open[:j]
						break
					}
				}
			}
		}
		var b strings.Builder
		b.WriteRune(0x2068)
		b.WriteString(l)
		for j := len(open) - 1; j >= 0; j-- {
			b.WriteRune(open[j])
		}
		b.WriteRune(0x2069)
		lines[i] = b.String()
	}
	return strings.Join(lines, "\n")
}

func isClean(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return isCleanRunes(s[i:])
		}
		if (c < ' ' && c != '\n') || c == 0x7f {
			return false
		}
	}
	return true
}

// isCleanRunes is [isClean] for text that is not ASCII.
func isCleanRunes(s string) bool {
	for _, r := range s {
		if r == utf8.RuneError || (r != '\n' && unicode.IsControl(r)) || r == '\u2028' || r == '\u2029' || isBidiControl(r) {
			return false
		}
	}
	return true
}

// oneLine is clean, with every run of white space (line breaks included) made one
// space and the ends trimmed: the form of a value in a field, a list item or a
// heading. Text that already has that form, as most values do, is returned as it
// is, without a copy.
func oneLine(s string) string {
	s = clean(s)
	if isOneLine(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if sp, n := spaceAt(s, i); sp {
			i += n
			continue
		}
		end := wordEnd(s, i)
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s[i:end])
		i = end
	}
	return b.String()
}

// asciiSpace marks the ASCII bytes [unicode.IsSpace] accepts.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// spaceAt reports whether the rune at s[i] is white space ([unicode.IsSpace],
// as [strings.Fields] splits at), and its length in bytes.
func spaceAt(s string, i int) (bool, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return asciiSpace[c], 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r), n
}

// wordEnd returns the end of the word that starts at s[i]: the offset of the
// next white space, or len(s).
func wordEnd(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if asciiSpace[c] {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}

// isOneLine reports whether the clean text s is already as [oneLine] makes it:
// no white space but single ASCII spaces between words.
func isOneLine(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += n - 1
			continue
		}
		if asciiSpace[c] && (c != ' ' || s[i+1] == ' ') {
			return false
		}
	}
	return true
}

// paragraphs splits free text into paragraphs at blank lines, each made one line
// as [oneLine] does (a single line break inside a paragraph is a space, as in
// Markdown). The paragraphs share one string.
func paragraphs(s string) []string {
	s = clean(s)
	if ps, ok := plainParagraphs(s); ok {
		return ps
	}
	var b strings.Builder
	b.Grow(len(s))
	var ends []int // where each paragraph ends in b
	start := 0     // where the current paragraph starts in b
	blank := true  // the current line has no word yet
	for i := 0; i < len(s); {
		if s[i] == '\n' {
			if blank && b.Len() > start {
				ends = append(ends, b.Len())
				start = b.Len()
			}
			blank = true
			i++
			continue
		}
		if sp, n := spaceAt(s, i); sp {
			i += n
			continue
		}
		end := wordEnd(s, i)
		if b.Len() > start {
			b.WriteByte(' ')
		}
		b.WriteString(s[i:end])
		blank = false
		i = end
	}
	if b.Len() > start {
		ends = append(ends, b.Len())
	}
	all := b.String()
	out := make([]string, len(ends))
	start = 0
	for i, end := range ends {
		out[i] = all[start:end]
		start = end
	}
	return out
}

// plainParagraphs is the common case of [paragraphs]: text whose paragraphs
// are already one line each, separated by one blank line. It returns them as
// parts of s, and false for any other text.
func plainParagraphs(s string) ([]string, bool) {
	if s == "" {
		return nil, true
	}
	out := make([]string, 0, strings.Count(s, "\n\n")+1)
	for {
		p, rest, more := strings.Cut(s, "\n\n")
		if p == "" || !isOneLine(p) {
			return nil, false
		}
		out = append(out, p)
		if !more {
			return out, true
		}
		s = rest
	}
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

// nameWords splits a name into its words: the runs of letters, digits, marks and
// invisible format characters (see inWord).
func nameWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !inWord(r) })
}

// initials returns the initials of a name, rune by rune: "Sokha Chan" gives
// "S. C.", "María de la Cruz" gives "M. C.", "Jean-Pierre Dupont" gives
// "J. P. D.". Particles get no initial; a name of particles only falls back to
// all its words.
func initials(name string) string {
	words := nameWords(name)
	var parts []string
	for _, w := range words {
		if hrd.IsNameParticle(w) {
			continue
		}
		if in := initial(w); in != "" {
			parts = append(parts, in)
		}
	}
	if len(parts) == 0 {
		for _, w := range words {
			if in := initial(w); in != "" {
				parts = append(parts, in)
			}
		}
	}
	return strings.Join(parts, " ")
}

// initial is the first letter of a word, with any combining marks that follow it,
// in upper case, and a full stop.
func initial(w string) string {
	// Invisible format characters (zero-width, bidirectional controls) are part of
	// a name's words but never its initial.
	w = strings.TrimLeftFunc(w, func(r rune) bool { return unicode.Is(unicode.Cf, r) })
	if w == "" {
		return ""
	}
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
