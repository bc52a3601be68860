// Package cli implements the spcomm command line: [Run] takes the arguments and the
// standard streams and returns the exit status, so the whole CLI is tested in-process.
//
// Exit status: 0 when all went well, 1 when an input is invalid (or not ready, for
// check), 2 for a usage or I/O error.
package cli
