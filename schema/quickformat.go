package schema

// Quick accepts for the two string formats of the schema. The reference checks
// (the validator's own "email" and "uri") parse with net/mail and net/url, which
// costs more than the rest of a field's validation; most real values are in a
// narrow, plain form that those parsers always accept. So the fast path first
// tries the narrow form and calls the reference check only when it does not fit:
// a quick accept never changes a verdict (FuzzQuickFormats and the fixture
// tests check that it implies the reference's accept), and a value outside the
// narrow form gets the reference's own answer.

// quickEmail accepts local@domain where the local part is dot-separated runs of
// letters, digits and "+-_%", the domain is dot-separated hostname labels (letters,
// digits, inner hyphens, 1 to 63 characters), the local part has at most 64 bytes
// and the whole at most 254.
func quickEmail(s string) bool {
	if len(s) > 254 {
		return false
	}
	at := -1
	for i := range len(s) {
		if s[i] == '@' {
			if at >= 0 {
				return false
			}
			at = i
		}
	}
	if at < 1 || at > 64 {
		return false
	}
	return dotRuns(s[:at], &localByte) && hostname(s[at+1:])
}

// quickURI accepts http or https URLs with a host of hostname labels, no port or
// user, and a path and query of unreserved characters, sub-delimiters, ':', '@',
// '/' and '?', without percent escapes, spaces or a fragment.
func quickURI(s string) bool {
	var rest string
	switch {
	case len(s) > 8 && s[:8] == "https://":
		rest = s[8:]
	case len(s) > 7 && s[:7] == "http://":
		rest = s[7:]
	default:
		return false
	}
	end := len(rest)
	for i := range len(rest) {
		if rest[i] == '/' || rest[i] == '?' {
			end = i
			break
		}
	}
	if !hostname(rest[:end]) {
		return false
	}
	for i := end; i < len(rest); i++ {
		if !uriByte[rest[i]] {
			return false
		}
	}
	return true
}

// hostname reports whether s is one or more dot-separated labels of letters,
// digits and inner hyphens, each 1 to 63 bytes, at most 253 in all.
func hostname(s string) bool {
	if len(s) == 0 || len(s) > 253 {
		return false
	}
	start := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] != '.' {
			if !hostByte[s[i]] {
				return false
			}
			continue
		}
		label := s[start:i]
		if len(label) == 0 || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		start = i + 1
	}
	return true
}

// dotRuns reports whether s is one or more non-empty runs of bytes in class,
// joined by single dots.
func dotRuns(s string, class *[256]bool) bool {
	run := 0
	for i := range len(s) {
		switch {
		case s[i] == '.':
			if run == 0 {
				return false
			}
			run = 0
		case class[s[i]]:
			run++
		default:
			return false
		}
	}
	return run > 0
}

var hostByte, localByte, uriByte = func() (host, local, uri [256]bool) {
	for c := range 256 {
		alnum := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
		host[c] = alnum || c == '-'
		local[c] = alnum || c == '+' || c == '-' || c == '_' || c == '%'
	}
	for _, c := range []byte("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/?") {
		uri[c] = true
	}
	return host, local, uri
}()
