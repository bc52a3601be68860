package render

import (
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"net/mail"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/openhrd/spcomm/hrd"
)

func TestMessagesComplete(t *testing.T) {
	if missing := msgs.Missing(); len(missing) > 0 {
		t.Errorf("message keys missing in a language:\n%s", strings.Join(missing, "\n"))
	}
}

// TestMessagesUsed checks that every key the code asks for exists, so that no
// draft ever shows a bare key.
func TestMessagesUsed(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	re := regexp.MustCompile(`\b(?:[bc]\.t|Sprintf\(string\(lang\),)\(?"([a-z0-9_.]+)"`)
	n := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(src), -1) {
			n++
			if !msgs.Has(m[1]) {
				t.Errorf("%s: message key %q is not in the catalog", f, m[1])
			}
		}
	}
	if n < 50 {
		t.Errorf("found only %d message keys in the code; the pattern is broken", n)
	}
}

func TestFormatDate(t *testing.T) {
	for _, tc := range []struct {
		lang    hrd.Language
		d       hrd.PartialDate
		want    string
		wantErr bool
	}{
		{hrd.English, "2026-11-23", "23 November 2026", false},
		{hrd.French, "2026-11-23", "23 novembre 2026", false},
		{hrd.Spanish, "2026-11-23", "23 de noviembre de 2026", false},
		{hrd.French, "2026-08-01", "1er août 2026", false},
		{hrd.English, "2024-02", "February 2024", false},
		{hrd.French, "2024-02", "février 2024", false},
		{hrd.Spanish, "2024-02", "febrero de 2024", false},
		{hrd.Spanish, "2024", "2024", false},
		{hrd.English, "", "", false},
		{hrd.English, "2024-13", "", false},
	} {
		if got := partialDate(tc.lang, tc.d); got != tc.want {
			t.Errorf("partialDate(%s, %q) = %q, want %q", tc.lang, tc.d, got, tc.want)
		}
	}
	if got := timeDate(hrd.Spanish, fixedDate); got != "23 de noviembre de 2026" {
		t.Errorf("timeDate = %q", got)
	}
}

func TestInitials(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"Sokha Chan", "S. C."},
		{"María de la Cruz", "M. C."},
		{"Jean-Pierre van Dijk", "J. P. D."},
		{"élodie durand", "É. D."},
		{"e\u0301mile Zola", "E\u0301. Z."},
		{"Nguyễn Thị Minh Khai", "N. T. M. K."},
		{"李 小龍", "李. 小."},
		{"de la", "D. L."},
		{"  ", ""},
	} {
		if got := initials(tc.name); got != tc.want {
			t.Errorf("initials(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestScrub(t *testing.T) {
	sc := &scrubber{}
	sc.addName("Sokha Chan", "S. C.", true)
	sc.addName("José Li", "Victim 2", true)
	sc.keep("Dara Chan")
	sc.add("info@ngo.example", "[submitter]")
	sc.add("+855 12 345 678", "[submitter]")
	sc.finish()
	for _, tc := range []struct{ in, want string }{
		{"Sokha Chan was arrested.", "S. C. was arrested."},
		{"SOKHA CHAN and sokha-chan", "S. C. and S. C."},
		{"Sókha's lawyer", "S. C.'s lawyer"},
		{"Chandra and Chanthy are not Chan.", "Chandra and Chanthy are not S. C.."},
		{"Dara Chan, Sokha's sister", "Dara Chan, S. C.'s sister"},
		{"José was taken; Li is a common surname", "Victim 2 was taken; Li is a common surname"},
		{"jose li", "Victim 2"},
		{"Sokha\n\nChan", "S. C.\n\nS. C."},
		{"write to info@ngo.example or +855 12 345 678", "write to [submitter] or +[submitter]"},
		{"no names here", "no names here"},
		{"", ""},
	} {
		if got := sc.scrub(tc.in); got != tc.want {
			t.Errorf("scrub(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestMarkdownEscape(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain text, 1 2 3.", "plain text, 1 2 3."},
		{"[click](javascript:alert(1))", `\[click\](javascript:alert(1))`},
		{"![x](http://evil.example/x.png)", `!\[x\](http://evil.example/x.png)`},
		{"<script>alert(1)</script>", `\<script\>alert(1)\</script\>`},
		{"<http://evil.example>", `\<http://evil.example\>`},
		{"# Heading", `\# Heading`},
		{"#### deep ####", `\#\#\#\# deep \#\#\#\#`},
		{"*em* **strong** _u_ __s__", `\*em\* \*\*strong\*\* \_u\_ \_\_s\_\_`},
		{"`code` ```fence", "\\`code\\` \\`\\`\\`fence"},
		{"| a | b |", `\| a \| b \|`},
		{"~~strike~~", `\~\~strike\~\~`},
		{"&lt;b&gt; &#x3C;", `\&lt;b\&gt; \&\#x3C;`},
		{`back\slash\`, `back\\slash\\`},
		{"- item", `\- item`},
		{"+ item", `\+ item`},
		{"1. item", `1\. item`},
		{"2024) item", `2024\) item`},
		{"> quote", `\> quote`},
		{"===", `\===`},
		{"---", `\---`},
		{"    indented code", "indented code"},
		{"line\n- item\n1. item\n# h", "line\n\\- item\n1\\. item\n\\# h"},
		{"a - b + c = d 1. e", "a - b + c = d 1. e"},
		{"Nguyễn Thị {{.Title}}", "Nguyễn Thị {{.Title}}"},
	} {
		if got := md(tc.in); got != tc.want {
			t.Errorf("md(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	// inline values need no block-start escapes
	for _, tc := range []struct{ in, want string }{
		{"+855 12 345", "+855 12 345"},
		{"1. a\n1. b", "1. a\n1\\. b"},
		{"- <b>", `- \<b\>`},
	} {
		if got := mdInline(tc.in); got != tc.want {
			t.Errorf("mdInline(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestWrap(t *testing.T) {
	long := strings.Repeat("é", 200)
	for _, tc := range []struct {
		text        string
		width       int
		first, rest string
		want        []string
	}{
		{"a b c", 80, "", "", []string{"a b c"}},
		{"aaa bbb ccc", 7, "", "", []string{"aaa bbb", "ccc"}},
		{"aaa bbb ccc", 7, "- ", "  ", []string{"- aaa", "  bbb", "  ccc"}},
		{"ééé ééé", 3, "", "", []string{"ééé", "ééé"}},
		{"x " + long[:len("é")*10], 6, "", "", []string{"x", "éééééé", "éééé"}},
		{"Label\u00a0: v", 7, "", "", []string{"Label\u00a0:", "v"}},
		{"", 80, "", "", []string{""}},
	} {
		got := wrap(tc.text, tc.width, tc.first, tc.rest)
		if !slices.Equal(got, tc.want) {
			t.Errorf("wrap(%q, %d) = %q, want %q", tc.text, tc.width, got, tc.want)
		}
	}
}

// TestTextWidth checks every line of every text rendering, the hostile ones
// included, against the 80-rune width.
func TestTextWidth(t *testing.T) {
	for _, f := range allFixtures(t) {
		for _, lang := range languages {
			for _, public := range []bool{false, true} {
				got := mustRender(t, f.s, Options{Format: Text, Lang: lang, Public: public})
				for i, line := range strings.Split(got, "\n") {
					if n := utf8.RuneCountInString(line); n > textWidth {
						t.Errorf("%s (%s, public %v) line %d has %d runes: %q", f.name, lang, public, i+1, n, line)
					}
				}
			}
		}
	}
}

// allowedTags are the only elements the HTML page has, with their attributes.
var allowedTags = map[string][]string{
	"!doctype": {"html"}, "html": {"lang"}, "head": nil, "meta": {"charset", "http-equiv", "content", "name"},
	"title": nil, "style": nil, "body": nil, "header": nil, "main": nil, "section": nil,
	"h1": nil, "h2": nil, "h3": nil, "p": {"class"}, "dl": nil, "dt": nil, "dd": nil, "ul": nil, "li": nil,
}

var (
	tagRE  = regexp.MustCompile(`^<(/?)([a-zA-Z!][a-zA-Z0-9]*)((?:\s+[a-zA-Z-]+(?:="[^"<>]*")?)*)\s*>`)
	attrRE = regexp.MustCompile(`([a-zA-Z-]+)(?:="([^"]*)")?`)
)

// checkHTML fails unless every '<' of page starts one of [allowedTags] with allowed
// attributes, there is one style element (ours), and nothing loads or runs.
func checkHTML(t errorer, name, page string) {
	t.Helper()
	lower := strings.ToLower(page)
	for _, bad := range []string{"<script", "<link", "<img", "<iframe", "<svg", "<a ", "<base", "<object", "<meta http-equiv=\"refresh"} {
		if strings.Contains(lower, bad) {
			t.Errorf("%s: the page contains %q", name, bad)
		}
	}
	if n := strings.Count(lower, "<style"); n != 1 {
		t.Errorf("%s: %d style elements, want 1", name, n)
	} else {
		css := lower[strings.Index(lower, "<style>"):strings.Index(lower, "</style>")]
		for _, bad := range []string{"url(", "@import", "expression", "<"} {
			if strings.Contains(css[1:], bad) {
				t.Errorf("%s: the style element contains %q", name, bad)
			}
		}
	}
	for i := strings.IndexByte(page, '<'); i >= 0; {
		m := tagRE.FindStringSubmatch(page[i:])
		if m == nil {
			t.Errorf("%s: a '<' that starts no allowed tag: %.60q", name, page[i:])
			break
		}
		tag := strings.ToLower(m[2])
		allowed, ok := allowedTags[tag]
		if !ok {
			t.Errorf("%s: element %q", name, tag)
		}
		for _, a := range attrRE.FindAllStringSubmatch(m[3], -1) {
			if !slices.Contains(allowed, strings.ToLower(a[1])) {
				t.Errorf("%s: attribute %q on %q", name, a[1], tag)
			}
		}
		next := strings.IndexByte(page[i+1:], '<')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	if !strings.Contains(page, `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`) {
		t.Errorf("%s: no Content-Security-Policy", name)
	}
}

// errorer is the part of testing.T that checkHTML uses.
type errorer interface {
	Helper()
	Errorf(format string, args ...any)
}

// recorder counts the errors reported to it.
type recorder struct{ n int }

func (*recorder) Helper()                 {}
func (r *recorder) Errorf(string, ...any) { r.n++ }

// TestCheckHTML makes sure the HTML check itself catches what it is for.
func TestCheckHTML(t *testing.T) {
	f := loadFixtures(t, hostileDir)[0]
	good := mustRender(t, f.s, Options{Format: HTML})
	var r recorder
	checkHTML(&r, "good", good)
	if r.n != 0 {
		t.Fatalf("the check fails a good page %d times", r.n)
	}
	for _, bad := range []string{
		"<script>alert(1)</script>",
		"<p onclick=\"x()\">",
		"<img src=x>",
		"<a href=\"javascript:x\">x</a>",
		"<p class=\"x\" style=\"background:url(http://e.example/)\">",
		"<style>body{background:url(http://e.example/)}</style>",
		"<svg/onload=x>",
		"<P ONCLICK=x>",
	} {
		var r recorder
		checkHTML(&r, "bad", strings.Replace(good, "<main>", "<main>"+bad, 1))
		if r.n == 0 {
			t.Errorf("the check passes a page with %q", bad)
		}
	}
}

func TestHTMLHostile(t *testing.T) {
	for _, f := range allFixtures(t) {
		for _, lang := range languages {
			for _, public := range []bool{false, true} {
				got := mustRender(t, f.s, Options{Format: HTML, Lang: lang, Public: public})
				checkHTML(t, f.name, got)
				if !strings.Contains(got, `<html lang="`+string(lang)+`">`) {
					t.Errorf("%s: no lang attribute %q", f.name, lang)
				}
			}
		}
	}
	// The hostile text is there, as text.
	f := hostileFixture(t, "markup-everywhere")
	got := mustRender(t, f.s, Options{Format: HTML})
	for _, want := range []string{
		"&lt;script&gt;document.documentElement.setAttribute(&#39;data-pwned&#39;,&#39;context&#39;)&lt;/script&gt;",
		"&lt;a href=&#34;javascript:document.title=&#39;PWNED&#39;&#34;&gt;click context&lt;/a&gt;",
		"javascript:document.title=&#39;PWNED-uri&#39;",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the page does not show %q literally", want)
		}
	}
}

func TestEMLParseBack(t *testing.T) {
	for _, f := range allFixtures(t) {
		for _, lang := range languages {
			opt := Options{Format: EML, Lang: lang, Date: fixedDate, Email: EmailOptions{
				From: "Équipe juridique <legal@ngo.example>",
				To:   []string{"hrc-sr-defenders@un.org", "Working Group <wgad@un.org>"},
				Cc:   []string{"archive@ngo.example"},
			}}
			raw := mustRender(t, f.s, opt)
			for i, line := range strings.Split(raw, "\r\n") {
				if len(line) > 998 || strings.ContainsAny(line, "\r\n") {
					t.Fatalf("%s: line %d is not a proper RFC 5322 line", f.name, i+1)
				}
			}
			msg, err := mail.ReadMessage(strings.NewReader(raw))
			if err != nil {
				t.Fatalf("%s: %v", f.name, err)
			}
			h := msg.Header
			dec := new(mime.WordDecoder)
			subject, err := dec.DecodeHeader(h.Get("Subject"))
			if err != nil {
				t.Fatalf("%s: subject: %v", f.name, err)
			}
			d := build(f.s, opt)
			if subject != d.Subject {
				t.Errorf("%s: subject %q, want %q", f.name, subject, d.Subject)
			}
			urgent := msgs.Sprintf(string(lang), "subject.urgent")
			if (d.Subject != "" && strings.HasPrefix(subject, urgent+" ")) != (analyse(f.s, lang).typ == "UA") {
				t.Errorf("%s: subject %q says URGENT or not against the type", f.name, subject)
			}
			if !strings.Contains(subject, f.s.Country.Name(lang)) {
				t.Errorf("%s: the subject %q does not name the State", f.name, subject)
			}
			for _, sn := range analyse(f.s, lang).shortNames {
				if !strings.Contains(subject, sn) {
					t.Errorf("%s: the subject %q does not name mandate %q", f.name, subject, sn)
				}
			}
			from, _ := h.AddressList("From")
			to, _ := h.AddressList("To")
			cc, _ := h.AddressList("Cc")
			if len(from) != 1 || from[0].Name != "Équipe juridique" || len(to) != 2 || to[1].Address != "wgad@un.org" || len(cc) != 1 {
				t.Errorf("%s: addresses From %v To %v Cc %v", f.name, from, to, cc)
			}
			if date, err := h.Date(); err != nil || !date.Equal(fixedDate) {
				t.Errorf("%s: Date %v, %v", f.name, date, err)
			}
			if id := h.Get("Message-Id"); !strings.HasSuffix(id, "@ngo.example>") {
				t.Errorf("%s: Message-ID %q", f.name, id)
			}
			mt, params, err := mime.ParseMediaType(h.Get("Content-Type"))
			if err != nil || mt != "multipart/alternative" {
				t.Fatalf("%s: Content-Type %q: %v", f.name, h.Get("Content-Type"), err)
			}
			mr := multipart.NewReader(msg.Body, params["boundary"])
			var parts []string
			var types []string
			for {
				p, err := mr.NextPart()
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Fatalf("%s: %v", f.name, err)
				}
				body, err := io.ReadAll(p)
				if err != nil {
					t.Fatal(err)
				}
				types = append(types, p.Header.Get("Content-Type"))
				parts = append(parts, strings.ReplaceAll(string(body), "\r\n", "\n"))
			}
			if !slices.Equal(types, []string{"text/plain; charset=utf-8", "text/html; charset=utf-8"}) {
				t.Fatalf("%s: parts %q", f.name, types)
			}
			opt.Format = Text
			if want := mustRender(t, f.s, opt); parts[0] != want {
				t.Errorf("%s: the text part differs from the text rendering: %s", f.name, firstDiff(want, parts[0]))
			}
			opt.Format = HTML
			if want := mustRender(t, f.s, opt); parts[1] != want {
				t.Errorf("%s: the HTML part differs from the HTML rendering: %s", f.name, firstDiff(want, parts[1]))
			}
		}
	}
}

// TestEMLNoAddresses checks that nothing is guessed: without addresses there is
// no From, To, Cc or Message-ID.
func TestEMLNoAddresses(t *testing.T) {
	f := loadFixtures(t, hostileDir)[0]
	msg, err := mail.ReadMessage(strings.NewReader(mustRender(t, f.s, Options{Format: EML})))
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range []string{"From", "To", "Cc", "Bcc", "Message-Id"} {
		if v := msg.Header.Get(h); v != "" {
			t.Errorf("header %s: %q, want none", h, v)
		}
	}
	if msg.Header.Get("Date") == "" || msg.Header.Get("Subject") == "" {
		t.Error("no Date or Subject")
	}
}

func TestEMLHeaderInjection(t *testing.T) {
	s := *loadFixtures(t, hostileDir)[0].s
	for _, tc := range []struct {
		name    string
		title   string
		email   EmailOptions
		header  string
		control bool
	}{
		{"CRLF in To", "", EmailOptions{To: []string{"a@example.org\r\nBcc: victim@example.org"}}, "To", true},
		{"LF in Cc", "", EmailOptions{Cc: []string{"a@example.org\nBcc: x@example.org"}}, "Cc", true},
		{"CR in From", "", EmailOptions{From: "a@example.org\rX-Evil: 1"}, "From", true},
		{"NUL in To", "", EmailOptions{To: []string{"a@example.org\x00"}}, "To", true},
		{"tab in display name", "", EmailOptions{To: []string{"A\tB <a@example.org>"}}, "To", true},
		{"line separator", "", EmailOptions{To: []string{"A\u2028B <a@example.org>"}}, "To", true},
		{"LF in the title", "Case\r\nBcc: x@example.org", EmailOptions{}, "Subject", true},
		{"not an address", "", EmailOptions{To: []string{"nobody"}}, "To", false},
		{"two addresses in From", "", EmailOptions{From: "a@example.org, b@example.org"}, "From", false},
		{"second To bad", "", EmailOptions{To: []string{"a@example.org", "b@"}}, "To", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := s
			if tc.title != "" {
				s.Title = tc.title
			}
			_, err := Bytes(&s, Options{Format: EML, Email: tc.email})
			var he *HeaderError
			if !errors.As(err, &he) || he.Header != tc.header {
				t.Fatalf("got %v, want a *HeaderError for %s", err, tc.header)
			}
			if errors.Is(err, ErrHeaderControl) != tc.control {
				t.Errorf("errors.Is(ErrHeaderControl) = %v, want %v", !tc.control, tc.control)
			}
			if !strings.Contains(err.Error(), tc.header) || strings.Contains(err.Error(), "Bcc") {
				t.Errorf("the error %q should name the header and not repeat the value", err)
			}
		})
	}
	// The other formats show such a title on one line.
	s.Title = "Case\r\nBcc: x@example.org"
	got := mustRender(t, &s, Options{Format: Text})
	if !strings.Contains(got, "\nCase Bcc: x@example.org\n") {
		t.Errorf("the title is not shown on one line")
	}
}
