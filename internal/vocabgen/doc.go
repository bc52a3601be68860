// Package vocabgen turns the vocabulary data of the submission format into Go source
// for package hrd. It is used by the genvocab command and by the test that checks the
// committed output is current.
package vocabgen
