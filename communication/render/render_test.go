package render

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/openhrd/spcomm/communication"
	"github.com/openhrd/spcomm/hrd"
	"github.com/openhrd/spcomm/internal/fixtures"
)

// fixedDate is the date every golden file carries.
var fixedDate = time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)

// goldenEmail are the addresses of the golden e-mails; the test gives them, as a
// caller must (nothing is guessed).
var goldenEmail = EmailOptions{
	From: "Caseworker <caseworker@ngo.example>",
	To:   []string{"hrc-sr-defenders@un.org"},
}

var languages = []hrd.Language{hrd.English, hrd.French, hrd.Spanish}

// fixture is one submission file of the repository's test data.
type fixture struct {
	name string // file name without .json
	path string
	s    *communication.Submission
}

// loadFixtures decodes the files of the testdata folders dirs.
func loadFixtures(t testing.TB, dirs ...string) []fixture {
	t.Helper()
	var out []fixture
	for _, f := range fixtures.Load(t, dirs...) {
		s, err := (&communication.Decoder{}).DecodeBytes(f.Data)
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		out = append(out, fixture{strings.TrimSuffix(filepath.Base(f.Path), ".json"), f.Path, s})
	}
	return out
}

// hostileFixture is the render-hostile test document with the given name.
func hostileFixture(t testing.TB, name string) fixture {
	t.Helper()
	for _, f := range loadFixtures(t, hostileDir) {
		if f.name == name {
			return f
		}
	}
	t.Fatalf("no %s in testdata/%s", name, hostileDir)
	return fixture{}
}

// The testdata folders of the rendering tests.
const (
	submissionsDir = "submissions"
	hostileDir     = "hostile/render"
)

// submissions are the shipped test submissions; the test fails when there are
// none, as every golden test would then pass on nothing.
func submissions(t testing.TB) []fixture {
	t.Helper()
	return loadFixtures(t, submissionsDir)
}

func allFixtures(t testing.TB) []fixture {
	return append(submissions(t), loadFixtures(t, hostileDir)...)
}

func mustRender(t testing.TB, s *communication.Submission, opt Options) string {
	t.Helper()
	if opt.Date.IsZero() {
		opt.Date = fixedDate
	}
	b, err := Bytes(s, opt)
	if err != nil {
		t.Fatalf("Render(%+v): %v", opt, err)
	}
	return string(b)
}

var goldenExt = map[Format]string{Markdown: "md", Text: "txt", HTML: "html", EML: "eml"}

// checkGolden compares got with testdata/golden/name, or writes it when
// SPCOMM_UPDATE_GOLDEN=1.
func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if os.Getenv("SPCOMM_UPDATE_GOLDEN") == "1" {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with SPCOMM_UPDATE_GOLDEN=1 to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the rendering; first difference:\n%s\n(run with SPCOMM_UPDATE_GOLDEN=1 to update, and review the diff)", path, firstDiff(string(want), got))
	}
}

func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(wl), len(gl)); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + itoa(i+1) + ":\n  want: " + w + "\n  got:  " + g
		}
	}
	return "(none)"
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestGolden renders every test submission in every format and language, and the
// public version as Markdown, against the reviewed golden files.
func TestGolden(t *testing.T) {
	for _, f := range submissions(t) {
		for _, lang := range languages {
			for _, format := range Formats {
				name := f.name + "." + string(lang) + "." + goldenExt[format]
				t.Run(name, func(t *testing.T) {
					checkGolden(t, name, mustRender(t, f.s, Options{Format: format, Lang: lang, Email: goldenEmail}))
				})
			}
			name := f.name + ".public." + string(lang) + ".md"
			t.Run(name, func(t *testing.T) {
				checkGolden(t, name, mustRender(t, f.s, Options{Format: Markdown, Lang: lang, Public: true}))
			})
		}
	}
}

// TestGoldenNoStrays fails on a golden file no submission produces any more.
func TestGoldenNoStrays(t *testing.T) {
	if os.Getenv("SPCOMM_UPDATE_GOLDEN") == "1" {
		t.Skip("updating")
	}
	names := map[string]bool{}
	for _, f := range submissions(t) {
		names[f.name] = true
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "golden", "*"))
	for _, g := range files {
		base := filepath.Base(g)
		if !names[base[:strings.IndexByte(base, '.')]] {
			t.Errorf("%s: no test submission %s.json renders it; delete it", g, base[:strings.IndexByte(base, '.')])
		}
	}
}

func TestOptions(t *testing.T) {
	s := loadFixtures(t, hostileDir)[0].s
	for _, tc := range []struct {
		name string
		s    *communication.Submission
		opt  Options
	}{
		{"nil submission", nil, Options{}},
		{"unknown format", s, Options{Format: "pdf"}},
		{"unknown language", s, Options{Lang: "de"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := Render(&bytes.Buffer{}, tc.s, tc.opt)
			if !errors.Is(err, ErrOption) {
				t.Errorf("Render: %v, want an error wrapping ErrOption", err)
			}
		})
	}
}

// TestLanguage checks that the draft follows the submission's language unless
// Options.Lang says otherwise.
func TestLanguage(t *testing.T) {
	s := *loadFixtures(t, hostileDir)[0].s
	for _, tc := range []struct {
		doc, opt hrd.Language
		want     string
	}{
		{hrd.English, "", "Submission to the Special Procedures"},
		{hrd.French, "", "Communication aux procédures spéciales"},
		{hrd.Spanish, "", "Comunicación a los procedimientos especiales"},
		{hrd.French, hrd.Spanish, "Comunicación a los procedimientos especiales"},
		{hrd.Spanish, hrd.English, "Submission to the Special Procedures"},
		{"", "", "Submission to the Special Procedures"},
	} {
		s.Language = tc.doc
		got := mustRender(t, &s, Options{Format: Text, Lang: tc.opt})
		if !strings.Contains(got, strings.ToUpper(tc.want)) {
			t.Errorf("document %q, option %q: the draft does not start %q:\n%.200s", tc.doc, tc.opt, tc.want, got)
		}
	}
}

// TestFiveElementsInOrder checks the section order every format shares.
func TestFiveElementsInOrder(t *testing.T) {
	for _, f := range allFixtures(t) {
		for _, lang := range languages {
			got := mustRender(t, f.s, Options{Format: Markdown, Lang: lang})
			last := -1
			for i := 1; i <= 5; i++ {
				h := "\n## " + itoa(i) + ". " + md(msgs.Sprintf(string(lang), "element."+itoa(i))) + "\n"
				at := strings.Index(got, h)
				if at < 0 || at < last {
					t.Errorf("%s (%s): section %q missing or out of order", f.name, lang, strings.TrimSpace(h))
				}
				last = at
			}
		}
	}
}

// TestDefaultDate checks that a draft without a date carries today's.
func TestDefaultDate(t *testing.T) {
	s := loadFixtures(t, hostileDir)[0].s
	b, err := Bytes(s, Options{Format: Text, Lang: hrd.English})
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	today, yesterday := timeDate(hrd.English, now), timeDate(hrd.English, now.Add(-time.Hour))
	if !strings.Contains(string(b), "Date: "+today) && !strings.Contains(string(b), "Date: "+yesterday) {
		t.Errorf("the draft does not carry today's date %q", today)
	}
}

// TestConcurrent renders from many goroutines; run with -race.
func TestConcurrent(t *testing.T) {
	fs := allFixtures(t)
	var wg sync.WaitGroup
	for i := range 16 {
		wg.Go(func() {
			f := fs[i%len(fs)]
			for _, format := range Formats {
				if _, err := Bytes(f.s, Options{Format: format, Lang: languages[i%3], Public: i%2 == 0, Date: fixedDate, Email: goldenEmail}); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
}

// TestDoesNotModify checks that rendering leaves the submission as it was.
func TestDoesNotModify(t *testing.T) {
	for _, f := range allFixtures(t) {
		before, err := communication.Marshal(f.s)
		if err != nil {
			t.Fatal(err)
		}
		for _, format := range Formats {
			mustRender(t, f.s, Options{Format: format, Public: true, Email: goldenEmail})
		}
		after, _ := communication.Marshal(f.s)
		if !bytes.Equal(before, after) {
			t.Errorf("%s: rendering changed the submission", f.name)
		}
	}
}

// BenchmarkRender renders a typical submission (about 6 KB: the Bangladesh case)
// in each format; BenchmarkRenderLarge the largest one (21 KB, 11 violations).
func BenchmarkRender(b *testing.B) {
	benchmarkRender(b, func(f []fixture) *communication.Submission {
		for _, x := range f {
			if strings.HasPrefix(x.name, "bgd-") {
				return x.s
			}
		}
		b.Fatal("no typical submission")
		return nil
	})
}

// BenchmarkRenderLarge renders the largest test submission in each format.
func BenchmarkRenderLarge(b *testing.B) {
	benchmarkRender(b, func(fs []fixture) *communication.Submission {
		s := fs[0].s
		for _, f := range fs {
			if len(f.s.Violations)+len(f.s.Victims) > len(s.Violations)+len(s.Victims) {
				s = f.s
			}
		}
		return s
	})
}

func benchmarkRender(b *testing.B, pick func([]fixture) *communication.Submission) {
	s := pick(submissions(b))
	for _, format := range Formats {
		b.Run(string(format), func(b *testing.B) {
			opt := Options{Format: format, Date: fixedDate, Email: goldenEmail}
			b.ReportAllocs()
			for b.Loop() {
				if err := Render(io.Discard, s, opt); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
