// Command browsercheck loads spcomm's HTML drafts of hostile submissions in a real
// headless Chromium and fails if any script runs, any network request is
// attempted, or the hostile text is not shown literally. It is run by
// scripts/browsercheck.sh, which installs Chromium first.
//
// Every page is loaded with a fresh profile and with all of the browser's traffic
// sent to a proxy of this program's own, which records every connection: a page
// that tries to fetch anything, by any URL, shows up there. Before the real pages,
// two control pages (without spcomm's Content-Security-Policy, with a script and a
// remote image) prove that the check does see scripts run and requests made.
//
// Usage:
//
//	go run ./scripts/browsercheck [-chromium PATH] [-out DIR] [-screenshot FILE]
package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"html"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/openhrd/spcomm/communication"
	"github.com/openhrd/spcomm/communication/render"
	"github.com/openhrd/spcomm/hrd"
)

func main() {
	chromium := flag.String("chromium", "chromium", "the Chromium binary")
	out := flag.String("out", "", "directory for the pages, DOM dumps and screenshot (default: a temporary one)")
	shot := flag.String("screenshot", "", "where to save the screenshot of a real draft (default: OUT/draft.png)")
	flag.Parse()
	if err := run(*chromium, *out, *shot); err != nil {
		fmt.Fprintln(os.Stderr, "browsercheck: FAIL:", err)
		os.Exit(1)
	}
	fmt.Println("browsercheck: PASS")
}

// proxy records every connection the browser opens.
type proxy struct {
	ln      net.Listener
	mu      sync.Mutex
	seen    []string
	ignored int // requests of the browser's own background services
}

func startProxy() (*proxy, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	p := &proxy{ln: ln}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go p.handle(c)
		}
	}()
	return p, nil
}

func (p *proxy) handle(c net.Conn) {
	defer c.Close()
	c.SetDeadline(time.Now().Add(5 * time.Second))
	line, _ := bufio.NewReader(c).ReadString('\n')
	p.mu.Lock()
	p.seen = append(p.seen, strings.TrimSpace(line))
	p.mu.Unlock()
	fmt.Fprint(c, "HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
}

// browserHosts are the hosts Chromium's own background services call even with
// background networking, component updates and sync disabled (the component
// updater, the network time tracker, the account service). A request to them is
// the browser's, not the page's: it is reported as ignored. The hostile fixtures
// aim at evil.example, and the control page shows that such a request is seen.
var browserHosts = []string{
	"update.googleapis.com", "accounts.google.com", "clients2.google.com", "clientservices.googleapis.com",
	"optimizationguide-pa.googleapis.com", "redirector.gvt1.com", "edgedl.me.gvt1.com",
}

// browserRequest reports whether a request line is one of the browser's own.
func browserRequest(line string) bool {
	f := strings.Fields(line)
	if len(f) < 2 {
		return false
	}
	target := f[1] // "host:443" for CONNECT, an absolute URL otherwise
	target = strings.TrimPrefix(strings.TrimPrefix(target, "http://"), "https://")
	host, _, _ := strings.Cut(target, "/")
	host, _, _ = strings.Cut(host, ":")
	return slices.Contains(browserHosts, host)
}

// take returns and forgets the requests seen so far, less the browser's own,
// which it counts in ignored.
func (p *proxy) take() []string {
	time.Sleep(200 * time.Millisecond) // let a last connection be recorded
	p.mu.Lock()
	defer p.mu.Unlock()
	var page []string
	for _, r := range p.seen {
		if browserRequest(r) {
			p.ignored++
			continue
		}
		page = append(page, r)
	}
	p.seen = nil
	return page
}

// browser runs Chromium headless with a fresh profile and every request sent to
// the recording proxy.
type browser struct {
	bin   string
	proxy string
	tmp   string
	n     int
}

func (b *browser) run(extra ...string) ([]byte, error) {
	b.n++
	profile := filepath.Join(b.tmp, fmt.Sprintf("profile-%d", b.n))
	args := append([]string{
		"--headless", "--no-sandbox", "--disable-gpu",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--no-first-run", "--no-default-browser-check", "--disable-extensions",
		"--disable-default-apps", "--disable-domain-reliability", "--disable-client-side-phishing-detection",
		"--no-pings", "--disable-breakpad", "--metrics-recording-only", "--safebrowsing-disable-auto-update",
		"--disable-field-trial-config", "--no-service-autorun", "--password-store=basic", "--use-mock-keychain",
		"--disable-features=NetworkTimeServiceQuerying,OptimizationHints,MediaRouter,Translate,AutofillServerCommunication,CertificateTransparencyComponentUpdater,InterestFeedContentSuggestions,PrivacySandboxSettings4,SignInProfileCreation,DialMediaRouteProvider",
		"--user-data-dir=" + profile,
		"--proxy-server=http://" + b.proxy, "--proxy-bypass-list=<-loopback>",
		"--virtual-time-budget=3000",
	}, extra...)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, b.bin, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("%s: %v\n%s", b.bin, err, lastLines(stderr.String(), 10))
	}
	return stdout.Bytes(), nil
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

func fileURL(path string) string {
	abs, _ := filepath.Abs(path)
	return "file://" + abs
}

// chromeEscape escapes text as Chromium serialises a text node.
var chromeEscape = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "\u00a0", "&nbsp;")

var (
	pwnedRE = regexp.MustCompile(`data-pwned="`)
	titleRE = regexp.MustCompile(`(?s)<title>(.*?)</title>`)
	tagRE   = regexp.MustCompile(`(?i)<(script|img|iframe|svg|object|embed|link|base|a|meta http-equiv="refresh")[\s/>]`)
)

func run(bin, out, shot string) error {
	if out == "" {
		dir, err := os.MkdirTemp("", "browsercheck-")
		if err != nil {
			return err
		}
		out = dir
	} else if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	if shot == "" {
		shot = filepath.Join(out, "draft.png")
	}
	px, err := startProxy()
	if err != nil {
		return err
	}
	defer px.ln.Close()
	b := &browser{bin: bin, proxy: px.ln.Addr().String(), tmp: out}
	fmt.Println("browsercheck: pages and dumps in", out)

	// Controls: the check must see a script run and a request made on a page
	// without spcomm's protections.
	control := filepath.Join(out, "control.html")
	if err := os.WriteFile(control, []byte(`<!DOCTYPE html><html><head><title>control</title></head><body><p>control</p>`+
		`<script>document.documentElement.setAttribute('data-pwned','control')</script>`+
		`<img src="http://evil.example/control.png"></body></html>`), 0o644); err != nil {
		return err
	}
	dom, err := b.run("--dump-dom", fileURL(control))
	if err != nil {
		return err
	}
	if !pwnedRE.Match(dom) {
		return errors.New("control: the script of the control page did not show in the DOM; the check cannot see scripts")
	}
	if reqs := px.take(); !containsAny(reqs, "evil.example") {
		return fmt.Errorf("control: the proxy did not see the control page's request (saw %q); the check cannot see requests", reqs)
	}
	fmt.Println("browsercheck: controls ok (a script and a request are detected)")

	fixtures, err := filepath.Glob("testdata/hostile/render/*.json")
	if err != nil || len(fixtures) == 0 {
		return fmt.Errorf("no hostile fixtures in testdata/hostile/render (%v)", err)
	}
	var failures []string
	date := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	for _, f := range fixtures {
		s, err := decode(f)
		if err != nil {
			return err
		}
		for _, v := range []struct {
			lang   hrd.Language
			public bool
		}{{hrd.English, false}, {hrd.French, false}, {hrd.Spanish, true}} {
			name := fmt.Sprintf("%s.%s", strings.TrimSuffix(filepath.Base(f), ".json"), v.lang)
			if v.public {
				name += ".public"
			}
			page, err := render.Bytes(s, render.Options{Format: render.HTML, Lang: v.lang, Public: v.public, Date: date})
			if err != nil {
				return fmt.Errorf("%s: %v", name, err)
			}
			path := filepath.Join(out, name+".html")
			if err := os.WriteFile(path, page, 0o644); err != nil {
				return err
			}
			dom, err := b.run("--dump-dom", fileURL(path))
			if err != nil {
				return fmt.Errorf("%s: %v", name, err)
			}
			if err := os.WriteFile(filepath.Join(out, name+".dom.html"), dom, 0o644); err != nil {
				return err
			}
			problems := checkDOM(s, page, dom, v.public)
			if reqs := px.take(); len(reqs) > 0 {
				problems = append(problems, fmt.Sprintf("network requests attempted: %q", reqs))
			}
			for _, p := range problems {
				failures = append(failures, name+": "+p)
			}
			status := "ok"
			if len(problems) > 0 {
				status = fmt.Sprintf("%d problem(s)", len(problems))
			}
			fmt.Printf("browsercheck: %-40s %s\n", name, status)
		}
	}

	// A screenshot of a real draft, to look at.
	real := "testdata/submissions/khm-land-activists-detained.json"
	if _, err := os.Stat(real); err != nil {
		files, _ := filepath.Glob("testdata/submissions/*.json")
		if len(files) == 0 {
			files = fixtures
		}
		real = files[0]
	}
	s, err := decode(real)
	if err != nil {
		return err
	}
	page, err := render.Bytes(s, render.Options{Format: render.HTML, Date: date})
	if err != nil {
		return err
	}
	path := filepath.Join(out, "draft.html")
	if err := os.WriteFile(path, page, 0o644); err != nil {
		return err
	}
	if _, err := b.run("--hide-scrollbars", "--window-size=1000,1600", "--screenshot="+shot, fileURL(path)); err != nil {
		return err
	}
	if reqs := px.take(); len(reqs) > 0 {
		failures = append(failures, fmt.Sprintf("%s: network requests attempted: %q", real, reqs))
	}
	fmt.Printf("browsercheck: screenshot of %s: %s\n", real, shot)

	fmt.Printf("browsercheck: %d request(s) of Chromium's own background services ignored (%s)\n", px.ignored, strings.Join(browserHosts, ", "))
	if len(failures) > 0 {
		return errors.New(strings.Join(failures, "\n"))
	}
	return nil
}

func decode(path string) (*communication.Submission, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	s, err := (&communication.Decoder{}).DecodeBytes(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return s, nil
}

func containsAny(list []string, sub string) bool {
	for _, s := range list {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// checkDOM compares the DOM Chromium built, after scripts would have run, with
// what the page must show.
func checkDOM(s *communication.Submission, page, dom []byte, public bool) []string {
	var problems []string
	if pwnedRE.Match(dom) {
		problems = append(problems, "a script ran: the DOM carries a data-pwned attribute")
	}
	if m := tagRE.FindSubmatch(dom); m != nil {
		problems = append(problems, fmt.Sprintf("the DOM has a %s element", m[1]))
	}
	want := titleRE.FindSubmatch(page)
	got := titleRE.FindSubmatch(dom)
	if want == nil || got == nil || string(got[1]) != chromeEscape.Replace(html.UnescapeString(string(want[1]))) {
		problems = append(problems, fmt.Sprintf("the document title changed: %q", got))
	}
	if public {
		return problems // the public version rewrites names in the text
	}
	// The hostile free text is in the DOM as text: escaped, not as elements.
	texts := []string{s.Title, s.Context, s.PerpetratorsUnknown, s.NoActionReason, s.Submitter.Name, s.Submitter.Address}
	for _, v := range s.Victims {
		texts = append(texts, v.Name, v.ActivityDescription, v.Occupation)
	}
	for _, v := range s.Violations {
		texts = append(texts, v.Description, v.LegalBasis)
	}
	for _, a := range s.Actions {
		texts = append(texts, a.Description, a.Authority)
	}
	for _, src := range s.Sources {
		texts = append(texts, src.Description)
	}
	for _, a := range s.Attachments {
		texts = append(texts, a.Title, a.URI)
	}
	for _, t := range texts {
		for para := range strings.SplitSeq(t, "\n\n") {
			para = strings.Join(strings.Fields(para), " ")
			if para == "" {
				continue
			}
			if !bytes.Contains(dom, []byte(chromeEscape.Replace(para))) {
				problems = append(problems, fmt.Sprintf("the text %.80q is not shown literally", para))
			}
		}
	}
	return problems
}
