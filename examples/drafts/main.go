// Command drafts shows how an NGO generates complaint drafts for a folder of cases:
// every *.json submission in the folder is decoded, checked for readiness, and,
// when ready, rendered as Markdown and as an e-mail in the case's language, into
// an output folder. Cases that are not ready are listed with what they lack.
//
//	go run ./examples/drafts testdata/submissions /tmp/drafts
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/openhrd/spcomm/communication"
	"github.com/openhrd/spcomm/communication/render"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: drafts IN-FOLDER OUT-FOLDER")
		os.Exit(2)
	}
	in, out := os.Args[1], os.Args[2]
	if err := os.MkdirAll(out, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	files, err := filepath.Glob(filepath.Join(in, "*.json"))
	if err != nil || len(files) == 0 {
		fmt.Fprintln(os.Stderr, "no *.json submissions in", in)
		os.Exit(2)
	}
	notReady := 0
	for _, file := range files {
		f, err := os.Open(file)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		s, err := communication.Decode(f)
		f.Close()
		if err != nil {
			fmt.Printf("%s: %v\n", file, err)
			notReady++
			continue
		}
		report := communication.Check(s, communication.CheckOptions{})
		if !report.Ready {
			notReady++
			fmt.Printf("%s: not ready: %s\n", file, report.Summary(s.Language))
			continue
		}
		base := strings.TrimSuffix(filepath.Base(file), ".json")
		for _, format := range []render.Format{render.Markdown, render.EML} {
			draft, err := render.Bytes(s, render.Options{Format: format, Date: time.Now()})
			if err != nil {
				fmt.Fprintf(os.Stderr, "%s: %v\n", file, err)
				os.Exit(1)
			}
			name := filepath.Join(out, base+"."+string(format))
			if err := os.WriteFile(name, draft, 0o644); err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(2)
			}
		}
		fmt.Printf("%s: %s, drafts written\n", file, report.Type.Label(s.Language))
	}
	if notReady > 0 {
		os.Exit(1)
	}
}
