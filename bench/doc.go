// Package bench holds the benchmarks that bench/compare.sh sets side by side with
// ajv: what a validator that decodes first pays (encoding/json into any and into
// the struct, json.Valid touching every byte once) and spcomm's decode + validate +
// readiness, on the same bytes. It has no code of its own.
package bench
