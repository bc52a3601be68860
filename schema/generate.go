package schema

//go:generate go run ./internal/genschema -root .. -out submission-v1.schema.json
