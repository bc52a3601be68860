// Package batch feeds many submissions through a check: it streams records from
// files, directories (every *.json below them) and NDJSON streams, spreads the work
// over a number of workers, and hands the results back in input order, exactly one
// per record. Memory stays bounded by a window of records in flight, whatever the
// size of the input.
package batch
