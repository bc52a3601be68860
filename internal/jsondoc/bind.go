package jsondoc

import (
	"encoding"
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
	"sync"
)

// Bind sets dst, a non-nil pointer, from v: objects to structs by their json tags
// (a member with no field is an error), arrays to slices, strings to strings or to
// types that implement encoding.TextUnmarshaler, numbers to integers (which must be
// whole and in range) and floats, booleans to bools, and null to the zero value.
// The first error is returned as an [*Error] with the pointer of the place; data
// gives its line and column.
func Bind(data []byte, v *Value, dst any) error {
	b := binder{data: data}
	rv := reflect.ValueOf(dst)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return fmt.Errorf("jsondoc: Bind needs a non-nil pointer, not %T", dst)
	}
	return b.bind(v, rv.Elem())
}

type binder struct {
	data []byte
	path path
}

func (b *binder) fail(v *Value, code, msg string, err error) *Error {
	e := &Error{Pointer: b.path.String(), Offset: v.Off, Code: code, Msg: msg, Err: err}
	e.position(b.data)
	return e
}

var textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()

// JSONType names the JSON type a Go type is read from, for messages.
func JSONType(t reflect.Type) string {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if reflect.PointerTo(t).Implements(textUnmarshaler) {
		return "string"
	}
	switch t.Kind() {
	case reflect.Struct, reflect.Map:
		return "object"
	case reflect.Slice:
		return "array"
	case reflect.String:
		return "string"
	case reflect.Bool:
		return "boolean"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "integer"
	case reflect.Float32, reflect.Float64:
		return "number"
	}
	return t.String()
}

func (b *binder) typeErr(v *Value, t reflect.Type) *Error {
	return b.fail(v, CodeType, "expected "+article(JSONType(t))+", found "+article(v.Kind.String()), nil)
}

func article(s string) string {
	if strings.IndexByte("aeiou", s[0]) >= 0 {
		return "an " + s
	}
	return "a " + s
}

func (b *binder) bind(v *Value, rv reflect.Value) error {
	t := rv.Type()
	if v.Kind == Null {
		rv.SetZero()
		return nil
	}
	if t.Kind() == reflect.Pointer {
		if rv.IsNil() {
			rv.Set(reflect.New(t.Elem()))
		}
		return b.bind(v, rv.Elem())
	}
	if reflect.PointerTo(t).Implements(textUnmarshaler) {
		if v.Kind != String {
			return b.typeErr(v, t)
		}
		if err := rv.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(v.Str)); err != nil {
			return b.fail(v, CodeValue, err.Error(), err)
		}
		return nil
	}
	switch t.Kind() {
	case reflect.Struct:
		if v.Kind != Object {
			return b.typeErr(v, t)
		}
		return b.object(v, rv)
	case reflect.Slice:
		if v.Kind != Array {
			return b.typeErr(v, t)
		}
		s := reflect.MakeSlice(t, len(v.Items), len(v.Items))
		for i, item := range v.Items {
			b.path = append(b.path, strconv.Itoa(i))
			if err := b.bind(item, s.Index(i)); err != nil {
				return err
			}
			b.path = b.path[:len(b.path)-1]
		}
		rv.Set(s)
	case reflect.String:
		if v.Kind != String {
			return b.typeErr(v, t)
		}
		rv.SetString(v.Str)
	case reflect.Bool:
		if v.Kind != Bool {
			return b.typeErr(v, t)
		}
		rv.SetBool(v.Bool)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if v.Kind != Number {
			return b.typeErr(v, t)
		}
		n, err := wholeNumber(v.Str)
		if err != nil {
			return b.fail(v, CodeType, err.Error(), nil)
		}
		if rv.OverflowInt(n) {
			return b.fail(v, CodeRange, "number out of range", nil)
		}
		rv.SetInt(n)
	case reflect.Float32, reflect.Float64:
		if v.Kind != Number {
			return b.typeErr(v, t)
		}
		f, err := strconv.ParseFloat(v.Str, 64)
		if err != nil || rv.OverflowFloat(f) {
			return b.fail(v, CodeRange, "number out of range", nil)
		}
		rv.SetFloat(f)
	default:
		return fmt.Errorf("jsondoc: cannot bind to %s", t)
	}
	return nil
}

// wholeNumber returns the integer a JSON number stands for: "30", "30.0" and "3e1"
// are 30 (JSON Schema's integer), "30.5" and "1e-400" are not integers, and "1e400"
// is out of range.
func wholeNumber(lit string) (int64, error) {
	if n, err := strconv.ParseInt(lit, 10, 64); err == nil {
		return n, nil
	}
	if n, ok := ExactInteger(lit); ok {
		return int64(n), nil
	}
	f, err := strconv.ParseFloat(lit, 64)
	if err != nil || math.IsInf(f, 0) || math.Abs(f) > 1<<53 {
		return 0, fmt.Errorf("number out of range: expected an integer")
	}
	return 0, fmt.Errorf("expected an integer, found a number with a fraction")
}

// ExactInteger returns the integer a JSON number with a fraction or an exponent
// stands for, deciding exactly, on the decimal digits, as the reference validator
// does: "30.0" and "3e1" are 30, "1e-400" is not an integer (floating point would
// round it to 0), and a value beyond 2^53 is refused (every integer field of the
// format has a smaller maximum).
func ExactInteger(lit string) (int, bool) {
	neg := lit[0] == '-'
	if neg {
		lit = lit[1:]
	}
	mant, exp := lit, 0
	if e := strings.IndexAny(lit, "eE"); e >= 0 {
		x, err := strconv.Atoi(strings.TrimPrefix(lit[e+1:], "+"))
		if err != nil {
			return 0, false // an exponent beyond int range: far out of any bound
		}
		mant, exp = lit[:e], x
	}
	if dot := strings.IndexByte(mant, '.'); dot >= 0 {
		exp -= len(mant) - dot - 1
		mant = mant[:dot] + mant[dot+1:]
	}
	mant = strings.TrimLeft(mant, "0")
	if mant == "" {
		return 0, true // zero, whatever the exponent
	}
	for len(mant) > 0 && mant[len(mant)-1] == '0' {
		mant = mant[:len(mant)-1]
		exp++
	}
	if exp < 0 || len(mant)+exp > 16 {
		return 0, false
	}
	v, err := strconv.Atoi(mant + strings.Repeat("0", exp))
	if err != nil || v > 1<<53 {
		return 0, false
	}
	if neg {
		v = -v
	}
	return v, true
}

func (b *binder) object(v *Value, rv reflect.Value) error {
	fields := fieldsOf(rv.Type())
	for _, m := range v.Members {
		idx, ok := fields.byName[m.Key]
		b.path = append(b.path, m.Key)
		if !ok {
			return b.fail(m.Value, CodeAdditionalProperty, "unknown field: the format has no field of this name here (allowed: "+strings.Join(fields.names, ", ")+")", nil)
		}
		if err := b.bind(m.Value, rv.Field(idx)); err != nil {
			return err
		}
		b.path = b.path[:len(b.path)-1]
	}
	return nil
}

type structFields struct {
	byName map[string]int
	names  []string
}

var fieldCache sync.Map // reflect.Type -> *structFields

// JSONName returns the name a struct field has in JSON, as encoding/json reads its
// tag; ok is false for a field JSON leaves out (unexported, or tagged "-").
func JSONName(sf reflect.StructField) (name string, ok bool) {
	if !sf.IsExported() {
		return "", false
	}
	name, _, _ = strings.Cut(sf.Tag.Get("json"), ",")
	switch name {
	case "-":
		return "", false
	case "":
		return sf.Name, true
	}
	return name, true
}

// fieldsOf maps the json names of t's exported fields to their indices.
func fieldsOf(t reflect.Type) *structFields {
	if f, ok := fieldCache.Load(t); ok {
		return f.(*structFields)
	}
	f := &structFields{byName: map[string]int{}}
	for i := range t.NumField() {
		name, ok := JSONName(t.Field(i))
		if !ok {
			continue
		}
		f.byName[name] = i
		f.names = append(f.names, name)
	}
	fieldCache.Store(t, f)
	return f
}

// ToAny converts v to the values encoding/json produces with UseNumber: map[string]any,
// []any, string, json.Number, bool and nil.
func ToAny(v *Value) any {
	switch v.Kind {
	case Object:
		m := make(map[string]any, len(v.Members))
		for _, mem := range v.Members {
			m[mem.Key] = ToAny(mem.Value)
		}
		return m
	case Array:
		a := make([]any, len(v.Items))
		for i, item := range v.Items {
			a[i] = ToAny(item)
		}
		return a
	case String:
		return v.Str
	case Number:
		return jsonNumber(v.Str)
	case Bool:
		return v.Bool
	}
	return nil
}
