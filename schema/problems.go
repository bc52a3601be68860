package schema

import (
	"cmp"
	"embed"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/openhrd/spcomm/internal/i18n"
	"github.com/openhrd/spcomm/internal/jsondoc"
	"github.com/openhrd/spcomm/schema/internal/engine"
)

//go:embed messages/*.json
var messageFS embed.FS

// msgs holds the problems' messages in English, French and Spanish.
var msgs = i18n.MustLoad(messageFS, "messages")

// keywordCodes maps the schema keywords to problem codes where snake case alone
// would not do (a failed additionalProperties is one unknown property).
var keywordCodes = map[string]string{
	"additionalProperties": "additional_property",
}

// codeOf returns the problem code of a schema keyword: its name in snake case.
func codeOf(keyword string) string {
	if c, ok := keywordCodes[keyword]; ok {
		return c
	}
	var b strings.Builder
	for i, r := range keyword {
		if 'A' <= r && r <= 'Z' {
			if i > 0 {
				b.WriteByte('_')
			}
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// readProblem turns an error of the strict JSON reader into a problem.
func readProblem(e *jsondoc.Error, lang string, maxDepth int) Problem {
	p := Problem{Pointer: e.Pointer, Code: e.Code, Element: elementOf(e.Pointer), Line: e.Line, Column: e.Column}
	switch e.Code {
	case CodeDuplicateKey:
		p.Message = msgs.Sprintf(lang, "duplicate_key")
	case CodeDepth:
		if maxDepth <= 0 {
			maxDepth = jsondoc.DefaultMaxDepth
		}
		p.Message = msgs.Sprintf(lang, "depth", maxDepth)
	case jsondoc.CodeSize:
		p.Code = CodeSize
		p.Message = msgs.Sprintf(lang, "values", strArgs(e.Args)...)
	default:
		p.Code = CodeSyntax
		detail := e.Msg
		if key := "syntax." + e.Reason; msgs.Has(key) {
			detail = msgs.Sprintf(lang, key, strArgs(e.Args)...)
		}
		p.Message = msgs.Sprintf(lang, "syntax", detail)
	}
	return p
}

func strArgs(args []string) []any {
	out := make([]any, len(args))
	for i, a := range args {
		out[i] = a
	}
	return out
}

// check validates a parsed document against the schema and explains every failed
// keyword.
func check(root *jsondoc.Value, data []byte, opt Options) *Result {
	c := must()
	l := lang(opt)
	leaves, err := c.engine.Validate(jsondoc.ToAny(root))
	if err != nil {
		// ToAny yields only JSON values, which the validator accepts; report the
		// impossible all the same rather than calling an invalid document valid.
		return &Result{Problems: []Problem{{Code: "type", Message: msgs.Sprintf(l, "other", "type")}}}
	}
	var probs []Problem
	for _, leaf := range leaves {
		ps := explain(c, leaf, root, l)
		if len(ps) == 0 {
			// The failure could not be tied to a member (which the tests rule out):
			// keep it at the validator's place rather than lose it.
			kw := pointerTokens(leaf.Keyword)
			code := "other"
			if len(kw) > 0 {
				code = codeOf(kw[len(kw)-1])
			}
			ps = []Problem{{Pointer: leaf.Instance, Code: code, Message: msgs.Sprintf(l, "other", code)}}
		}
		probs = append(probs, ps...)
	}
	pos := positions{data: data}
	for i := range probs {
		probs[i].Element = elementOf(probs[i].Pointer)
		probs[i].Line, probs[i].Column = pos.at(offsetOf(root, probs[i].Pointer))
	}
	sortProblems(probs)
	return &Result{Problems: slices.CompactFunc(probs, func(a, b Problem) bool {
		return a.Pointer == b.Pointer && a.Code == b.Code && a.Message == b.Message
	})}
}

// explain turns one failed keyword into problems: one for most keywords, one per
// missing field for "required", one per unknown member for "additionalProperties".
// The messages are built from the schema (what is allowed) and from the shape of
// the value (its JSON type, its length), never from the text of the value.
func explain(c *compiled, leaf engine.Leaf, root *jsondoc.Value, l string) []Problem {
	ktoks := pointerTokens(leaf.Keyword)
	if len(ktoks) == 0 {
		return []Problem{{Pointer: leaf.Instance, Code: "other", Message: msgs.Sprintf(l, "other", "?")}}
	}
	keyword := ktoks[len(ktoks)-1]
	atoks := pointerTokens(leaf.Absolute)
	var node map[string]any
	if len(atoks) > 0 {
		node, _ = lookup(c.doc, atoks[:len(atoks)-1]).(map[string]any)
	}
	value := valueAt(root, leaf.Instance)
	code := codeOf(keyword)
	one := func(msg string) []Problem {
		return []Problem{{Pointer: leaf.Instance, Code: code, Message: msg}}
	}
	switch keyword {
	case "required":
		var out []Problem
		for _, name := range schemaStrings(node["required"]) {
			if value != nil && member(value, name) == nil {
				out = append(out, Problem{Pointer: leaf.Instance + "/" + jsondoc.EscapeToken(name), Code: code, Message: msgs.Sprintf(l, "required", name)})
			}
		}
		return out
	case "additionalProperties":
		allowed := propertyNames(node)
		var out []Problem
		if value != nil {
			for _, m := range value.Members {
				if !slices.Contains(allowed, m.Key) {
					out = append(out, Problem{Pointer: leaf.Instance + "/" + jsondoc.EscapeToken(m.Key), Code: code, Message: msgs.Sprintf(l, "additional_property", strings.Join(allowed, ", "))})
				}
			}
		}
		return out
	case "type":
		var want []string
		if s, ok := node["type"].(string); ok {
			want = []string{s}
		} else {
			want = schemaStrings(node["type"])
		}
		for i, w := range want {
			want[i] = msgs.Sprintf(l, "kind."+w)
		}
		found := "null"
		if value != nil {
			found = value.Kind.String()
		}
		return one(msgs.Sprintf(l, "type", strings.Join(want, " | "), msgs.Sprintf(l, "kind."+found)))
	case "enum":
		if key := "enum." + defName(atoks); msgs.Has(key) {
			return one(msgs.Sprintf(l, key))
		}
		return one(msgs.Sprintf(l, "enum", strings.Join(schemaStrings(node["enum"]), ", ")))
	case "const":
		b, _ := json.Marshal(node["const"])
		return one(msgs.Sprintf(l, "const", string(b)))
	case "format":
		f, _ := node["format"].(string)
		if key := "format." + f; msgs.Has(key) {
			return one(msgs.Sprintf(l, key))
		}
		return one(msgs.Sprintf(l, "format", f))
	case "pattern":
		if key := "pattern." + defName(atoks); len(atoks) == 3 && msgs.Has(key) {
			return one(msgs.Sprintf(l, key))
		}
		if n := len(atoks); n >= 3 && atoks[n-3] == "properties" && msgs.Has("pattern."+atoks[n-2]) {
			return one(msgs.Sprintf(l, "pattern."+atoks[n-2]))
		}
		p, _ := node["pattern"].(string)
		return one(msgs.Sprintf(l, "pattern", p))
	case "minLength", "minItems":
		n := number(node[keyword])
		if n == 1 {
			return one(msgs.Sprintf(l, code+".empty"))
		}
		return one(msgs.Sprintf(l, code, n))
	case "maxLength":
		found := 0
		if value != nil {
			found = utf8.RuneCountInString(value.Str)
		}
		return one(msgs.Sprintf(l, code, number(node[keyword]), found))
	case "maxItems":
		return one(msgs.Sprintf(l, code, number(node[keyword])))
	case "minimum", "maximum":
		n, _ := node[keyword].(json.Number)
		return one(msgs.Sprintf(l, code, n.String()))
	}
	return one(msgs.Sprintf(l, "other", keyword))
}

// defName returns the name of the $defs entry an absolute keyword location lies
// in ("PartialDate" for /$defs/PartialDate/pattern), or "".
func defName(atoks []string) string {
	if len(atoks) >= 2 && atoks[0] == "$defs" {
		return atoks[1]
	}
	return ""
}

// number returns a whole number of the schema document, or -1.
func number(v any) int {
	n, ok := v.(json.Number)
	if !ok {
		return -1
	}
	i, err := strconv.Atoi(n.String())
	if err != nil {
		return -1
	}
	return i
}

// member returns the value of an object's member, or nil.
func member(v *jsondoc.Value, key string) *jsondoc.Value {
	if v.Kind != jsondoc.Object {
		return nil
	}
	for _, m := range v.Members {
		if m.Key == key {
			return m.Value
		}
	}
	return nil
}

// valueAt returns the value at a JSON Pointer in the parsed document, or nil.
func valueAt(root *jsondoc.Value, ptr string) *jsondoc.Value {
	v := root
	for _, t := range pointerTokens(ptr) {
		switch v.Kind {
		case jsondoc.Object:
			v = member(v, t)
		case jsondoc.Array:
			i := index(t)
			if i < 0 || i >= len(v.Items) {
				return nil
			}
			v = v.Items[i]
		default:
			return nil
		}
		if v == nil {
			return nil
		}
	}
	return v
}

// offsetOf returns the byte offset that best locates a pointer: the member's key
// for an object member, the value for an array item, and the nearest enclosing
// value that exists for a missing member.
func offsetOf(root *jsondoc.Value, ptr string) int {
	v, off := root, root.Off
	for _, t := range pointerTokens(ptr) {
		switch v.Kind {
		case jsondoc.Object:
			i := slices.IndexFunc(v.Members, func(m jsondoc.Member) bool { return m.Key == t })
			if i < 0 {
				return off
			}
			v, off = v.Members[i].Value, v.Members[i].Off
		case jsondoc.Array:
			i := index(t)
			if i < 0 || i >= len(v.Items) {
				return off
			}
			v, off = v.Items[i], v.Items[i].Off
		default:
			return off
		}
	}
	return off
}

// positions turns byte offsets into 1-based lines and columns (in characters),
// indexing the line starts on first use.
type positions struct {
	data  []byte
	lines []int // offsets where lines start
}

func (p *positions) at(off int) (line, col int) {
	if p.data == nil {
		return 0, 0
	}
	if p.lines == nil {
		p.lines = []int{0}
		for i, b := range p.data {
			if b == '\n' {
				p.lines = append(p.lines, i+1)
			}
		}
	}
	off = min(max(off, 0), len(p.data))
	i, found := slices.BinarySearch(p.lines, off)
	if !found {
		i--
	}
	return i + 1, utf8.RuneCount(p.data[p.lines[i]:off]) + 1
}

// sortProblems sorts by pointer (array indices numerically), then code, then
// message, so the order never depends on the validator's.
func sortProblems(probs []Problem) {
	slices.SortFunc(probs, func(a, b Problem) int {
		if c := comparePointers(a.Pointer, b.Pointer); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Code, b.Code); c != 0 {
			return c
		}
		return cmp.Compare(a.Message, b.Message)
	})
}

func comparePointers(a, b string) int {
	at, bt := pointerTokens(a), pointerTokens(b)
	for i := range min(len(at), len(bt)) {
		x, y := at[i], bt[i]
		if x == y {
			continue
		}
		if xi, yi := index(x), index(y); xi >= 0 && yi >= 0 {
			return cmp.Compare(xi, yi)
		}
		return cmp.Compare(x, y)
	}
	return cmp.Compare(len(at), len(bt))
}
