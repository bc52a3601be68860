package hrd

import "strings"

// IsNameParticle reports whether word, in any case, is a particle of personal
// names: a short joining word such as "bin", "de", "van" or "y" that is part of
// a name but identifies no one by itself. The public version of a draft gives
// particles no initial and never takes them out of a text on their own.
func IsNameParticle(word string) bool { return nameParticles[strings.ToLower(word)] }

// nameParticles are the particles of [IsNameParticle], in lower case: Arabic,
// Malay, Romance, Germanic and Dutch joining words, and the conjunctions that
// join double names.
var nameParticles = map[string]bool{
	"a": true, "al": true, "bin": true, "binti": true, "bint": true, "da": true, "das": true, "de": true,
	"del": true, "della": true, "den": true, "der": true, "des": true, "di": true, "do": true, "dos": true,
	"du": true, "e": true, "el": true, "ibn": true, "la": true, "las": true, "le": true, "les": true,
	"los": true, "of": true, "the": true, "van": true, "von": true, "y": true, "zu": true, "and": true,
	"et": true, "und": true,
}
