package hrd

//go:generate go run ../internal/cmd/genvocab -in vocabularies.json -out vocab_gen.go
