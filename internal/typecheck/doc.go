// Package typecheck holds the validity checks of the format's string types that
// check their own text (a country code, a partial date, an id, a mandate id), for
// the single-pass decoders of internal/vdecode: the schema's fast path and the
// strict decoder's. One list, so that the two cannot check different things.
package typecheck
