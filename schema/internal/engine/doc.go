// Package engine is the one place that knows the JSON Schema validator the schema
// package uses (github.com/santhosh-tekuri/jsonschema/v5). It compiles one embedded
// schema with format assertion on and no loader that can reach the disk or the
// network, and reports the leaves of a failed validation as plain [Leaf] values, so
// that moving to another validator (or to v6) touches this file only.
package engine
