package communication_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openhrd/spcomm/communication"
	"github.com/openhrd/spcomm/hrd"
)

// corpus returns the canonical submissions and drafts shipped in testdata.
func corpus(t testing.TB) []string {
	return communication.TestdataFiles(t, 8, "submissions", "drafts")
}

func TestRoundTrip(t *testing.T) {
	for _, file := range corpus(t) {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			s, err := communication.Decode(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			out, err := communication.Marshal(s)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(data), string(out)); diff != "" {
				t.Errorf("canonical file does not round-trip byte for byte (-file +encoded):\n%s", diff)
			}
			again, err := communication.Decode(bytes.NewReader(out))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(s, again); diff != "" {
				t.Errorf("decode(encode(s)) != s (-first +second):\n%s", diff)
			}
		})
	}
}

func TestEncodeIsIdempotent(t *testing.T) {
	// A non-canonical input (keys out of order, compact, escaped markup) becomes
	// canonical, and the canonical form is a fixed point.
	in := `{"language":"en","schema_version":"1.0","country":"KHM","submitter":{"name":"A \u003cb\u003e","kind":"organization","relationship":"organization"},` +
		`"victims":[{"kind":"individual","id":"v1","name":"N","age":30.0}],"violations":[{"id":"x","type":"killing","victims":["v1"],"status":"occurred","description":"d","date_approximate":false}]}`
	s, err := communication.Decode(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	first, _ := communication.Marshal(s)
	s2, err := communication.Decode(bytes.NewReader(first))
	if err != nil {
		t.Fatal(err)
	}
	second, _ := communication.Marshal(s2)
	if !bytes.Equal(first, second) {
		t.Errorf("not idempotent:\n%s\n%s", first, second)
	}
	want := "{\n  \"schema_version\": \"1.0\",\n  \"language\": \"en\",\n  \"country\": \"KHM\",\n  \"submitter\": {\n    \"kind\": \"organization\",\n    \"name\": \"A <b>\","
	if !strings.HasPrefix(string(first), want) || !strings.HasSuffix(string(first), "}\n") || strings.Contains(string(first), "date_approximate") {
		t.Errorf("not canonical:\n%s", first)
	}
}

func TestDecodeErrors(t *testing.T) {
	base := func(victim string) string {
		return `{"schema_version": "1.0", "language": "en", "country": "KHM", "victims": [` + victim + `]}`
	}
	tests := []struct {
		name, in, code, pointer string
		line                    int
		is                      error
	}{
		{"unknown field", base(`{"id": "v1", "nmae": "x"}`), "additional_property", "/victims/0/nmae", 1, nil},
		{"unknown top-level field", `{"schema_version": "1.0", "colour": "red"}`, "additional_property", "/colour", 1, nil},
		{"duplicate key", base(`{"id": "v1", "id": "v2"}`), "duplicate_key", "/victims/0/id", 1, nil},
		{"duplicate top-level key", "{\n\"language\": \"en\",\n\"language\": \"fr\"}", "duplicate_key", "/language", 3, nil},
		{"unknown code", base(`{"kind": "person"}`), "value", "/victims/0/kind", 1, hrd.ErrUnknownCode},
		{"alpha-2 country", `{"country": "KH"}`, "value", "/country", 1, hrd.ErrCountry},
		{"month 13", base(`{"consent": {"given": true, "date": "2024-13"}}`), "value", "/victims/0/consent/date", 1, hrd.ErrDate},
		{"bad id", base(`{"id": "v 1"}`), "value", "/victims/0/id", 1, hrd.ErrID},
		{"wrong type", base(`{"age": "thirty"}`), "type", "/victims/0/age", 1, nil},
		{"not an object", `[]`, "type", "", 1, nil},
		{"syntax", "{\n  \"language\": \"en\",\n}", "syntax", "", 3, nil},
		{"too deep", strings.Repeat(`{"a":`, 100), "depth", "", 1, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := communication.Decode(strings.NewReader(tt.in))
			e, ok := errors.AsType[*communication.DecodeError](err)
			if !ok {
				t.Fatalf("Decode = %v, want *DecodeError", err)
			}
			if e.Code != tt.code || (tt.code != "depth" && e.Pointer != tt.pointer) || e.Line != tt.line {
				t.Errorf("got %s at %q line %d (%v), want %s at %q line %d", e.Code, e.Pointer, e.Line, e, tt.code, tt.pointer, tt.line)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("%v does not wrap %v", err, tt.is)
			}
			if tt.pointer != "" && !strings.HasPrefix(err.Error(), tt.pointer+": ") {
				t.Errorf("message %q does not start with the pointer", err)
			}
		})
	}
}

func TestDecodeSizeLimit(t *testing.T) {
	doc := `{"schema_version": "1.0", "context": "` + strings.Repeat("x", 2000) + `"}`
	d := communication.Decoder{MaxSize: 1000}
	_, err := d.Decode(strings.NewReader(doc))
	if !errors.Is(err, communication.ErrTooLarge) {
		t.Fatalf("Decode = %v, want ErrTooLarge", err)
	}
	if e, ok := errors.AsType[*communication.DecodeError](err); !ok || e.Code != "size" {
		t.Errorf("not a size DecodeError: %v", err)
	}
	if _, err := (&communication.Decoder{MaxSize: int64(len(doc))}).Decode(strings.NewReader(doc)); err != nil {
		t.Errorf("a document exactly at the limit: %v", err)
	}
}

func TestDecodeErrorsDoNotEchoFreeText(t *testing.T) {
	secret := "Sokha Chan"
	docs := []string{
		`{"victims": [{"name": "` + secret + `", "nmae": 1}]}`,
		`{"victims": [{"name": "` + secret + `", "age": "x"}]}`,
		`{"victims": [{"name": "` + secret + `"}], "victims": []}`,
		`{"victims": [{"name": "` + secret + `", "kind": 1}]}`,
	}
	for _, doc := range docs {
		_, err := communication.Decode(strings.NewReader(doc))
		if err == nil || strings.Contains(err.Error(), secret) {
			t.Errorf("error %v echoes the victim's name", err)
		}
	}
}
