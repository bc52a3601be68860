package i18n

import (
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

func TestCatalog(t *testing.T) {
	fsys := fstest.MapFS{
		"m/en.json": {Data: []byte(`{"hello": "Hello %s", "year": "in %s", "only.en": "x"}`)},
		"m/fr.json": {Data: []byte(`{"hello": "Bonjour %s", "year": "en %s"}`)},
		"m/es.json": {Data: []byte(`{"hello": "Hola %s", "year": "en %s", "only.es": "y"}`)},
	}
	c, err := Load(fsys, "m")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ lang, key, arg, want string }{
		{"fr", "hello", "Ana", "Bonjour Ana"},
		{"es", "hello", "Ana", "Hola Ana"},
		{"de", "hello", "Ana", "Hello Ana"},
		{"fr", "only.en", "", "x"},
		{"en", "missing", "", "missing"},
		{"en", "year", "2026", "in 2026"},
	}
	for _, tt := range tests {
		var got string
		if tt.arg == "" {
			got = c.Sprintf(tt.lang, tt.key)
		} else {
			got = c.Sprintf(tt.lang, tt.key, tt.arg)
		}
		if got != tt.want {
			t.Errorf("Sprintf(%s, %s) = %q, want %q", tt.lang, tt.key, got, tt.want)
		}
	}
	if diff := cmp.Diff([]string{"en: only.es", "es: only.en", "fr: only.en", "fr: only.es"}, c.Missing()); diff != "" {
		t.Errorf("Missing (-want +got):\n%s", diff)
	}
	if !c.Has("hello") || c.Has("only.es") {
		t.Error("Has")
	}
	if _, err := Load(fstest.MapFS{"m/en.json": {Data: []byte(`{`)}}, "m"); err == nil {
		t.Error("broken catalog loaded")
	}
}
