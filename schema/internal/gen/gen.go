package gen

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"slices"
	"strings"

	"github.com/invopop/jsonschema"

	"github.com/openhrd/spcomm/communication"
	"github.com/openhrd/spcomm/communication/mandate"
	"github.com/openhrd/spcomm/hrd"
)

// ID is the schema's stable, versioned $id.
const ID = "https://openhrd.github.io/spcomm/schema/submission-v1.schema.json"

// Module is the import path of the module whose doc comments become descriptions.
const Module = "github.com/openhrd/spcomm"

// Title is the schema's title.
const Title = "spcomm submission, version 1"

// Patterns of the string types that are not vocabularies. They use only the syntax
// that Go's RE2 and ECMAScript regular expressions (with the "u" flag) read alike:
// character classes, counted repetition and non-capturing groups, no lookaround.
const (
	// DatePattern accepts exactly the partial dates hrd.ParseDate accepts: YYYY,
	// YYYY-MM or YYYY-MM-DD of the real (proleptic Gregorian) calendar, year 0001 to
	// 9999. It spells out the month lengths and the leap years, so that "2025-02-29"
	// and "2024-04-31" fail the schema itself, in every validator, and not only the
	// Go decoder.
	DatePattern = `^(?:` + year + `(?:-(?:0[1-9]|1[0-2]))?` +
		`|` + year + `-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))` +
		`|` + leapYear + `-02-29)$`
	// IDPattern is the form of the ids of victims, perpetrators and violations.
	IDPattern = `^[A-Za-z0-9_-]{1,64}$`
	// MandatePattern is the form of a mandate id (the mandate's web slug at OHCHR).
	// Whether the mandate exists is a readiness check, so the catalogue can grow
	// without a new schema.
	MandatePattern = `^(sr|ie|wg)-[a-z0-9-]+$`

	year     = `(?:[0-9]{3}[1-9]|[0-9]{2}[1-9]0|[0-9][1-9]00|[1-9]000)` // 0001-9999
	leapYear = `(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)`
)

// vocabulary is what every generated vocabulary type of package hrd has.
type vocabulary interface {
	Codes() []string
	Vocabulary() string
}

var vocabularyType = reflect.TypeFor[vocabulary]()

// scalars are the string types of the format that are not vocabularies, each with
// the schema of its values (without description, which comes from its doc comment).
var scalars = map[reflect.Type]func() *jsonschema.Schema{
	reflect.TypeFor[hrd.Country](): func() *jsonschema.Schema {
		codes := hrd.Countries()
		enum := make([]any, len(codes))
		for i, c := range codes {
			enum[i] = string(c)
		}
		return &jsonschema.Schema{Type: "string", Enum: enum}
	},
	reflect.TypeFor[hrd.PartialDate](): func() *jsonschema.Schema {
		return &jsonschema.Schema{Type: "string", Pattern: DatePattern}
	},
	reflect.TypeFor[hrd.ID](): func() *jsonschema.Schema {
		return &jsonschema.Schema{Type: "string", Pattern: IDPattern}
	},
	reflect.TypeFor[mandate.ID](): func() *jsonschema.Schema {
		return &jsonschema.Schema{Type: "string", Pattern: MandatePattern}
	},
}

// commentDirs are the packages, relative to the module root, whose doc comments
// describe the reflected types.
var commentDirs = []string{"hrd", "communication"}

// generator holds the state of one run.
type generator struct {
	r     *jsonschema.Reflector
	defs  map[string]*jsonschema.Schema // definitions of mapped string types
	names map[string]reflect.Type       // $defs name -> the Go type it stands for
	err   error
}

// Generate returns the schema, indented, with a final newline. root is the module's
// root directory, relative to the working directory ("." from the root, ".." from
// the schema directory, where `go generate` runs); it is read for doc comments.
func Generate(root string) ([]byte, error) {
	wd, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	absRoot, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	// invopop keys comments by path.Join(base, directory as walked); with a walk
	// rooted at root/dir, base must be the import path of the working directory.
	rel, err := filepath.Rel(absRoot, wd)
	if err != nil || strings.HasPrefix(rel, "..") {
		return nil, fmt.Errorf("gen: working directory %s is not inside the module root %s", wd, absRoot)
	}
	base := path.Join(Module, filepath.ToSlash(rel))

	g := &generator{defs: map[string]*jsonschema.Schema{}, names: map[string]reflect.Type{}}
	g.r = &jsonschema.Reflector{
		ExpandedStruct: true, // the root is the submission itself, not a $ref
		Mapper:         g.mapType,
		Namer:          g.name,
	}
	for _, dir := range commentDirs {
		if err := g.r.AddGoComments(base, filepath.Join(root, dir)); err != nil {
			return nil, fmt.Errorf("gen: reading doc comments: %w", err)
		}
	}
	if g.r.CommentMap[Module+"/communication.Submission"] == "" {
		return nil, fmt.Errorf("gen: no doc comments found under %s", absRoot)
	}

	s := g.r.Reflect(&communication.Submission{})
	if g.err != nil {
		return nil, g.err
	}
	s.ID = jsonschema.ID(ID)
	s.Title = Title
	for name, def := range g.defs {
		if _, ok := s.Definitions[name]; ok {
			return nil, fmt.Errorf("gen: two types named %s in $defs", name)
		}
		s.Definitions[name] = def
	}

	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(s); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// name gives the $defs name of a type: its bare name for the core packages hrd and
// communication, prefixed with its package's name otherwise (mandate.ID is
// "MandateID", beside hrd's "ID"). Two types that would share a name are an error.
func (g *generator) name(t reflect.Type) string {
	name := t.Name()
	if name == "" {
		return ""
	}
	pkg := path.Base(t.PkgPath())
	if pkg != "hrd" && pkg != "communication" {
		name = strings.ToUpper(pkg[:1]) + pkg[1:] + name
	}
	if prev, ok := g.names[name]; ok && prev != t && g.err == nil {
		g.err = fmt.Errorf("gen: types %s and %s both map to $defs name %q", prev, t, name)
	}
	g.names[name] = t
	return name
}

// mapType gives the schema of the string types of the format: every type with a
// Codes method (the vocabularies) becomes an enum of its codes, and the types in
// scalars their own schema. Each is defined once in $defs and referred to. Other
// types are left to the reflector.
func (g *generator) mapType(t reflect.Type) *jsonschema.Schema {
	var def *jsonschema.Schema
	switch {
	case scalars[t] != nil:
		def = scalars[t]()
	case t.Kind() == reflect.String && t.Implements(vocabularyType):
		v := reflect.Zero(t).Interface().(vocabulary)
		codes := v.Codes()
		if len(codes) == 0 || len(slices.Compact(slices.Sorted(slices.Values(codes)))) != len(codes) {
			g.fail(fmt.Errorf("gen: vocabulary %s has no codes or repeats one", t))
			return nil
		}
		enum := make([]any, len(codes))
		for i, c := range codes {
			enum[i] = c
		}
		def = &jsonschema.Schema{Type: "string", Enum: enum}
	default:
		return nil
	}
	name := g.name(t)
	if _, ok := g.defs[name]; !ok {
		def.Description = g.r.CommentMap[t.PkgPath()+"."+t.Name()]
		g.defs[name] = def
	}
	return &jsonschema.Schema{Ref: "#/$defs/" + name}
}

func (g *generator) fail(err error) {
	if g.err == nil {
		g.err = err
	}
}
