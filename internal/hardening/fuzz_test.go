package hardening

import (
	"bytes"
	"errors"
	"testing"

	"github.com/openhrd/spcomm/communication"
	"github.com/openhrd/spcomm/communication/render"
	"github.com/openhrd/spcomm/schema"
)

// FuzzPipeline feeds arbitrary bytes to the whole pipeline: decode, schema
// validation, readiness and every renderer. Nothing may panic; the HTML (alone or
// in the e-mail) must be inert; rendering may fail only on a subject line it
// must refuse. Then every free-text field of a document that decodes is replaced
// by a marker and the document is broken: no error, problem or finding may
// quote a marker.
func FuzzPipeline(f *testing.F) {
	for _, dir := range []string{"submissions", "drafts", "invalid", "hostile"} {
		for _, fx := range loadDir(f, dir) {
			f.Add(fx.data)
		}
	}
	f.Add([]byte(`{"victims":[{"name":"<script>alert(1)</script>","kind":"individual"}],"title":"a\r\nBcc: x@y"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		dec := communication.Decoder{MaxSize: 1 << 20}
		s, err := dec.DecodeBytes(data)
		res := schema.Validate(data, schema.Options{MaxSize: 1 << 20})
		if err == nil && res.Valid() != (len(res.Problems) == 0) {
			t.Fatalf("Valid disagrees with Problems")
		}
		if err != nil {
			var de *communication.DecodeError
			if !errors.As(err, &de) {
				t.Fatalf("decode error %T is not a *DecodeError: %v", err, err)
			}
			return
		}
		communication.Check(s, communication.CheckOptions{Today: fixedDay})
		for _, public := range []bool{false, true} {
			for _, format := range render.Formats {
				out, err := render.Bytes(s, render.Options{Format: format, Public: public, Date: fixedDay, Email: testEmail})
				if err != nil {
					var he *render.HeaderError
					if format == render.EML && errors.As(err, &he) && he.Header == "Subject" {
						continue
					}
					t.Fatalf("render %s: %v", format, err)
				}
				if format == render.HTML || format == render.EML {
					if why := checkInert(format, out); why != "" {
						t.Fatalf("render %s public=%v: %s", format, public, why)
					}
				}
			}
		}

		// Markers in every free-text field, then the document broken.
		markers := markSubmission(s)
		if len(markers) == 0 {
			return
		}
		marked, err := communication.Marshal(s)
		if err != nil {
			t.Fatalf("marshal: %v", err)
		}
		for _, doc := range [][]byte{
			marked,
			bytes.Replace(marked, []byte(`"schema_version": "`), []byte(`"schema_version": 1, "x": "`), 1),
			bytes.Replace(marked, []byte(`": "ZQX`), []byte(`": ["ZQX`), 1),
			marked[:len(marked)/2],
		} {
			var msgs messages
			if _, err := dec.DecodeBytes(doc); err != nil {
				msgs.add("decode", err.Error())
			} else if s2, _ := dec.DecodeBytes(doc); s2 != nil {
				for _, f := range communication.Check(s2, communication.CheckOptions{Today: fixedDay}).All() {
					msgs.add("check", f.Message)
				}
			}
			for _, p := range schema.Validate(doc, schema.Options{MaxSize: 1 << 20}).Problems {
				msgs.add("schema", p.String())
			}
			for _, m := range markers {
				if where := msgs.find(m); where != "" {
					t.Fatalf("marker %s in %s", m, where)
				}
			}
		}
	})
}
