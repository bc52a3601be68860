package render

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
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
		qp := quotedprintable.NewWriter(pw)
		if _, err := qp.Write(part.body); err != nil {
			return err
		}
		if err := qp.Close(); err != nil {
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
