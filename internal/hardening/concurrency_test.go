package hardening

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"sync"
	"testing"

	"github.com/openhrd/spcomm/communication"
	"github.com/openhrd/spcomm/communication/render"
	"github.com/openhrd/spcomm/hrd"
	"github.com/openhrd/spcomm/schema"
)

// job is one piece of work of the concurrency test, with a digest of its result.
type job struct {
	file   fixture
	lang   hrd.Language
	format render.Format
	public bool
}

func (j job) String() string {
	return fmt.Sprintf("%s %s %s public=%v", j.file.name, j.lang, j.format, j.public)
}

// run validates, checks and renders, and returns a digest of every result.
func (j job) run() string {
	h := sha256.New()
	res := schema.Validate(j.file.data, schema.Options{Lang: j.lang})
	b, _ := json.Marshal(res.Problems)
	h.Write(b)
	s, err := communication.Decode(bytes.NewReader(j.file.data))
	if err != nil {
		fmt.Fprintf(h, "decode: %v", err)
		return fmt.Sprintf("%x", h.Sum(nil))
	}
	r := communication.Check(s, communication.CheckOptions{Today: fixedDay, Lang: j.lang})
	b, _ = json.Marshal(r)
	h.Write(b)
	out, err := render.Bytes(s, render.Options{Format: j.format, Lang: j.lang, Public: j.public, Date: fixedDay, Email: testEmail})
	fmt.Fprintf(h, "%v", err)
	h.Write(out)
	return fmt.Sprintf("%x", h.Sum(nil))
}

// TestConcurrentUse runs the validator, the readiness checker and the renderers
// from 32 goroutines over all the testdata (submissions, drafts, invalid
// documents and the hostile corpus), every goroutine in its own language, format
// and version, and compares each result with that of a sequential run. Under
// -race it also finds shared state written without a lock.
func TestConcurrentUse(t *testing.T) {
	var files []fixture
	for _, dir := range []string{"submissions", "drafts", "invalid", "hostile"} {
		files = append(files, loadDir(t, dir)...)
	}
	const goroutines = 32
	var jobs [goroutines][]job
	for g := range goroutines {
		for i, f := range files {
			// Spread the 24 combinations of language, format and version over
			// the goroutines and the files, so that every file meets several.
			k := g + i
			jobs[g] = append(jobs[g], job{
				file:   f,
				lang:   langs[k%3],
				format: render.Formats[(k/3)%4],
				public: (k/12)%2 == 1,
			})
		}
	}
	if testing.Short() || raceEnabled {
		// Under -race a third of the files per goroutine keeps the test short;
		// every file still runs in many goroutines at once.
		for g := range jobs {
			var keep []job
			for i, j := range jobs[g] {
				if (i+g)%3 == 0 {
					keep = append(keep, j)
				}
			}
			jobs[g] = keep
		}
	}
	want := map[string]string{}
	for _, js := range jobs {
		for _, j := range js {
			if _, ok := want[j.String()]; !ok {
				want[j.String()] = j.run()
			}
		}
	}
	got := make([][]string, goroutines)
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, j := range jobs[g] {
				got[g] = append(got[g], j.run())
			}
		}()
	}
	wg.Wait()
	n := 0
	for g := range goroutines {
		for i, j := range jobs[g] {
			n++
			if got[g][i] != want[j.String()] {
				t.Errorf("goroutine %d: %s differs from the sequential run", g, j)
			}
		}
	}
	t.Logf("%d jobs in %d goroutines", n, goroutines)
}

// TestConcurrentCLI runs the in-process CLI from many goroutines at once: its
// commands share registries and catalogs, which must only be read.
func TestConcurrentCLI(t *testing.T) {
	files := loadDir(t, "submissions")
	type result struct {
		code           int
		stdout, stderr string
	}
	args := [][]string{
		{"validate", "-json", "-"}, {"check", "-today", "2026-11-23", "-json", "-"},
		{"render", "-format", "html", "-date", "2026-11-23", "-"}, {"render", "-public", "-format", "md", "-lang", "fr", "-date", "2026-11-23", "-"},
	}
	want := map[string]result{}
	for _, f := range files {
		for _, a := range args {
			c, o, e := runCLI(t, f.data, a...)
			want[f.name+fmt.Sprint(a)] = result{c, o, e}
		}
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	for g := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, f := range files {
				a := args[(g+i)%len(args)]
				c, o, e := runCLI(t, f.data, a...)
				if w := want[f.name+fmt.Sprint(a)]; w != (result{c, o, e}) {
					mu.Lock()
					t.Errorf("goroutine %d: %s %v differs from the sequential run", g, f.name, a)
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
}
