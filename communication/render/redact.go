package render

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/openhrd/spcomm/hrd"
	"golang.org/x/text/unicode/norm"
)

// scrubber replaces names and contact details in free text, for the public
// version. Text is compared word by word (runs of letters, digits and marks),
// ignoring case and accents, so "SOKHA CHAN", "Sokha-Chan" and "Sókha Chan" all
// match the name "Sokha Chan"; a word is never matched inside a longer word.
type scrubber struct {
	rules []scrubRule
	first map[string][]int // rules by their first word, longest first
}

// scrubRule replaces the words of a phrase, in order, with repl.
type scrubRule struct {
	words []string // folded
	repl  string
}

// add adds a rule replacing phrase with repl; a phrase with no word is ignored.
func (sc *scrubber) add(phrase, repl string) {
	var words []string
	for _, w := range nameWords(phrase) {
		words = append(words, fold(w))
	}
	if len(words) == 0 {
		return
	}
	sc.rules = append(sc.rules, scrubRule{words, repl})
}

// addName adds the full name, and then each of its words that could identify the
// person by itself: words of three letters or more that are not particles such as
// "de" or "van". Shorter words ("Li", "Ng", "Le") are left, because as words of
// their own they also stand for common words of the three languages; the full
// name is always matched.
func (sc *scrubber) addName(name, repl string, parts bool) {
	sc.add(name, repl)
	if !parts {
		return
	}
	for _, w := range nameWords(name) {
		if utf8.RuneCountInString(w) >= 3 && !hrd.IsNameParticle(w) {
			sc.add(w, repl)
		}
	}
}

// keep adds a rule that keeps a phrase as it is: the name of a victim who allowed
// the full name protects it from the rules for another victim with whom it shares
// a surname.
func (sc *scrubber) keep(name string) { sc.add(name, "\x00") }

// finish orders the rules longest first, so that a full name is matched before its
// parts; a stable sort keeps the order of addition among equals.
func (sc *scrubber) finish() {
	slices.SortStableFunc(sc.rules, func(a, b scrubRule) int { return len(b.words) - len(a.words) })
	sc.first = map[string][]int{}
	for i, r := range sc.rules {
		sc.first[r.words[0]] = append(sc.first[r.words[0]], i)
	}
}

// span is one word of a text, by byte offsets, with its folded form.
type span struct {
	start, end int
	folded     string
}

// scrub returns s with every phrase of the rules replaced.
func (sc *scrubber) scrub(s string) string {
	if sc == nil || len(sc.first) == 0 || s == "" {
		return s
	}
	var words []span
	start := -1
	for i, r := range s {
		in := inWord(r)
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			words = append(words, span{start, i, fold(s[start:i])})
			start = -1
		}
	}
	if start >= 0 {
		words = append(words, span{start, len(s), fold(s[start:])})
	}
	var b strings.Builder
	last := 0
	for i := 0; i < len(words); {
		n, repl := sc.match(s, words[i:])
		if n == 0 {
			i++
			continue
		}
		if repl != "\x00" {
			b.WriteString(s[last:words[i].start])
			b.WriteString(repl)
			last = words[i+n-1].end
		}
		i += n
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// match returns the number of words of the first rule that matches at the start of
// words, and its replacement; 0 when none does. Between two words of a phrase
// there may be at most three characters and no line break, so that a phrase is
// not matched across sentences or paragraphs.
func (sc *scrubber) match(s string, words []span) (int, string) {
rules:
	for _, i := range sc.first[words[0].folded] {
		r := sc.rules[i]
		if len(r.words) > len(words) {
			continue
		}
		for j, w := range r.words {
			if words[j].folded != w {
				continue rules
			}
			if j > 0 {
				gap := s[words[j-1].end:words[j].start]
				if utf8.RuneCountInString(gap) > 3 || strings.ContainsAny(gap, "\n") {
					continue rules
				}
			}
		}
		return len(r.words), r.repl
	}
	return 0, ""
}

// inWord reports whether r belongs to a word when names are compared: letters,
// digits, marks, and the invisible format characters (zero-width space and
// joiners, word joiner, byte-order mark, soft hyphen, bidirectional controls),
// so that "So\u200bkha" is the one word "Sokha" and not two.
func inWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || unicode.Is(unicode.Cf, r)
}

// fold returns w in lower case without accents and without format characters, for
// comparing names.
func fold(w string) string {
	w = norm.NFD.String(w)
	var b strings.Builder
	for _, r := range w {
		if unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Cf, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
