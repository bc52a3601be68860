package i18n

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"slices"
)

// Languages are the catalog languages, English first (the fallback).
var Languages = []string{"en", "fr", "es"}

// Catalog holds one package's messages in every language.
type Catalog struct {
	msgs map[string]map[string]string // language -> key -> format
}

// Load reads dir/en.json, dir/fr.json and dir/es.json from fsys.
func Load(fsys fs.FS, dir string) (*Catalog, error) {
	c := &Catalog{msgs: map[string]map[string]string{}}
	for _, lang := range Languages {
		data, err := fs.ReadFile(fsys, path.Join(dir, lang+".json"))
		if err != nil {
			return nil, err
		}
		m := map[string]string{}
		if err := json.Unmarshal(data, &m); err != nil {
			return nil, fmt.Errorf("%s/%s.json: %w", dir, lang, err)
		}
		c.msgs[lang] = m
	}
	return c, nil
}

// MustLoad is Load for package initialisation: the catalogs are embedded, so an
// error is a build defect, caught by every test of the package.
func MustLoad(fsys fs.FS, dir string) *Catalog {
	c, err := Load(fsys, dir)
	if err != nil {
		panic("i18n: " + err.Error())
	}
	return c
}

// Missing lists "lang: key" for every key that one language has and another lacks,
// sorted; a complete catalog returns none.
func (c *Catalog) Missing() []string {
	keys := map[string]bool{}
	for _, m := range c.msgs {
		for k := range m {
			keys[k] = true
		}
	}
	var out []string
	for _, lang := range Languages {
		for k := range keys {
			if _, ok := c.msgs[lang][k]; !ok {
				out = append(out, lang+": "+k)
			}
		}
	}
	slices.Sort(out)
	return out
}

// Keys returns every key of the English catalog, sorted.
func (c *Catalog) Keys() []string {
	var out []string
	for k := range c.msgs["en"] {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// Has reports whether key exists in the English catalog.
func (c *Catalog) Has(key string) bool {
	_, ok := c.msgs["en"][key]
	return ok
}

// Sprintf formats the message key in lang with args. An unknown language falls back
// to English; an unknown key gives the key itself, which tests catch.
func (c *Catalog) Sprintf(lang, key string, args ...any) string {
	m, ok := c.msgs[lang]
	if !ok {
		m = c.msgs["en"]
	}
	f, ok := m[key]
	if !ok {
		f, ok = c.msgs["en"][key]
		if !ok {
			return key
		}
	}
	if len(args) == 0 {
		return f
	}
	return fmt.Sprintf(f, args...)
}
