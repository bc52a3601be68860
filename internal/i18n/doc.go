// Package i18n holds the fixed texts of a package in English, French and Spanish:
// one flat JSON catalog per language ("key": "format string") in an embedded file
// system, with a check that every key exists in every language.
//
// Formatting uses fmt verbs, not x/text's message printer, so numbers such as years
// and counts are printed as they are (x/text would print 2026 as "2,026").
package i18n
