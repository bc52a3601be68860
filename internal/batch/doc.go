// Package batch feeds many submissions through a check: it streams records from
// files, directories (every *.json below them) and NDJSON streams, spreads the work
// over a number of workers, and hands the results back in input order, exactly one
// per record. Memory stays bounded by a window of records in flight, whatever the
// size of the input. A regular NDJSON file is read in blocks by the workers
// themselves (blocks.go), so that reading is not a serial stage; standard input
// and other streams go through one line reader.
package batch
