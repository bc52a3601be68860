package render

import (
	"html"
	"io"
	"mime"
	"mime/multipart"
	"net/mail"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/openhrd/spcomm/hrd"
)

// words returns the folded words of s, as the scrubber compares them.
func words(s string) []string {
	var out []string
	for _, w := range nameWords(s) {
		out = append(out, fold(w))
	}
	return out
}

// containsPhrase reports whether the words of phrase occur, in order and
// adjacent, among the words of text.
func containsPhrase(text []string, phrase []string) bool {
	if len(phrase) == 0 {
		return false
	}
outer:
	for i := 0; i+len(phrase) <= len(text); i++ {
		for j, w := range phrase {
			if text[i+j] != w {
				continue outer
			}
		}
		return true
	}
	return false
}

// publicTexts renders the public version of f in every format and returns what a
// reader sees of each: the text and Markdown as they are, the HTML unescaped, and
// the e-mail's decoded subject and parts.
func publicTexts(t *testing.T, f fixture, lang hrd.Language) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, format := range Formats {
		got := mustRender(t, f.s, Options{Format: format, Lang: lang, Public: true, Email: goldenEmail})
		switch format {
		case HTML:
			got = html.UnescapeString(got)
		case Markdown:
			got = strings.NewReplacer(`\`, "").Replace(got)
		case EML:
			msg, err := mail.ReadMessage(strings.NewReader(got))
			if err != nil {
				t.Fatal(err)
			}
			subject, _ := new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject"))
			_, params, _ := mime.ParseMediaType(msg.Header.Get("Content-Type"))
			mr := multipart.NewReader(msg.Body, params["boundary"])
			var b strings.Builder
			b.WriteString(subject + "\n")
			for {
				p, err := mr.NextPart()
				if err != nil {
					break
				}
				body, _ := io.ReadAll(p)
				b.WriteString(html.UnescapeString(string(body)))
			}
			got = b.String()
		}
		out[string(format)] = got
	}
	return out
}

// TestPublicRedaction renders the public version of every test submission and
// checks that it names no submitter and no contact detail, and each victim only
// as their consent allows.
func TestPublicRedaction(t *testing.T) {
	for _, f := range allFixtures(t) {
		s := f.s
		// What may appear: the names of victims who allowed their full name.
		allowed := map[string]bool{}
		var allowedNames [][]string
		for _, v := range s.Victims {
			if v.Consent.Public() == hrd.PublicNameFull {
				allowedNames = append(allowedNames, words(v.Name))
				for _, w := range words(v.Name) {
					allowed[w] = true
				}
			}
		}
		isAllowed := func(phrase []string) bool {
			for _, n := range allowedNames {
				if containsPhrase(n, phrase) {
					return true
				}
			}
			return false
		}
		type secret struct {
			what   string
			phrase []string
		}
		var secrets []secret
		sub := s.Submitter
		for what, v := range map[string]string{"submitter name": sub.Name, "submitter organization": sub.Organization, "e-mail": sub.Email, "telephone": sub.Phone, "address": sub.Address} {
			if p := words(v); len(p) > 0 && !isAllowed(p) {
				secrets = append(secrets, secret{what, p})
			}
		}
		for _, v := range s.Victims {
			if v.Consent.Public() == hrd.PublicNameFull {
				continue
			}
			if p := words(v.Name); len(p) > 0 && !isAllowed(p) {
				secrets = append(secrets, secret{"victim name", p})
			}
			if v.Kind != hrd.VictimIndividual {
				continue
			}
			for _, w := range nameWords(v.Name) {
				fw := fold(w)
				if utf8.RuneCountInString(w) >= 3 && !hrd.IsNameParticle(fw) && !allowed[fw] {
					secrets = append(secrets, secret{"part of a victim's name", []string{fw}})
				}
			}
		}
		for _, lang := range languages {
			for format, text := range publicTexts(t, f, lang) {
				tw := words(text)
				for _, sec := range secrets {
					if containsPhrase(tw, sec.phrase) {
						t.Errorf("%s (%s, %s): the public version shows the %s %q", f.name, format, lang, sec.what, strings.Join(sec.phrase, " "))
					}
				}
				if sub.Email != "" && strings.Contains(strings.ToLower(text), strings.ToLower(sub.Email)) {
					t.Errorf("%s (%s, %s): the public version shows the submitter's e-mail", f.name, format, lang)
				}
			}
		}
	}
}

// TestPublicNames checks the three forms of a victim's public name, and that the
// non-public draft names everyone in full.
func TestPublicNames(t *testing.T) {
	s := *hostileFixture(t, "markup-everywhere").s
	s.Victims = []hrd.Victim{
		{ID: "a", Kind: hrd.VictimIndividual, Name: "Sokha Chan", Organization: "Koh Kong Land Network", Location: &hrd.Place{Locality: "Sre Ambel", Region: "Koh Kong"},
			Consent: &hrd.Consent{Given: true, PublicName: hrd.PublicNameInitials}},
		{ID: "b", Kind: hrd.VictimIndividual, Name: "Dara Kim", Organization: "Teachers' Union of Takeo", Location: &hrd.Place{Locality: "Bati", Region: "Takeo", Detail: "near the pagoda"},
			Consent: &hrd.Consent{Given: true, PublicName: hrd.PublicNameWithheld}},
		{ID: "c", Kind: hrd.VictimIndividual, Name: "Vanna Pich", Consent: &hrd.Consent{Given: true, PublicName: hrd.PublicNameFull}},
		{ID: "d", Kind: hrd.VictimIndividual, Name: "Srey Mom"}, // no consent
	}
	s.Violations[0].Victims = []hrd.ID{"a", "b", "c", "d"}
	s.Violations[0].Description = "Police beat Sokha Chan, DARA KIM, Vanna Pich and Srey Mom; Dara was taken to Bati."
	pub := mustRender(t, &s, Options{Format: Text, Lang: hrd.English, Public: true})
	flat := strings.Join(strings.Fields(pub), " ")
	for _, want := range []string{"Victim 1: S. C.\n", "Victim 2\n", "Victim 3: Vanna Pich\n", "Victim 4\n"} {
		if !strings.Contains(pub, want) {
			t.Errorf("the public version lacks the heading %q", want)
		}
	}
	for _, want := range []string{
		"Police beat S. C., Victim 2, Vanna Pich and Victim 4; Victim 2 was taken to Bati.",
		"Organization: Koh Kong Land Network", "Lives or works in: Sre Ambel, Koh Kong, Cambodia",
		"Lives or works in: Takeo, Cambodia",
	} {
		if !strings.Contains(flat, want) {
			t.Errorf("the public version lacks %q", want)
		}
	}
	for _, bad := range []string{"Sokha", "Dara", "Srey", "Teachers' Union", "near the pagoda", "hostile@evil.example", "Submitter's reference"} {
		if strings.Contains(pub, bad) {
			t.Errorf("the public version shows %q", bad)
		}
	}
	full := mustRender(t, &s, Options{Format: Text, Lang: hrd.English})
	for _, want := range []string{"Victim 1: Sokha Chan", "Victim 2: Dara Kim", "Police beat Sokha Chan, DARA KIM", "hostile@evil.example", "Teachers' Union of Takeo"} {
		if !strings.Contains(full, want) {
			t.Errorf("the full draft lacks %q", want)
		}
	}
	// The two consent lines, in each language.
	for _, tc := range []struct {
		lang hrd.Language
		want []string
	}{
		{hrd.English, []string{
			"Consent to the victim's name being shared with the Government: Yes",
			"Consent to the victim's name appearing in the public report: Yes, as initials only",
			"Consent to the victim's name appearing in the public report: No",
			"Consent to the victim's name being shared with the Government: No",
			"Submitter's identity to be kept confidential: Yes",
		}},
		{hrd.French, []string{"Consentement à la communication du nom de la victime au Gouvernement : Oui"}}, // Fields took the no-break space
		{hrd.Spanish, []string{"Consentimiento para que el nombre de la víctima figure en el informe público: Sí, solo con las iniciales"}},
	} {
		got := strings.Join(strings.Fields(mustRender(t, &s, Options{Format: Text, Lang: tc.lang})), " ")
		for _, want := range tc.want {
			if !strings.Contains(got, want) {
				t.Errorf("%s: no line %q", tc.lang, want)
			}
		}
	}
}
