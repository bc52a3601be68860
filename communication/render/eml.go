package render

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"mime"
	"mime/multipart"
	"net/mail"
	"net/textproto"
	"strings"
	"time"
	"unicode"
)

// checkHeader returns a [*HeaderError] when value holds a control character: a
// CR or LF would end the header and let the value write headers of its own.
func checkHeader(name, value string) error {
	for _, r := range value {
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			return &HeaderError{Header: name, Err: ErrHeaderControl}
		}
	}
	return nil
}

// addresses checks and formats the addresses of one header, or returns a
// [*HeaderError] naming it.
func addresses(name string, values []string) ([]*mail.Address, error) {
	var out []*mail.Address
	for _, v := range values {
		if err := checkHeader(name, v); err != nil {
			return nil, err
		}
		a, err := mail.ParseAddress(v)
		if err != nil {
			return nil, &HeaderError{Header: name, Err: err}
		}
		out = append(out, a)
	}
	return out, nil
}

// writeEML writes the draft as an RFC 5322 message: multipart/alternative with the
// text and the HTML renderings, both UTF-8 in quoted-printable, CRLF line ends.
func writeEML(w *bytes.Buffer, d *draft, opt EmailOptions) error {
	var from []*mail.Address
	if opt.From != "" {
		var err error
		if from, err = addresses("From", []string{opt.From}); err != nil {
			return err
		}
	}
	to, err := addresses("To", opt.To)
	if err != nil {
		return err
	}
	cc, err := addresses("Cc", opt.Cc)
	if err != nil {
		return err
	}
	if err := checkHeader("Subject", d.Subject); err != nil {
		return err
	}

	var text, html bytes.Buffer
	text.Grow(d.sizeHint(Text))
	html.Grow(d.sizeHint(HTML))
	writeText(&text, d)
	if err := writeHTML(&html, d); err != nil {
		return err
	}

	// The boundary and the Message-ID come from a digest of the content, so that
	// the same draft gives the same message.
	h := sha256.New()
	for _, part := range [][]byte{[]byte(d.Subject), text.Bytes(), html.Bytes()} {
		h.Write(part)
		h.Write([]byte{0})
	}
	for _, list := range [][]*mail.Address{from, to, cc} {
		for _, a := range list {
			h.Write([]byte(a.String()))
			h.Write([]byte{0})
		}
	}
	h.Write([]byte(d.Date.UTC().Format(time.RFC3339)))
	sum := hex.EncodeToString(h.Sum(nil))
	boundary := "spcomm-" + sum[:32]

	header := func(name, value string) {
		w.WriteString(foldHeader(name+": "+value) + "\r\n")
	}
	if len(from) > 0 {
		header("From", from[0].String())
	}
	if len(to) > 0 {
		header("To", joinAddresses(to))
	}
	if len(cc) > 0 {
		header("Cc", joinAddresses(cc))
	}
	header("Date", d.Date.Format(time.RFC1123Z))
	header("Subject", mime.QEncoding.Encode("utf-8", d.Subject))
	if len(from) > 0 {
		addr := from[0].Address
		domain := addr[strings.LastIndexByte(addr, '@')+1:]
		header("Message-ID", "<"+sum[32:64]+"@"+domain+">")
	}
	header("MIME-Version", "1.0")
	header("Content-Language", string(d.Lang))
	header("Content-Type", mime.FormatMediaType("multipart/alternative", map[string]string{"boundary": boundary}))
	w.WriteString("\r\n")

	mw := multipart.NewWriter(w)
	if err := mw.SetBoundary(boundary); err != nil {
		return err
	}
	for _, part := range []struct {
		typ  string
		body []byte
	}{{"text/plain", text.Bytes()}, {"text/html", html.Bytes()}} {
		pw, err := mw.CreatePart(textproto.MIMEHeader{
			"Content-Type":              {part.typ + "; charset=utf-8"},
			"Content-Transfer-Encoding": {"quoted-printable"},
		})
		if err != nil {
			return err
		}
		// Encoded at the end of w's buffer and written in one piece.
		if _, err := pw.Write(appendQP(w.AvailableBuffer(), part.body)); err != nil {
			return err
		}
	}
	if err := mw.Close(); err != nil {
		return err
	}
	w.WriteString("\r\n")
	return nil
}

func joinAddresses(list []*mail.Address) string {
	s := make([]string, len(list))
	for i, a := range list {
		s[i] = a.String()
	}
	return strings.Join(s, ", ")
}

// foldHeader folds a header line at spaces so that its lines stay within 78 characters
// where it can (RFC 5322, section 2.2.3); an encoded word is never split.
func foldHeader(line string) string {
	const limit = 78
	if len(line) <= limit {
		return line
	}
	words := strings.Split(line, " ")
	var b strings.Builder
	n := 0
	for i, word := range words {
		switch {
		case i == 0:
		case n+1+len(word) > limit && word != "" && n > 1:
			b.WriteString("\r\n")
			n = 0
		}
		if i > 0 {
			b.WriteByte(' ')
			n++
		}
		b.WriteString(word)
		n += len(word)
	}
	return b.String()
}

// qpLineMax is the longest line of quoted-printable, CR LF excluded, as
// mime/quotedprintable writes it: 75 characters and a soft line break's "=".
const qpLineMax = 76

// appendQP appends p encoded as quoted-printable, byte for byte as a
// [mime/quotedprintable.Writer] writes p in one call and is closed: line
// breaks become CR LF, space and tab before one are encoded, and lines are
// broken softly at 76 characters. It encodes in one pass, with no writer and no
// line buffer in between.
func appendQP(dst, p []byte) []byte {
	q := qpEncoder{dst: dst, lineStart: len(dst)}
	for i := 0; i < len(p); {
		c := p[i]
		switch {
		case qpLiteral[c]:
			end := i + 1
			for end < len(p) && qpLiteral[p[end]] {
				end++
			}
			q.literal(p[i:end])
			i = end
			continue
		case c == '\n' || c == '\r':
			if q.cr && c == '\n' {
				q.cr = false
				break
			}
			q.cr = c == '\r'
			q.encodeTrailingSpace()
			q.dst = append(q.dst, '\r', '\n')
			q.lineStart = len(q.dst)
		default:
			q.encode(c)
		}
		i++
	}
	q.encodeTrailingSpace()
	return q.dst
}

// qpLiteral marks the bytes quoted-printable writes as they are: printable
// ASCII but "=", space and tab.
var qpLiteral = func() (t [256]bool) {
	for c := '!'; c <= '~'; c++ {
		t[c] = c != '='
	}
	t[' '], t['\t'] = true, true
	return t
}()

// qpEncoder is the state of [appendQP].
type qpEncoder struct {
	dst       []byte
	lineStart int  // where the current line starts in dst
	cr        bool // the last line break was a CR, so an LF right after it is part of it
}

func (q *qpEncoder) col() int { return len(q.dst) - q.lineStart }

// literal appends bytes that need no encoding, breaking the line softly where
// it is full.
func (q *qpEncoder) literal(run []byte) {
	for len(run) > 0 {
		room := qpLineMax - 1 - q.col()
		if room <= 0 {
			q.softBreak()
			continue
		}
		n := min(room, len(run))
		q.dst = append(q.dst, run[:n]...)
		run = run[n:]
	}
	q.cr = false
}

func (q *qpEncoder) softBreak() {
	q.dst = append(q.dst, "=\r\n"...)
	q.lineStart = len(q.dst)
}

const upperHex = "0123456789ABCDEF"

func (q *qpEncoder) encode(c byte) {
	if qpLineMax-1-q.col() < 3 {
		q.softBreak()
	}
	q.dst = append(q.dst, '=', upperHex[c>>4], upperHex[c&0x0f])
}

// encodeTrailingSpace encodes a space or tab that ends the line.
func (q *qpEncoder) encodeTrailingSpace() {
	if q.col() == 0 {
		return
	}
	if c := q.dst[len(q.dst)-1]; c == ' ' || c == '\t' {
		q.dst = q.dst[:len(q.dst)-1]
		q.encode(c)
	}
}
