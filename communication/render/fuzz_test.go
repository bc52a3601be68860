package render

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/openhrd/spcomm/communication"
	"github.com/openhrd/spcomm/internal/fixtures"
)

// FuzzRender decodes arbitrary documents and renders every one that decodes in
// every format, full and public: rendering never panics, never fails but for a
// subject line it must refuse, the HTML never holds a script element, and no line
// of text is wider than 80 runes.
func FuzzRender(f *testing.F) {
	for _, fx := range fixtures.Load(f, submissionsDir, hostileDir) {
		f.Add(fx.Data)
	}
	f.Add([]byte(`{"schema_version":"1.0","language":"es","country":"PHL","submitter":{"kind":"individual","name":"<script>","relationship":"victim"},"victims":[{"id":"a","kind":"individual","name":"- x"}],"violations":[{"id":"x","type":"killing","victims":["a","zz"],"status":"occurred","description":"1. <b>"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := (&communication.Decoder{MaxSize: 1 << 20}).DecodeBytes(data)
		if err != nil {
			return
		}
		for _, public := range []bool{false, true} {
			for _, format := range Formats {
				out, err := Bytes(s, Options{Format: format, Public: public, Date: fixedDate, Email: goldenEmail})
				if err != nil {
					var he *HeaderError
					if errors.As(err, &he) && he.Header == "Subject" && format == EML {
						continue
					}
					t.Fatalf("%s: %v", format, err)
				}
				switch format {
				case HTML:
					if strings.Contains(strings.ToLower(string(out)), "<script") {
						t.Fatalf("the HTML holds a script element")
					}
				case Text:
					for line := range strings.SplitSeq(string(out), "\n") {
						if utf8.RuneCountInString(line) > textWidth {
							t.Fatalf("a line of %d runes: %q", utf8.RuneCountInString(line), line)
						}
					}
				}
			}
		}
	})
}
