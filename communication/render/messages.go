package render

import (
	"embed"
	"fmt"
	"strconv"
	"strings"

	"github.com/openhrd/spcomm/hrd"
	"github.com/openhrd/spcomm/internal/i18n"
)

//go:embed messages/*.json
var msgFS embed.FS

// msgs are the draft's fixed texts in English, French and Spanish.
var msgs = i18n.MustLoad(msgFS, "messages")

// catalogs are [msgs] parsed once for each language, so that a draft's fixed
// texts need neither fmt nor its reflection.
var catalogs = func() map[hrd.Language]catalog {
	out := map[hrd.Language]catalog{}
	for _, lang := range []hrd.Language{hrd.English, hrd.French, hrd.Spanish} {
		c := catalog{lang: lang, msgs: map[string]message{}}
		for _, key := range msgs.Keys() {
			c.msgs[key] = parseMessage(msgs.Sprintf(string(lang), key))
		}
		out[lang] = c
	}
	return out
}()

// catalog holds the parsed messages of one language.
type catalog struct {
	lang hrd.Language
	msgs map[string]message
}

// catalogFor returns the catalog of lang, English for an unknown language.
func catalogFor(lang hrd.Language) catalog {
	if c, ok := catalogs[lang]; ok {
		return c
	}
	return catalogs[hrd.English]
}

// message is one parsed format string: its text, and the pieces it is made of
// when it takes arguments.
type message struct {
	raw   string
	parts []msgPart
	// simple says that the format uses only the verbs %s and %d (with or without
	// an argument index) and %%; any other format goes through fmt.
	simple bool
	// indexed says that an argument index appears, after which fmt does not
	// complain of arguments left over.
	indexed bool
}

// msgPart is literal text (verb 0) or argument arg printed with verb 's' or 'd'.
type msgPart struct {
	lit  string
	arg  int
	verb byte
}

// parseMessage splits a format string into its literal text and its verbs.
func parseMessage(f string) message {
	m := message{raw: f, simple: true}
	next := 0 // the argument of a verb without an index
	var lit strings.Builder
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			lit.WriteByte(f[i])
			continue
		}
		i++
		if i < len(f) && f[i] == '%' {
			lit.WriteByte('%')
			continue
		}
		arg := next
		if i < len(f) && f[i] == '[' {
			end := strings.IndexByte(f[i:], ']')
			if end < 2 || strings.Trim(f[i+1:i+end], "0123456789") != "" {
				return message{raw: f}
			}
			n, err := strconv.Atoi(f[i+1 : i+end])
			if err != nil || n < 1 {
				return message{raw: f}
			}
			arg, i, m.indexed = n-1, i+end+1, true
		}
		if i >= len(f) || (f[i] != 's' && f[i] != 'd') {
			return message{raw: f}
		}
		if lit.Len() > 0 {
			m.parts = append(m.parts, msgPart{lit: lit.String()})
			lit.Reset()
		}
		m.parts = append(m.parts, msgPart{arg: arg, verb: f[i]})
		next = arg + 1
	}
	if lit.Len() > 0 {
		m.parts = append(m.parts, msgPart{lit: lit.String()})
	}
	return m
}

// format returns the message with args, exactly as fmt.Sprintf would; ok is
// false when it cannot say so (an unusual verb, a missing, unused or mistyped
// argument), and the caller must use fmt.
func (m message) format(args []any) (s string, ok bool) {
	if !m.simple {
		return "", false
	}
	used := 0
	n := 0
	for _, p := range m.parts {
		if p.verb == 0 {
			n += len(p.lit)
			continue
		}
		if p.arg >= len(args) {
			return "", false
		}
		used = max(used, p.arg+1)
		switch a := args[p.arg].(type) {
		case string:
			if p.verb != 's' {
				return "", false
			}
			n += len(a)
		case int:
			if p.verb != 'd' {
				return "", false
			}
			n += 20
		default:
			return "", false
		}
	}
	if !m.indexed && used != len(args) {
		return "", false
	}
	var b strings.Builder
	b.Grow(n)
	var num [20]byte
	for _, p := range m.parts {
		switch p.verb {
		case 0:
			b.WriteString(p.lit)
		case 's':
			b.WriteString(args[p.arg].(string))
		case 'd':
			b.Write(strconv.AppendInt(num[:0], int64(args[p.arg].(int)), 10))
		}
	}
	return b.String(), true
}

// t returns the fixed text key with args, as msgs.Sprintf does.
func (c catalog) t(key string, args ...any) string {
	m, ok := c.msgs[key]
	if !ok {
		return msgs.Sprintf(string(c.lang), key, args...)
	}
	if len(args) == 0 {
		return m.raw
	}
	if s, ok := m.format(args); ok {
		return s
	}
	return fmt.Sprintf(m.raw, args...)
}
