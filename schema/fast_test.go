package schema

import (
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/openhrd/spcomm/communication"
	"github.com/openhrd/spcomm/internal/fixtures"
)

// allFixtures returns every JSON fixture of the repository's testdata.
func allFixtures(t testing.TB) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, f := range fixtures.Load(t, "submissions", "drafts", "invalid") {
		out[f.Name] = f.Data
	}
	return out
}

// agree checks that the fast path and the reference give the same verdict on data,
// and that what the fast path decodes is what the reference decoder decodes.
func agree(t *testing.T, name string, data []byte) {
	t.Helper()
	s, fastOK := fastDecode(data, Options{})
	if v := fastValid(data, Options{}); v != fastOK {
		t.Errorf("%s: the fast path's Valid says %v, its Decode %v", name, v, fastOK)
	}
	ref := validateReference(data, Options{})
	if fastOK != ref.Valid() {
		t.Errorf("%s: fast path says valid=%v, reference says %v\n%.300s", name, fastOK, ref.Problems, firstDiff(data))
		return
	}
	if !fastOK {
		return
	}
	want, err := (&communication.Decoder{}).DecodeBytes(data)
	if err != nil {
		t.Errorf("%s: valid, but the reference decoder fails: %v", name, err)
		return
	}
	if diff := cmp.Diff(want, s); diff != "" {
		t.Errorf("%s: the fast path decodes differently (-reference +fast):\n%s", name, diff)
	}
}

func TestFastPathAgreesOnEveryFixture(t *testing.T) {
	if _, err := fastPlan(); err != nil {
		t.Fatalf("the fast path does not compile: %v", err)
	}
	valid := 0
	for name, data := range allFixtures(t) {
		agree(t, name, data)
		if _, ok := fastDecode(data, Options{}); ok {
			valid++
		}
	}
	if valid < 17 {
		t.Errorf("the fast path accepts only %d fixtures; every submission and draft is valid", valid)
	}
}

// TestFastPathAgreesOnMutations breaks every valid submission in many small ways,
// one at a time, at every place of the document, and compares the verdicts.
func TestFastPathAgreesOnMutations(t *testing.T) {
	replacements := []any{nil, "", "x", "ZZZ", strings.Repeat("é", 301), 30.0, 1.5, -1, 131, 1e300, true, []any{}, []any{"x"}, map[string]any{}, "2025-02-29", "2024-02-29", "KH", "a b", "sr-x", "a@b", "no-at", "http://x", "::", strings.Repeat("a", 64), strings.Repeat("A", 65)}
	n := 0
	for name, data := range allFixtures(t) {
		if !strings.HasPrefix(name, "submissions/") {
			continue
		}
		var doc any
		if err := json.Unmarshal(data, &doc); err != nil {
			t.Fatal(err)
		}
		var paths [][]any
		var walk func(v any, path []any)
		walk = func(v any, path []any) {
			paths = append(paths, append([]any(nil), path...))
			switch v := v.(type) {
			case map[string]any:
				for _, k := range slices.Sorted(maps.Keys(v)) {
					walk(v[k], append(path, k))
				}
			case []any:
				for i, c := range v {
					walk(c, append(path, i))
				}
			}
		}
		walk(doc, nil)
		for i, p := range paths {
			if len(p) == 0 {
				continue
			}
			// Each place gets three of the replacements, rotating so that every
			// replacement reaches every kind of place across the corpus, and a
			// deletion.
			for j := range 3 {
				r := replacements[(i*3+j)%len(replacements)]
				mutated := mutateAt(doc, p, r, false)
				b, _ := json.Marshal(mutated)
				agree(t, name, b)
				n++
			}
			b, _ := json.Marshal(mutateAt(doc, p, nil, true))
			agree(t, name, b)
			n++
		}
	}
	if n < 1000 {
		t.Errorf("only %d mutations", n)
	}
}

// mutateAt returns a deep copy of doc with the value at path replaced by r, or
// deleted.
func mutateAt(doc any, path []any, r any, del bool) any {
	if len(path) == 0 {
		return r
	}
	switch v := doc.(type) {
	case map[string]any:
		cp := make(map[string]any, len(v))
		for k, c := range v {
			cp[k] = c
		}
		k := path[0].(string)
		if len(path) == 1 && del {
			delete(cp, k)
		} else {
			cp[k] = mutateAt(v[k], path[1:], r, del)
		}
		return cp
	case []any:
		i := path[0].(int)
		cp := append([]any(nil), v...)
		if len(path) == 1 && del {
			return append(cp[:i], cp[i+1:]...)
		}
		cp[i] = mutateAt(v[i], path[1:], r, del)
		return cp
	}
	return doc
}

// FuzzFastPath is the differential fuzz test of the fast path against the
// reference validator: the verdicts must be equal in both directions.
func FuzzFastPath(f *testing.F) {
	for _, data := range allFixtures(f) {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		agree(t, "fuzz input", data)
	})
}

// firstDiff shows where a mutated document is odd, for the failure message: the
// numbers and nulls in it.
func firstDiff(data []byte) string {
	var out []string
	for _, tok := range strings.FieldsFunc(string(data), func(r rune) bool { return r == ',' || r == '{' || r == '}' || r == '[' || r == ']' }) {
		if strings.Contains(tok, "e+") || strings.Contains(tok, "null") || strings.Contains(tok, ":-") {
			out = append(out, tok)
		}
	}
	return strings.Join(out, " ")
}

// TestValidateValidDocumentAllocatesOnce guards the batch path's cost: a valid
// document is checked without decoding, and the only allocation is the Result.
func TestValidateValidDocumentAllocatesOnce(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "testdata", "submissions", "bgd-blogger-machete-attack.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !Validate(data, Options{}).Valid() {
		t.Fatal("the document is not valid")
	}
	if n := testing.AllocsPerRun(50, func() { Validate(data, Options{}) }); n > 1 {
		t.Errorf("Validate allocates %v times per valid document, want 1", n)
	}
}
