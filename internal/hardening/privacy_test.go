package hardening

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/openhrd/spcomm/communication"
	"github.com/openhrd/spcomm/communication/render"
	"github.com/openhrd/spcomm/hrd"
)

// freeTextKeys are the members whose values the submitter writes.
var freeTextKeys = map[string]bool{
	"title": true, "name": true, "organization": true, "address": true, "phone": true, "email": true,
	"occupation": true, "activity_description": true, "locality": true, "region": true, "detail": true,
	"description": true, "legal_basis": true, "context": true, "perpetrators_unknown": true,
	"no_action_reason": true, "reason": true, "authority": true, "unit": true,
}

// userTexts returns the free-text values of a document that may not be
// well-formed: decoded as JSON when it can be, and otherwise read with a
// regular expression. Short values are left out (a two-letter word is in any
// message); names are always kept.
func userTexts(data []byte) []string {
	var out []string
	var v any
	if json.Unmarshal(data, &v) == nil {
		var rec func(key string, v any)
		rec = func(key string, v any) {
			switch v := v.(type) {
			case map[string]any:
				for k, x := range v {
					rec(k, x)
				}
			case []any:
				for _, x := range v {
					rec(key, x)
				}
			case string:
				if freeTextKeys[key] && (utf8.RuneCountInString(v) >= 6 || (key == "name" && utf8.RuneCountInString(v) >= 4)) {
					out = append(out, v)
				}
			}
		}
		rec("", v)
		return out
	}
	for _, m := range memberRE.FindAllSubmatch(data, -1) {
		if freeTextKeys[string(m[1])] && utf8.RuneCount(m[2]) >= 6 {
			out = append(out, string(m[2]))
		}
	}
	return out
}

var memberRE = regexp.MustCompile(`"([a-z_]+)"\s*:\s*"([^"\\]*)"`)

// assertNoUserText fails for every user text found in a message.
func assertNoUserText(t *testing.T, name string, msgs messages, texts []string) {
	t.Helper()
	for _, s := range texts {
		if where := msgs.find(s); where != "" {
			t.Errorf("%s: the user's text %q appears in %s", name, s, where)
		}
	}
}

// TestPrivacyCorpusMessages runs every invalid document and every draft through
// decode, the schema (three languages), readiness (three languages) and the CLI
// (validate and check, text and JSON), and fails if a name or any other text the
// submitter wrote appears in a message.
func TestPrivacyCorpusMessages(t *testing.T) {
	files := append(loadDir(t, "invalid"), loadDir(t, "drafts")...)
	for _, f := range files {
		o := runPipeline(t, f.name, f.data, pipelineOptions{cli: true})
		texts := userTexts(f.data)
		assertNoUserText(t, f.name, o.msgs, texts)
	}
}

// marked is a submission whose free-text fields all hold unique markers.
type marked struct {
	name    string
	s       *communication.Submission
	markers []string
}

// markSubmission replaces every free-text field of s by a unique marker such as
// "ZQXNAME7" (an e-mail by "zqxmail3@example.org").
func markSubmission(s *communication.Submission) []string {
	var markers []string
	n := 0
	freeText(s, true, func(path string, p *string) {
		if *p == "" {
			return
		}
		n++
		field := path[strings.LastIndexByte(path, '/')+1:]
		switch field {
		case "email":
			*p = fmt.Sprintf("zqxmail%d@example.org", n)
			markers = append(markers, fmt.Sprintf("zqxmail%d", n))
		case "uri", "sha256", "media_type", "schema_version":
		default:
			m := fmt.Sprintf("ZQX%s%d", strings.ToUpper(strings.ReplaceAll(field, "_", "")), n)
			*p = m
			markers = append(markers, m)
		}
	})
	return markers
}

func markedSubmissions(t *testing.T) []marked {
	t.Helper()
	var out []marked
	for _, f := range loadDir(t, "submissions") {
		s, err := communication.Decode(bytes.NewReader(f.data))
		if err != nil {
			t.Fatalf("%s: %v", f.name, err)
		}
		out = append(out, marked{name: f.name, s: s, markers: markSubmission(s)})
	}
	return out
}

// mutation breaks a marked document.
type mutation struct {
	name string
	edit func(doc map[string]any, m []string) // on the decoded JSON
	text func(data []byte, m []string) []byte // or on the bytes
}

func obj(v any) map[string]any { o, _ := v.(map[string]any); return o }

func first(doc map[string]any, key string) map[string]any {
	a, _ := doc[key].([]any)
	if len(a) == 0 {
		return map[string]any{}
	}
	return obj(a[0])
}

// victimName returns the marker of the first victim's name.
func victimName(doc map[string]any) string { s, _ := first(doc, "victims")["name"].(string); return s }

var mutations = []mutation{
	{name: "unchanged"},
	{name: "name as an array", edit: func(d map[string]any, m []string) { v := first(d, "victims"); v["name"] = []any{v["name"]} }},
	{name: "name as an object", edit: func(d map[string]any, m []string) {
		s := obj(d["submitter"])
		s["name"] = map[string]any{"text": s["name"]}
	}},
	{name: "name as a number key", edit: func(d map[string]any, m []string) { v := first(d, "victims"); v["name"] = 42 }},
	{name: "name in age", edit: func(d map[string]any, m []string) { v := first(d, "victims"); v["age"] = v["name"] }},
	{name: "name in group_size", edit: func(d map[string]any, m []string) { v := first(d, "victims"); v["group_size"] = v["name"] }},
	{name: "name in consent.given", edit: func(d map[string]any, m []string) {
		v := first(d, "victims")
		v["consent"] = map[string]any{"given": v["name"]}
	}},
	{name: "description as a boolean", edit: func(d map[string]any, m []string) { first(d, "violations")["description"] = true }},
	{name: "urgency as text", edit: func(d map[string]any, m []string) { d["urgency"] = victimName(d) }},
	{name: "victims as an object", edit: func(d map[string]any, m []string) { d["victims"] = first(d, "victims") }},
	{name: "unknown field next to the name", edit: func(d map[string]any, m []string) {
		v := first(d, "victims")
		v["nickname"] = v["name"]
		obj(d["submitter"])["alias"] = obj(d["submitter"])["name"]
	}},
	{name: "over-long name and title", edit: func(d map[string]any, m []string) {
		v := first(d, "victims")
		v["name"] = fmt.Sprint(v["name"]) + strings.Repeat(" x", 200)
		d["title"] = fmt.Sprint(d["title"]) + strings.Repeat(" y", 150)
		s := obj(d["submitter"])
		s["name"] = fmt.Sprint(s["name"]) + strings.Repeat(" z", 200)
	}},
	{name: "over-long description", edit: func(d map[string]any, m []string) {
		v := first(d, "violations")
		v["description"] = strings.Repeat(fmt.Sprint(v["description"])+" ", 2500)
	}},
	{name: "bad enums", edit: func(d map[string]any, m []string) {
		first(d, "victims")["kind"] = "not_a_kind"
		first(d, "violations")["type"] = "not_a_type"
		obj(d["submitter"])["relationship"] = "stranger"
	}},
	{name: "empty name", edit: func(d map[string]any, m []string) { first(d, "victims")["name"] = "" }},
	{name: "no victims", edit: func(d map[string]any, m []string) { delete(d, "victims") }},
	{name: "everything at once", edit: func(d map[string]any, m []string) {
		v := first(d, "victims")
		v["nickname"] = v["name"]
		v["age"] = v["name"]
		v["kind"] = "not_a_kind"
		d["title"] = fmt.Sprint(d["title"]) + strings.Repeat(" y", 150)
		first(d, "violations")["description"] = []any{first(d, "violations")["description"]}
	}},
	{name: "duplicate name", text: func(b []byte, m []string) []byte {
		return regexp.MustCompile(`("name": "ZQXNAME\d+",)`).ReplaceAll(b, []byte("$1 $1"))
	}},
	{name: "truncated after a name", text: func(b []byte, m []string) []byte {
		i := bytes.Index(b, []byte(`"ZQXNAME`))
		j := bytes.IndexByte(b[i+1:], '"')
		return b[:i+1+j]
	}},
	{name: "raw line break in a name", text: func(b []byte, m []string) []byte {
		return regexp.MustCompile(`"(ZQXNAME\d+)"`).ReplaceAll(b, []byte("\"$1\n$1\""))
	}},
	{name: "invalid UTF-8 in a name", text: func(b []byte, m []string) []byte {
		return regexp.MustCompile(`"(ZQXNAME\d+)"`).ReplaceAll(b, []byte("\"$1\xff$1\""))
	}},
	{name: "bad escape in a description", text: func(b []byte, m []string) []byte {
		return regexp.MustCompile(`"(ZQXDESCRIPTION\d+)"`).ReplaceAll(b, []byte(`"$1\q$1"`))
	}},
	{name: "trailing comma after a name", text: func(b []byte, m []string) []byte {
		return regexp.MustCompile(`("ZQXNAME\d+")`).ReplaceAll(b, []byte(`$1,}`))
	}},
}

// mutate returns the marked submission broken by mu.
func mutate(t *testing.T, s *communication.Submission, markers []string, mu mutation) []byte {
	t.Helper()
	data, err := communication.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	switch {
	case mu.edit != nil:
		var doc map[string]any
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.UseNumber()
		if err := dec.Decode(&doc); err != nil {
			t.Fatal(err)
		}
		mu.edit(doc, markers)
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(doc); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	case mu.text != nil:
		return mu.text(data, markers)
	}
	return data
}

// TestPrivacyMutatedMessages marks every free-text field of every submission,
// breaks the document in many ways (wrong types, unknown fields beside a name,
// over-long values, bad codes, syntax errors inside a name), and fails if any
// marker appears in a decode error, a schema problem, a readiness finding or the
// CLI's validate and check output, in any language.
func TestPrivacyMutatedMessages(t *testing.T) {
	for _, m := range markedSubmissions(t) {
		for _, mu := range mutations {
			data := mutate(t, m.s, m.markers, mu)
			name := m.name + " / " + mu.name
			// The CLI prints what the library says; under -race it runs on a few
			// mutations only, to keep the test short.
			cli := !testing.Short() && !raceEnabled
			switch mu.name {
			case "everything at once", "name in age", "truncated after a name", "unknown field next to the name":
				cli = true
			}
			o := runPipeline(t, name, data, pipelineOptions{cli: cli})
			if mu.name != "unchanged" && o.decodeErr == nil && len(o.problems[hrd.English]) == 0 {
				t.Errorf("%s: the broken document is valid", name)
			}
			for _, marker := range m.markers {
				if where := o.msgs.find(marker); where != "" {
					t.Errorf("%s: the submitter's text %s appears in %s", name, marker, where)
				}
			}
		}
	}
}

// TestPrivacyTextInCodeFields puts a victim's name where a code, an id or a date
// belongs, as a user filling the wrong field would. The decoder and the schema
// say what is allowed there and never quote such a value back (hrd.ShowValue).
func TestPrivacyTextInCodeFields(t *testing.T) {
	ms := markedSubmissions(t)
	m := ms[0]
	edits := map[string]func(d map[string]any, name string){
		"victim kind":        func(d map[string]any, n string) { first(d, "victims")["kind"] = n },
		"victim id":          func(d map[string]any, n string) { first(d, "victims")["id"] = n },
		"violation date":     func(d map[string]any, n string) { first(d, "violations")["date"] = n },
		"violation victims":  func(d map[string]any, n string) { first(d, "violations")["victims"] = []any{n} },
		"country":            func(d map[string]any, n string) { d["country"] = n },
		"mandates":           func(d map[string]any, n string) { d["mandates"] = []any{n} },
		"submitter relation": func(d map[string]any, n string) { obj(d["submitter"])["relationship"] = n },
		// Not "unknown member key": a key is the place itself, and the pointer names it.
	}
	var leaks []string
	for what, edit := range edits {
		// A name of two words, as names are: no id pattern accepts it.
		data := mutate(t, m.s, m.markers, mutation{edit: func(d map[string]any, _ []string) { edit(d, victimName(d)+" "+victimName(d)) }})
		o := runPipeline(t, what, data, pipelineOptions{cli: true})
		if o.decodeErr == nil && len(o.problems[hrd.English]) == 0 {
			t.Errorf("%s: a name in a code field is valid", what)
		}
		if where := o.msgs.find(victimName(map[string]any{"victims": []any{map[string]any{"name": m.s.Victims[0].Name}}})); where != "" {
			leaks = append(leaks, fmt.Sprintf("%s → %s\n    (in: %s)", what, where, strings.Join(o.msgs.findAll(m.s.Victims[0].Name), "; ")))
		}
	}
	if len(leaks) > 0 {
		t.Errorf("a name written in a code, id or date field is quoted back in messages:\n%s", strings.Join(leaks, "\n"))
	}
}

// TestPrivacyPublicRendering renders the public version of every submission and
// draft in every format and language, and fails if it shows the submitter's name,
// organization, e-mail, telephone or address, or a victim's name beyond what the
// victim's consent allows (full: the name; initials: only the initials; withheld
// or no consent: nothing).
func TestPrivacyPublicRendering(t *testing.T) {
	files := append(loadDir(t, "submissions"), loadDir(t, "drafts")...)
	for _, f := range files {
		s, err := communication.Decode(bytes.NewReader(f.data))
		if err != nil {
			t.Fatalf("%s: %v", f.name, err)
		}
		allowed, forbidden := publicRules(s)
		for _, lang := range langs {
			for _, format := range render.Formats {
				out, err := render.Bytes(s, render.Options{Format: format, Lang: lang, Public: true, Date: fixedDay, Email: testEmail})
				if err != nil {
					t.Errorf("%s %s %s: %v", f.name, format, lang, err)
					continue
				}
				text := visible(format, out)
				for _, a := range allowed {
					text = strings.ReplaceAll(text, a, " \x00 ")
				}
				for _, fb := range forbidden {
					if i := findWord(text, fb.text); i >= 0 {
						lo, hi := max(0, i-60), min(len(text), i+len(fb.text)+60)
						t.Errorf("%s, public %s in %s: %s %q appears: …%s…", f.name, format, lang, fb.what, fb.text, strings.ReplaceAll(text[lo:hi], "\x00", "[allowed]"))
					}
				}
			}
		}
	}
}

type forbiddenText struct{ what, text string }

// publicRules returns the folded texts the public version may show (the full
// names of victims who allowed them) and those it must not.
func publicRules(s *communication.Submission) (allowed []string, forbidden []forbiddenText) {
	for i, v := range s.Victims {
		if v.Name == "" {
			continue
		}
		what := fmt.Sprintf("victim %d (%s consent)", i+1, v.Consent.Public())
		if v.Consent.Public() == hrd.PublicNameFull {
			allowed = append(allowed, fold(v.Name))
			continue
		}
		forbidden = append(forbidden, forbiddenText{what + " name", fold(v.Name)})
		if v.Kind == hrd.VictimIndividual {
			for _, w := range nameParts(v.Name) {
				forbidden = append(forbidden, forbiddenText{what + " name word", w})
			}
		}
	}
	sub := s.Submitter
	// A name that a victim allowed may be the submitter's too (a victim who
	// submits): it stays as the victim's.
	isAllowed := func(x string) bool {
		for _, a := range allowed {
			if a == fold(x) {
				return true
			}
		}
		return false
	}
	for _, c := range []forbiddenText{{"submitter name", sub.Name}, {"submitter organization", sub.Organization}, {"submitter e-mail", sub.Email}, {"submitter phone", sub.Phone}, {"submitter address", sub.Address}} {
		if c.text != "" && !isAllowed(c.text) {
			forbidden = append(forbidden, forbiddenText{c.what, fold(c.text)})
		}
	}
	if sub.Kind != hrd.SubmitterOrganization && !isAllowed(sub.Name) {
		for _, w := range nameParts(sub.Name) {
			forbidden = append(forbidden, forbiddenText{"submitter name word", w})
		}
	}
	return allowed, forbidden
}

// nameParts returns the folded words of a name of three letters or more that are
// not particles: the words the public version promises to take out.
func nameParts(name string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(fold(name), func(r rune) bool { return !isWordRune(r) }) {
		if utf8.RuneCountInString(w) >= 3 && !hrd.IsNameParticle(w) {
			out = append(out, w)
		}
	}
	return out
}

func isWordRune(r rune) bool {
	return r == '\u00AD' || ('0' <= r && r <= '9') || letterOrMark(r)
}

// findWord returns the index of needle in text as whole words, or -1.
func findWord(text, needle string) int {
	for from := 0; ; {
		i := strings.Index(text[from:], needle)
		if i < 0 {
			return -1
		}
		i += from
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[i+len(needle):])
		if (i == 0 || !letterOrMark(before)) && (i+len(needle) == len(text) || !letterOrMark(after)) {
			return i
		}
		from = i + 1
	}
}
