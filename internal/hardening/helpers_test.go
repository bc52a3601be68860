package hardening

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"html"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"net/textproto"
	"reflect"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/openhrd/spcomm/communication"
	"github.com/openhrd/spcomm/communication/render"
	"github.com/openhrd/spcomm/hrd"
	"github.com/openhrd/spcomm/internal/cli"
	"github.com/openhrd/spcomm/internal/fixtures"
	"github.com/openhrd/spcomm/schema"
	"golang.org/x/text/unicode/norm"
)

// root is the repository root, relative to this package.
const root = "../.."

// fixedDay is the "today" of every readiness check and rendering, so that results
// do not depend on the clock.
var fixedDay = time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)

var langs = []hrd.Language{hrd.English, hrd.French, hrd.Spanish}

// testEmail are the addresses of every EML rendering.
var testEmail = render.EmailOptions{From: "Case Desk <desk@example.org>", To: []string{"hrd@example.org"}}

// fixture is one testdata file.
type fixture struct {
	name string // e.g. "submissions/khm-land-activists-detained.json"
	data []byte
}

// loadDir returns the *.json files of testdata/dir, sorted.
func loadDir(t testing.TB, dir string) []fixture {
	t.Helper()
	var out []fixture
	for _, f := range fixtures.Load(t, dir) {
		out = append(out, fixture{name: f.Name, data: f.Data})
	}
	return out
}

// cost is what one piece of work took.
type cost struct {
	wall  time.Duration
	alloc uint64 // bytes allocated (TotalAlloc delta)
	heap  int64  // HeapInuse after minus before, after a GC
}

// measure runs f and returns its wall time and the memory it allocated. It must
// not run in parallel with other tests that allocate a lot.
func measure(f func()) cost {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	f()
	wall := time.Since(start)
	runtime.ReadMemStats(&after)
	alloc := after.TotalAlloc - before.TotalAlloc
	runtime.GC()
	runtime.ReadMemStats(&after)
	return cost{wall: wall, alloc: alloc, heap: int64(after.HeapInuse) - int64(before.HeapInuse)}
}

func (c cost) String() string {
	return fmt.Sprintf("%v, %.1f MB allocated, heap %+.1f MB", c.wall.Round(time.Millisecond), float64(c.alloc)/1e6, float64(c.heap)/1e6)
}

// noPanic runs f and turns a panic into a test failure naming what panicked.
func noPanic(t testing.TB, what string, f func()) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("%s panicked: %v", what, r)
		}
	}()
	f()
}

// messages are all the texts a stage produced for the user, by where they came from.
type messages []string

func (m *messages) add(where, text string) { *m = append(*m, where+"\x00"+text) }

// find returns the first message that contains needle (case-insensitive), as
// "where: text", or "".
func (m messages) find(needle string) string {
	n := strings.ToLower(needle)
	for _, s := range m {
		where, text, _ := strings.Cut(s, "\x00")
		if strings.Contains(strings.ToLower(text), n) {
			return where + ": " + text
		}
	}
	return ""
}

// findAll returns where needle appears (case-insensitive): the distinct stages.
func (m messages) findAll(needle string) []string {
	n := strings.ToLower(needle)
	var out []string
	seen := map[string]bool{}
	for _, s := range m {
		where, text, _ := strings.Cut(s, "\x00")
		stage, _, _ := strings.Cut(where, " /")
		if strings.Contains(strings.ToLower(text), n) && !seen[stage] {
			seen[stage] = true
			out = append(out, stage)
		}
	}
	return out
}

// outcome is what the pipeline made of one document.
type outcome struct {
	decoded    *communication.Submission
	decodeErr  error
	problems   map[hrd.Language][]schema.Problem
	reports    map[hrd.Language]*communication.Report
	renders    map[string][]byte // "format/lang/public" → output
	renderErrs map[string]error
	msgs       messages // every error, problem, finding, and CLI stdout/stderr of validate and check
}

// pipelineOptions say which stages [runPipeline] runs.
type pipelineOptions struct {
	decoder     communication.Decoder
	schemaOpt   schema.Options // Lang is set per language
	render      bool           // render every format, language and public/full
	renderLangs []hrd.Language // languages to render in; nil means the document's own
	cli         bool           // run the CLI's validate, check and render
}

// runPipeline runs data through every stage: decode, schema validation (three
// languages), readiness (three languages), rendering, and the CLI. It fails the
// test on a panic, and on nothing else: callers assert what they expect.
func runPipeline(t testing.TB, name string, data []byte, opt pipelineOptions) *outcome {
	t.Helper()
	o := &outcome{
		problems:   map[hrd.Language][]schema.Problem{},
		reports:    map[hrd.Language]*communication.Report{},
		renders:    map[string][]byte{},
		renderErrs: map[string]error{},
	}
	noPanic(t, name+": decode", func() {
		d := opt.decoder
		o.decoded, o.decodeErr = d.Decode(bytes.NewReader(data))
		if o.decodeErr != nil {
			o.msgs.add("decode", o.decodeErr.Error())
			o.msgs.add("decode", fmt.Sprintf("%+v", o.decodeErr))
		}
	})
	for _, lang := range langs {
		noPanic(t, name+": schema "+string(lang), func() {
			so := opt.schemaOpt
			so.Lang = lang
			res := schema.Validate(data, so)
			o.problems[lang] = res.Problems
			for _, p := range res.Problems {
				o.msgs.add("schema/"+string(lang)+" "+p.Pointer, p.Message)
				o.msgs.add("schema/"+string(lang)+" "+p.Pointer, p.String())
			}
			if err := res.Err(); err != nil {
				o.msgs.add("schema/"+string(lang)+" Err", err.Error())
			}
		})
		if o.decoded == nil {
			continue
		}
		noPanic(t, name+": check "+string(lang), func() {
			r := communication.Check(o.decoded, communication.CheckOptions{Today: fixedDay, Lang: lang})
			o.reports[lang] = r
			for _, f := range r.All() {
				o.msgs.add("check/"+string(lang)+" "+f.Code+" "+f.Pointer, f.Message)
			}
			o.msgs.add("check/"+string(lang)+" summary", r.Summary(lang))
		})
	}
	if opt.render && o.decoded != nil {
		rl := opt.renderLangs
		if rl == nil {
			rl = []hrd.Language{""}
		}
		for _, lang := range rl {
			for _, public := range []bool{false, true} {
				for _, f := range render.Formats {
					key := fmt.Sprintf("%s/%s/%v", f, lang, public)
					noPanic(t, name+": render "+key, func() {
						out, err := render.Bytes(o.decoded, render.Options{Format: f, Lang: lang, Public: public, Date: fixedDay, Email: testEmail})
						if err != nil {
							o.renderErrs[key] = err
							o.msgs.add("render "+key, err.Error())
							return
						}
						o.renders[key] = out
					})
				}
			}
		}
	}
	if opt.cli {
		for _, args := range [][]string{
			{"validate", "-"}, {"validate", "-json", "-"}, {"validate", "-lang", "fr", "-"}, {"validate", "-lang", "es", "-json", "-"},
			{"check", "-"}, {"check", "-json", "-"}, {"check", "-lang", "fr", "-"}, {"check", "-lang", "es", "-json", "-"},
		} {
			code, stdout, stderr := runCLI(t, data, args...)
			where := "cli " + strings.Join(args, " ")
			o.msgs.add(where+" stdout", stdout)
			o.msgs.add(where+" stderr", stderr)
			_ = code
		}
		for _, f := range render.Formats {
			args := []string{"render", "-format", string(f), "-date", "2026-11-23", "-"}
			_, _, stderr := runCLI(t, data, args...)
			o.msgs.add("cli "+strings.Join(args, " ")+" stderr", stderr)
		}
	}
	return o
}

// runCLI runs the CLI in-process with data on standard input.
func runCLI(t testing.TB, data []byte, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := -1
	noPanic(t, "cli "+strings.Join(args, " "), func() {
		code = cli.Run(context.Background(), args, bytes.NewReader(data), &stdout, &stderr)
	})
	return code, stdout.String(), stderr.String()
}

// decodeErrCode returns the Code of a *communication.DecodeError, or "".
func decodeErrCode(err error) string {
	var de *communication.DecodeError
	if errors.As(err, &de) {
		return de.Code
	}
	return ""
}

// problemCodes returns the distinct codes of problems, sorted.
func problemCodes(ps []schema.Problem) []string {
	seen := map[string]bool{}
	var out []string
	for _, p := range ps {
		if !seen[p.Code] {
			seen[p.Code] = true
			out = append(out, p.Code)
		}
	}
	sort.Strings(out)
	return out
}

// ---- inert output ----

// allowedTags are the elements the HTML template writes; any other element in a
// rendering came from the submission.
var allowedTags = map[string]bool{
	"!doctype": true, "html": true, "head": true, "meta": true, "title": true, "style": true, "body": true,
	"header": true, "h1": true, "h2": true, "h3": true, "p": true, "dl": true, "dt": true, "dd": true,
	"main": true, "section": true, "ul": true, "li": true, "bdi": true, "span": true,
}

var (
	tagRE      = regexp.MustCompile(`<(/?)([!a-zA-Z][a-zA-Z0-9-]*)([^<>]*)>`)
	onAttrRE   = regexp.MustCompile(`(?i)(^|[\s"'/])on[a-z]+\s*=`)
	jsURLRE    = regexp.MustCompile(`(?i)(href|src|action|formaction|xlink:href)\s*=\s*["']?\s*(javascript|data|vbscript):`)
	anyURLAttr = regexp.MustCompile(`(?i)\s(href|src)\s*=`)
)

// checkInertHTML reports why an HTML rendering is not inert, or "".
func checkInertHTML(out []byte) string {
	s := string(out)
	if strings.Contains(strings.ToLower(s), "<script") {
		return "holds <script"
	}
	for _, m := range tagRE.FindAllStringSubmatch(s, -1) {
		name := strings.ToLower(m[2])
		if !allowedTags[name] {
			return fmt.Sprintf("holds an element the template does not write: %q", m[0])
		}
		attrs := m[3]
		if name == "style" || name == "!doctype" {
			continue
		}
		if onAttrRE.MatchString(attrs) {
			return fmt.Sprintf("holds an event handler attribute: %q", m[0])
		}
		if jsURLRE.MatchString(attrs) {
			return fmt.Sprintf("holds a javascript: URL: %q", m[0])
		}
		if anyURLAttr.MatchString(attrs) {
			return fmt.Sprintf("holds a link or resource: %q", m[0])
		}
	}
	// The only style element is the template's.
	if strings.Count(strings.ToLower(s), "<style") > 1 {
		return "holds a second style element"
	}
	return ""
}

// checkInertMarkdown reports why a Markdown rendering could show user text as
// markup, or "": every '<', '[', ']', '`' and '!' before '[' must be escaped.
// The writer itself uses none of them.
func checkInertMarkdown(out []byte) string {
	s := string(out)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\\' {
			i++ // an escaped character
			continue
		}
		switch c {
		case '<', '[', ']', '`':
			lo := max(0, i-30)
			hi := min(len(s), i+30)
			return fmt.Sprintf("unescaped %q at byte %d: %q", c, i, s[lo:hi])
		}
	}
	return ""
}

// checkInertText reports a control character other than a line break (an ANSI
// escape sequence, a NUL, a carriage return) in a text rendering, or "".
func checkInertText(out []byte) string {
	for i, r := range string(out) {
		if r == '\n' {
			continue
		}
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			return fmt.Sprintf("control character %U at byte %d", r, i)
		}
	}
	return ""
}

// emlParts parses an EML rendering: its header, and its decoded text and HTML
// parts.
func emlParts(out []byte) (mail.Header, []byte, []byte, error) {
	msg, err := mail.ReadMessage(bytes.NewReader(out))
	if err != nil {
		return nil, nil, nil, err
	}
	_, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if err != nil {
		return nil, nil, nil, err
	}
	mr := multipart.NewReader(msg.Body, params["boundary"])
	var text, htm []byte
	for {
		p, err := mr.NextRawPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, nil, nil, err
		}
		body, err := io.ReadAll(quotedprintable.NewReader(p))
		if err != nil {
			return nil, nil, nil, err
		}
		// Quoted-printable text has CRLF line ends.
		body = bytes.ReplaceAll(body, []byte("\r\n"), []byte("\n"))
		switch {
		case strings.HasPrefix(p.Header.Get("Content-Type"), "text/plain"):
			text = body
		case strings.HasPrefix(p.Header.Get("Content-Type"), "text/html"):
			htm = body
		}
	}
	return msg.Header, text, htm, nil
}

// emlHeaders are the headers an EML rendering may have.
var emlHeaders = map[string]bool{
	"From": true, "To": true, "Cc": true, "Date": true, "Subject": true, "Message-Id": true,
	"Mime-Version": true, "Content-Language": true, "Content-Type": true,
}

// checkInertEML reports why an EML rendering is not safe: a header it should not
// have (an injected one), a header line that is neither a header nor a
// continuation, a subject with a control character, or a part that is not inert.
func checkInertEML(out []byte) string {
	head, _, ok := bytes.Cut(out, []byte("\r\n\r\n"))
	if !ok {
		return "no end of header"
	}
	for _, line := range strings.Split(string(head), "\r\n") {
		if line == "" {
			return "empty line inside the header"
		}
		if line[0] == ' ' || line[0] == '\t' {
			continue
		}
		name, _, ok := strings.Cut(line, ":")
		if !ok || !emlHeaders[textprotoCanonical(name)] {
			return fmt.Sprintf("unexpected header line %q", line)
		}
	}
	if bytes.ContainsAny(head, "\n") && bytes.Count(head, []byte("\n")) != bytes.Count(head, []byte("\r\n")) {
		return "a bare LF in the header"
	}
	h, text, htm, err := emlParts(out)
	if err != nil {
		return "does not parse: " + err.Error()
	}
	subject, err := new(mime.WordDecoder).DecodeHeader(h.Get("Subject"))
	if err != nil {
		return "subject does not decode: " + err.Error()
	}
	for _, r := range subject {
		if unicode.IsControl(r) {
			return fmt.Sprintf("subject holds control character %U", r)
		}
	}
	if why := checkInertText(text); why != "" {
		return "text part: " + why
	}
	if why := checkInertHTML(htm); why != "" {
		return "html part: " + why
	}
	return ""
}

func textprotoCanonical(s string) string { return textproto.CanonicalMIMEHeaderKey(s) }

// checkInert checks a rendering in its format.
func checkInert(format render.Format, out []byte) string {
	switch format {
	case render.HTML:
		return checkInertHTML(out)
	case render.Markdown:
		return checkInertMarkdown(out)
	case render.Text:
		return checkInertText(out)
	case render.EML:
		return checkInertEML(out)
	}
	return "unknown format"
}

// ---- text a reader sees ----

var mdEscapeRE = regexp.MustCompile(`\\([[:punct:]])`)

// visible returns what a reader sees of a rendering, for searching: Markdown
// without its escapes, HTML without tags and entities, an e-mail's decoded
// subject and parts; then folded (lower case, no accents) with white space
// collapsed.
func visible(format render.Format, out []byte) string {
	var s string
	switch format {
	case render.Markdown:
		s = mdEscapeRE.ReplaceAllString(string(out), "$1")
	case render.HTML:
		s = htmlText(out)
	case render.Text:
		s = string(out)
	case render.EML:
		h, text, htm, err := emlParts(out)
		if err != nil {
			return fold(string(out))
		}
		var head strings.Builder
		for k, vs := range h {
			for _, v := range vs {
				dv, _ := new(mime.WordDecoder).DecodeHeader(v)
				head.WriteString(k + ": " + dv + "\n")
			}
		}
		s = head.String() + "\n" + string(text) + "\n" + htmlText(htm)
	}
	return fold(s)
}

var tagStripRE = regexp.MustCompile(`<[^>]*>`)

func htmlText(b []byte) string {
	return html.UnescapeString(tagStripRE.ReplaceAllString(string(b), " "))
}

// fold lower-cases s, takes accents off and collapses white space, so that
// names can be compared as the public scrubber compares them.
func fold(s string) string {
	s = norm.NFD.String(s)
	var b strings.Builder
	for _, r := range s {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// ---- free-text fields ----

// freeText calls f with every free-text string field of v (a pointer to a
// struct), by its JSON path: fields of Go type string, which are what the
// submitter writes (codes, ids, dates and countries have named types). Email,
// URI, SHA-256 and media type are formats, not prose, and are skipped unless all
// is true.
func freeText(v any, all bool, f func(path string, p *string)) {
	walk(reflect.ValueOf(v), "", all, f)
}

var formatFields = map[string]bool{"email": true, "uri": true, "sha256": true, "media_type": true, "schema_version": true}

func walk(v reflect.Value, path string, all bool, f func(string, *string)) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			walk(v.Elem(), path, all, f)
		}
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			sf := t.Field(i)
			name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
			if name == "" || name == "-" {
				continue
			}
			fv := v.Field(i)
			if sf.Type == reflect.TypeOf("") {
				if !all && formatFields[name] {
					continue
				}
				f(path+"/"+name, fv.Addr().Interface().(*string))
				continue
			}
			walk(fv, path+"/"+name, all, f)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			walk(v.Index(i), fmt.Sprintf("%s/%d", path, i), all, f)
		}
	}
}

// renderOrFail renders s in format f, failing the test on an error.
func renderOrFail(t testing.TB, s *communication.Submission, f string, public bool) []byte {
	t.Helper()
	var out []byte
	noPanic(t, "render "+f, func() {
		var err error
		out, err = render.Bytes(s, render.Options{Format: render.Format(f), Public: public, Date: fixedDay, Email: testEmail})
		if err != nil {
			t.Errorf("render %s: %v", f, err)
		}
	})
	return out
}

func letterOrMark(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }
