package vdecode

import (
	"encoding"
	"encoding/binary"
	"fmt"
	"math/bits"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/openhrd/spcomm/internal/jsondoc"
)

// Hooks supply checks the plan cannot derive from tags: a type's own validity (a
// country code, a date) and string formats (email, uri). A check must not keep
// the string it is given: [Plan.Valid] passes strings that share the caller's
// bytes.
type Hooks struct {
	// Types maps a string-kinded type to the check of its values.
	Types map[reflect.Type]func(string) bool
	// Formats maps a format name of a jsonschema tag to its check.
	Formats map[string]func(string) bool
	// TypesOnly makes a plan that checks only what the Go types demand, as a
	// strict decoder does: JSON types, known fields, no duplicate keys, the codes
	// of vocabulary types and the Types checks. The jsonschema tags (required
	// fields, lengths, bounds, patterns, formats, tag enums) are ignored, so that a
	// draft decodes.
	TypesOnly bool
}

type kind uint8

const (
	kString kind = iota
	kBool
	kInt
	kStruct
	kSlice
	kPointer
)

// node is the compiled plan of one Go type with the constraints of its place.
type node struct {
	kind   kind
	typ    reflect.Type
	elem   *node    // slice element or pointee
	fields []*field // a struct's fields, looked up by name with lookup
	nreq   int      // required fields of a struct

	// string constraints
	check    func(string) bool
	enum     map[string]struct{}
	pattern  *regexp.Regexp
	class    *classPattern // the pattern, when it is a fixed run of one character class
	minLen   int
	maxLen   int // -1: none
	minItems int
	arrays   []reflect.Type // a slice's backing array types of capacity 2, 4, 8, …
	min, max float64
	hasMin   bool
	hasMax   bool
	required bool // as a struct field
	reqIndex int  // its bit among the struct's required fields
}

type field struct {
	*node
	name   string
	offset uintptr
}

// lookup finds a struct's field by its JSON name. Structs of the format have at
// most some twenty fields, mostly of distinct lengths, so a scan that compares
// lengths first beats a map.
func (n *node) lookup(key string) *field {
	for _, f := range n.fields {
		if len(f.name) == len(key) && f.name == key {
			return f
		}
	}
	return nil
}

// Plan decodes and validates documents of one Go struct type. It is safe for
// concurrent use.
type Plan struct {
	root  *node
	typ   reflect.Type
	depth int
}

// Compile builds the plan for struct type t.
func Compile(t reflect.Type, hooks Hooks) (*Plan, error) {
	c := compiler{hooks: hooks}
	n, err := c.node(t, "")
	if err != nil {
		return nil, err
	}
	return &Plan{root: n, typ: t, depth: n.depth()}, nil
}

// Depth is how many objects and arrays a document the plan accepts can nest, at
// most (the outermost object counts one). A caller whose reference reader limits
// nesting to fewer levels must not use the plan: it could accept what the
// reference rejects.
func (p *Plan) Depth() int { return p.depth }

// depth is the deepest nesting of objects and arrays below and including n.
func (n *node) depth() int {
	switch n.kind {
	case kPointer:
		return n.elem.depth()
	case kSlice:
		return 1 + n.elem.depth()
	case kStruct:
		d := 0
		for _, f := range n.fields {
			d = max(d, f.depth())
		}
		return 1 + d
	}
	return 0
}

type compiler struct {
	hooks Hooks
}

type codes interface{ Codes() []string }

var textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()

func (c *compiler) node(t reflect.Type, tag string) (*node, error) {
	n := &node{typ: t, maxLen: -1}
	if c.hooks.TypesOnly {
		tag = ""
	}
	if err := n.constraints(tag, c.hooks); err != nil {
		return nil, fmt.Errorf("%s: %w", t, err)
	}
	switch t.Kind() {
	case reflect.Pointer:
		elem, err := c.node(t.Elem(), tag)
		if err != nil {
			return nil, err
		}
		return &node{kind: kPointer, typ: t, elem: elem, maxLen: -1}, nil
	case reflect.Slice:
		n.kind = kSlice
		elem, err := c.node(t.Elem(), "")
		if err != nil {
			return nil, err
		}
		n.elem = elem
		for c := 2; c <= 64; c *= 2 {
			n.arrays = append(n.arrays, reflect.ArrayOf(c, elem.typ))
		}
		return n, nil
	case reflect.Bool:
		n.kind = kBool
		return n, nil
	case reflect.Int:
		n.kind = kInt
		return n, nil
	case reflect.String:
		n.kind = kString
		if cs, ok := reflect.Zero(t).Interface().(codes); ok {
			n.enum = map[string]struct{}{}
			for _, code := range cs.Codes() {
				n.enum[code] = struct{}{}
			}
		}
		check, ok := c.hooks.Types[t]
		if ok {
			n.check = check
		}
		// A type that checks its own text must have that check here too, or the
		// plan would accept what the type's UnmarshalText rejects.
		if !ok && n.enum == nil && reflect.PointerTo(t).Implements(textUnmarshaler) {
			return nil, fmt.Errorf("%s has UnmarshalText but no check in Hooks.Types", t)
		}
		return n, nil
	case reflect.Struct:
		n.kind = kStruct
		n.fields = nil
		for i := range t.NumField() {
			sf := t.Field(i)
			name, ok := jsondoc.JSONName(sf)
			if !ok {
				continue
			}
			tag, required := cutRequired(sf.Tag.Get("jsonschema"))
			required = required && !c.hooks.TypesOnly
			fn, err := c.node(sf.Type, tag)
			if err != nil {
				return nil, err
			}
			f := &field{node: fn, name: name, offset: sf.Offset}
			if required {
				// A copy, so that the same type elsewhere keeps its own flags.
				cp := *fn
				cp.required, cp.reqIndex = true, n.nreq
				f.node = &cp
				n.nreq++
			}
			n.fields = append(n.fields, f)
		}
		if n.nreq > 64 {
			return nil, fmt.Errorf("%s: more than 64 required fields", t)
		}
		return n, nil
	}
	return nil, fmt.Errorf("vdecode: unsupported type %s", t)
}

// cutRequired removes "required" from a jsonschema tag and reports whether it was
// there: as with the schema generator's RequiredFromJSONSchemaTags, only fields so
// tagged are required.
func cutRequired(tag string) (string, bool) {
	var rest []string
	required := false
	for _, kv := range strings.Split(tag, ",") {
		switch kv {
		case "required":
			required = true
		case "":
		default:
			rest = append(rest, kv)
		}
	}
	return strings.Join(rest, ","), required
}

// constraints reads a jsonschema struct tag.
func (n *node) constraints(tag string, hooks Hooks) error {
	if tag == "" {
		return nil
	}
	for _, kv := range strings.Split(tag, ",") {
		k, v, _ := strings.Cut(kv, "=")
		var err error
		switch k {
		case "minLength":
			n.minLen, err = strconv.Atoi(v)
		case "maxLength":
			n.maxLen, err = strconv.Atoi(v)
		case "minItems":
			n.minItems, err = strconv.Atoi(v)
		case "minimum":
			n.min, err = strconv.ParseFloat(v, 64)
			n.hasMin = true
		case "maximum":
			n.max, err = strconv.ParseFloat(v, 64)
			n.hasMax = true
		case "pattern":
			n.pattern, err = regexp.Compile(v)
			n.class = parseClassPattern(v)
		case "format":
			f, ok := hooks.Formats[v]
			if !ok {
				return fmt.Errorf("no check for format %q", v)
			}
			n.check = f
		case "enum":
			if n.enum == nil {
				n.enum = map[string]struct{}{}
			}
			n.enum[v] = struct{}{}
		default:
			return fmt.Errorf("unsupported jsonschema tag %q", k)
		}
		if err != nil {
			return fmt.Errorf("tag %q: %w", kv, err)
		}
	}
	return nil
}

// Decode decodes data into dst, a pointer to the plan's type, and reports whether
// the document is valid. When it returns false, dst holds a partial value that the
// caller must discard.
func (p *Plan) Decode(data []byte, dst any) bool {
	rv := reflect.ValueOf(dst)
	if rv.Kind() != reflect.Pointer || rv.Type().Elem() != p.typ {
		return false
	}
	// One copy of the document backs every string the decoder returns: a string
	// without escapes is a substring of it, so decoding allocates once for all of
	// them (the copy also keeps the result independent of data).
	d := decoder{data: data, text: string(data)}
	return d.document(p.root, rv.UnsafePointer())
}

// Valid reports whether data is a valid document. It reads data as Decode does
// but stores nothing, so that it does not allocate.
func (p *Plan) Valid(data []byte) bool {
	d := decoder{data: data, discard: true}
	if len(data) > 0 {
		// Strings are only checked, never kept: they may share data's memory.
		d.text = unsafe.String(&data[0], len(data))
	}
	return d.document(p.root, nil)
}

// document reads one value of root's type, with only white space around it.
func (d *decoder) document(root *node, ptr unsafe.Pointer) bool {
	d.space()
	if !d.value(root, ptr, 0) {
		return false
	}
	d.space()
	return d.pos == len(d.data)
}

// The bounds of the reference parser (internal/jsondoc), so that the fast path never
// accepts what the reference rejects.
const (
	maxDepth  = 64
	maxValues = 200_000
)

// maxElems is the longest array the plan decodes. A real submission has a handful
// of victims or violations; an array of a hundred thousand empty objects would
// make the decoder allocate a large struct for each before the value bound
// stopped it. A longer array makes Decode and Valid return false, and the caller
// takes its reference path, which reports it or decodes it.
const maxElems = 4096

type decoder struct {
	data   []byte
	text   string // the same bytes as data, as one string
	pos    int
	buf    []byte
	values int
	// discard is set when nothing is stored: strings may then share memory with
	// data and buf, as nothing outlives the call.
	discard bool
}

func (d *decoder) space() {
	for d.pos < len(d.data) {
		switch d.data[d.pos] {
		case ' ', '\t', '\n', '\r':
			d.pos++
		default:
			return
		}
	}
}

func (d *decoder) peek() byte {
	if d.pos < len(d.data) {
		return d.data[d.pos]
	}
	return 0
}

// value decodes the value at d.pos into the memory at ptr, which holds n's type;
// with a nil ptr it only checks the value, storing and allocating nothing.
func (d *decoder) value(n *node, ptr unsafe.Pointer, depth int) bool {
	if n.kind != kPointer {
		d.values++
	}
	if depth >= maxDepth || d.values > maxValues {
		return false
	}
	switch n.kind {
	case kPointer:
		if d.peek() == 'n' { // null: the schema has no nullable field
			return false
		}
		if ptr == nil {
			return d.value(n.elem, nil, depth)
		}
		v := reflect.New(n.elem.typ)
		if !d.value(n.elem, v.UnsafePointer(), depth) {
			return false
		}
		*(*unsafe.Pointer)(ptr) = v.UnsafePointer()
		return true
	case kString:
		s, ok := d.str()
		if !ok || !n.checkString(s) {
			return false
		}
		if ptr != nil {
			*(*string)(ptr) = s
		}
		return true
	case kBool:
		switch {
		case d.lit("true"):
			if ptr != nil {
				*(*bool)(ptr) = true
			}
			return true
		case d.lit("false"):
			if ptr != nil {
				*(*bool)(ptr) = false
			}
			return true
		}
		return false
	case kInt:
		v, ok := d.integer()
		if !ok || n.hasMin && float64(v) < n.min || n.hasMax && float64(v) > n.max {
			return false
		}
		if ptr != nil {
			*(*int)(ptr) = v
		}
		return true
	case kSlice:
		return d.slice(n, ptr, depth)
	case kStruct:
		return d.object(n, ptr, depth)
	}
	return false
}

func (n *node) checkString(s string) bool {
	// A string of b bytes has between b/4 and b characters: count them only when
	// the byte length does not decide.
	if n.maxLen >= 0 && len(s) > n.maxLen || n.minLen > 0 && len(s) < 4*n.minLen {
		l := utf8.RuneCountInString(s)
		if l < n.minLen || n.maxLen >= 0 && l > n.maxLen {
			return false
		}
	}
	if n.enum != nil {
		if _, ok := n.enum[s]; !ok {
			return false
		}
	}
	if n.class != nil {
		if !n.class.match(s) {
			return false
		}
	} else if n.pattern != nil && !n.pattern.MatchString(s) {
		return false
	}
	return n.check == nil || n.check(s)
}

func (d *decoder) lit(w string) bool {
	if len(d.data)-d.pos >= len(w) && string(d.data[d.pos:d.pos+len(w)]) == w {
		d.pos += len(w)
		return true
	}
	return false
}

// integer reads a JSON number that is a whole number in int range. Numbers with a
// fraction or exponent are accepted when they are whole ("30.0", "3e1"), as JSON
// Schema's integer is.
func (d *decoder) integer() (int, bool) {
	start := d.pos
	i := d.pos
	if i < len(d.data) && d.data[i] == '-' {
		i++
	}
	digits := i
	if i < len(d.data) && d.data[i] == '0' {
		i++
	} else {
		for i < len(d.data) && d.data[i] >= '0' && d.data[i] <= '9' {
			i++
		}
	}
	if i == digits {
		return 0, false
	}
	simple := true
	if i < len(d.data) && d.data[i] == '.' {
		simple = false
		i++
		n := i
		for i < len(d.data) && d.data[i] >= '0' && d.data[i] <= '9' {
			i++
		}
		if i == n {
			return 0, false
		}
	}
	if i < len(d.data) && (d.data[i] == 'e' || d.data[i] == 'E') {
		simple = false
		i++
		if i < len(d.data) && (d.data[i] == '+' || d.data[i] == '-') {
			i++
		}
		n := i
		for i < len(d.data) && d.data[i] >= '0' && d.data[i] <= '9' {
			i++
		}
		if i == n {
			return 0, false
		}
	}
	d.pos = i
	lit := unsafe.String(&d.data[start], i-start)
	if simple {
		v, err := strconv.Atoi(lit)
		return v, err == nil
	}
	return jsondoc.ExactInteger(lit)
}

// sliceHeader is the memory layout of a Go slice.
type sliceHeader struct {
	data     unsafe.Pointer
	len, cap int
}

// slice decodes an array. Elements are decoded in place into a backing array that
// grows by doubling; the slice header is written once at the end. (reflect.Append
// would allocate a header for every element.)
func (d *decoder) slice(n *node, ptr unsafe.Pointer, depth int) bool {
	if d.peek() != '[' {
		return false
	}
	d.pos++
	d.space()
	var h sliceHeader
	if d.peek() == ']' {
		d.pos++
	} else {
		size := n.elem.typ.Size()
		for {
			d.space()
			if h.len >= maxElems {
				return false
			}
			var elem unsafe.Pointer
			if ptr != nil {
				if h.len == h.cap {
					h = n.grow(h)
				}
				elem = unsafe.Add(h.data, uintptr(h.len)*size)
			}
			if !d.value(n.elem, elem, depth+1) {
				return false
			}
			h.len++
			d.space()
			c := d.peek()
			d.pos++
			if c == ']' {
				break
			}
			if c != ',' {
				return false
			}
		}
	}
	if h.len < n.minItems {
		return false
	}
	if ptr == nil {
		return true
	}
	if h.data == nil {
		h.data = unsafe.Pointer(&zeroArray) // an empty array decodes to an empty, non-nil slice
	}
	*(*sliceHeader)(ptr) = h
	return true
}

// zeroArray backs every empty slice the decoder returns.
var zeroArray [0]byte

// grow returns h with a backing array of twice the capacity (at least two), its
// elements copied.
func (n *node) grow(h sliceHeader) sliceHeader {
	newCap := max(2*h.cap, 2)
	var at reflect.Type
	if k := bits.Len(uint(newCap)) - 2; k < len(n.arrays) {
		at = n.arrays[k]
	} else {
		at = reflect.ArrayOf(newCap, n.elem.typ)
	}
	arr := reflect.New(at).UnsafePointer()
	if h.len > 0 {
		reflect.Copy(reflect.NewAt(n.typ, unsafe.Pointer(&sliceHeader{arr, newCap, newCap})).Elem(),
			reflect.NewAt(n.typ, unsafe.Pointer(&h)).Elem())
	}
	return sliceHeader{data: arr, len: h.len, cap: newCap}
}

func (d *decoder) object(n *node, ptr unsafe.Pointer, depth int) bool {
	if d.peek() != '{' {
		return false
	}
	d.pos++
	d.space()
	var seen uint64 // required fields seen
	var keys [32]string
	nkeys := 0
	if d.peek() == '}' {
		d.pos++
		return n.nreq == 0
	}
	for {
		d.space()
		key, ok := d.str()
		if !ok {
			return false
		}
		// Duplicate keys make a document invalid; objects of the format have few
		// members, so a linear scan beats a map.
		for _, k := range keys[:nkeys] {
			if k == key {
				return false
			}
		}
		if nkeys < len(keys) {
			keys[nkeys] = key
			nkeys++
		} else {
			return false // more members than any struct of the format has
		}
		f := n.lookup(key)
		if f == nil {
			return false
		}
		d.space()
		if d.peek() != ':' {
			return false
		}
		d.pos++
		d.space()
		var fp unsafe.Pointer
		if ptr != nil {
			fp = unsafe.Add(ptr, f.offset)
		}
		if !d.value(f.node, fp, depth+1) {
			return false
		}
		if f.required {
			seen |= 1 << f.reqIndex
		}
		d.space()
		c := d.peek()
		d.pos++
		if c == '}' {
			break
		}
		if c != ',' {
			return false
		}
	}
	return seen == 1<<n.nreq-1
}

// str reads a JSON string, rejecting invalid UTF-8 and lone surrogates.
func (d *decoder) str() (string, bool) {
	if d.peek() != '"' {
		return "", false
	}
	start := d.pos + 1
	i := start
	// Eight bytes at a time while none of them ends the plain run: a quote, a
	// backslash or a control character. High bits are gathered to know whether
	// the run was ASCII.
	var high uint64
	for i+8 <= len(d.data) {
		w := binary.LittleEndian.Uint64(d.data[i:])
		if hasLess(w, 0x20)|hasZero(w^(lsb*'"'))|hasZero(w^(lsb*'\\')) != 0 {
			break
		}
		high |= w
		i += 8
	}
	ascii := high&msb == 0
scan:
	for i < len(d.data) {
		switch strClass[d.data[i]] {
		case plain:
			i++
		case nonASCII:
			ascii = false
			i++
		case quote:
			d.pos = i + 1
			if !ascii && !utf8.Valid(d.data[start:i]) {
				return "", false
			}
			return d.text[start:i], true
		default: // an escape or a control character: the slow loop below
			break scan
		}
	}
	buf := append(d.buf[:0], d.data[start:i]...)
	for i < len(d.data) {
		c := d.data[i]
		switch {
		case c == '"':
			d.pos = i + 1
			d.buf = buf
			if !utf8.Valid(buf) {
				return "", false
			}
			if d.discard {
				return unsafe.String(unsafe.SliceData(buf), len(buf)), true
			}
			return string(buf), true
		case c < 0x20:
			return "", false
		case c != '\\':
			buf = append(buf, c)
			i++
			continue
		}
		if i+1 >= len(d.data) {
			return "", false
		}
		switch e := d.data[i+1]; e {
		case '"', '\\', '/':
			buf = append(buf, e)
		case 'b':
			buf = append(buf, '\b')
		case 'f':
			buf = append(buf, '\f')
		case 'n':
			buf = append(buf, '\n')
		case 'r':
			buf = append(buf, '\r')
		case 't':
			buf = append(buf, '\t')
		case 'u':
			r, n, ok := jsondoc.UnicodeEscape(d.data, i)
			if !ok {
				return "", false
			}
			buf = utf8.AppendRune(buf, r)
			i += n
			continue
		default:
			return "", false
		}
		i += 2
	}
	return "", false
}

// Word-at-a-time tests on eight bytes: whether any byte is zero, and whether any
// is less than n (n <= 0x80). Both are exact as to "any".
const (
	lsb = 0x0101010101010101
	msb = 0x8080808080808080
)

func hasZero(w uint64) uint64           { return (w - lsb) &^ w & msb }
func hasLess(w uint64, n uint64) uint64 { return (w - lsb*n) &^ w & msb }

// The classes of bytes inside a JSON string, for the scanning loop of str.
const (
	plain    = iota // printable ASCII other than '"' and '\\'
	quote           // '"', the end of the string
	special         // '\\' or a control character
	nonASCII        // a byte of a multi-byte UTF-8 sequence
)

var strClass = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c == '"':
			t[c] = quote
		case c == '\\' || c < 0x20:
			t[c] = special
		case c >= 0x80:
			t[c] = nonASCII
		}
	}
	return t
}()

// classPattern is a pattern of the form ^[…]{n}$ over ASCII ranges (a digest, a
// fixed-length code): checked byte by byte instead of by the regexp engine.
type classPattern struct {
	in  [256]bool
	len int
}

func (c *classPattern) match(s string) bool {
	if len(s) != c.len {
		return false
	}
	for i := range len(s) {
		if !c.in[s[i]] {
			return false
		}
	}
	return true
}

// parseClassPattern recognises ^[ranges]{n}$ where each range is an ASCII letter
// or digit, or two of them joined by '-'; anything else returns nil and the
// regexp is used.
func parseClassPattern(p string) *classPattern {
	body, ok := strings.CutPrefix(p, "^[")
	if !ok {
		return nil
	}
	set, rest, ok := strings.Cut(body, "]{")
	if !ok {
		return nil
	}
	count, ok := strings.CutSuffix(rest, "}$")
	if !ok {
		return nil
	}
	n, err := strconv.Atoi(count)
	if err != nil || n <= 0 || strconv.Itoa(n) != count {
		return nil
	}
	alnum := func(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' }
	c := &classPattern{len: n}
	for i := 0; i < len(set); {
		lo := set[i]
		if !alnum(lo) {
			return nil
		}
		hi := lo
		if i+2 < len(set) && set[i+1] == '-' {
			hi = set[i+2]
			if !alnum(hi) || hi < lo {
				return nil
			}
			i += 3
		} else {
			i++
		}
		for b := int(lo); b <= int(hi); b++ {
			c.in[b] = true
		}
	}
	if len(set) == 0 {
		return nil
	}
	return c
}
