// Package mandate is the catalogue of the Special Procedures mandates of the UN
// Human Rights Council: the independent experts to whom a communication about a
// defender is addressed.
//
// The catalogue holds the 60 mandates OHCHR has counted since November 2023, 46
// thematic and 14 country ones. [All] lists them in the catalogue's order (thematic
// first), [Lookup] finds one by [ID] and [ForCountry] finds the country mandate on a
// State, if there is one. A [Mandate] carries its [Kind] (Special Rapporteur,
// Independent Expert, Working Group), its [Scope] (thematic or country) and, for a
// country mandate, its [hrd.Country]. [Mandate.Title] gives the full title and
// [Mandate.Name] a short name (for a subject line) in English, French or Spanish.
//
// # Ids
//
// An [ID] is the mandate's own web slug at OHCHR, the last part of
// https://www.ohchr.org/en/special-procedures/<id>, such as "sr-torture" or
// "wg-arbitrary-detention". [ID.Valid] checks only its form,
// ^(sr|ie|wg)-[a-z0-9-]+$, so that a document naming a mandate the catalogue does
// not know yet still decodes ([ID.UnmarshalText] rejects only a wrong form, with an
// [*IDError]); [ID.Known] tells whether the catalogue lists it.
//
// Most slugs were seen in OHCHR addresses ([Mandate.SlugChecked] is true). Seven
// were not and are inferred from the pattern of the others: ie-albinism,
// ie-central-african-republic, sr-eritrea, ie-mali, sr-myanmar, ie-somalia and
// sr-syria. The Syria mandate exists but is dormant until the Commission of
// Inquiry on Syria ends its work ([Mandate.Dormant]).
//
// # Data
//
// The catalogue is the embedded file mandates.json, checked when first used: fix
// a slug or a title there, not in the code. The English titles are the official
// ones; the French and Spanish titles and all short names are the project's own
// wording. [Mandate.Email] is always empty in the catalogue: mandate mailboxes
// move (they went from @ohchr.org to @un.org) and are data the user supplies from
// OHCHR's current guidance, never guessed here.
//
// # Not Special Procedures
//
// Some UN bodies investigate or report on the human rights situation of a country
// without being Special Procedures mandates; the catalogue never lists them: the
// experts on the Sudan and on Haiti designated by the High Commissioner, the Group
// of Experts on Nicaragua, the Group of Independent Experts on Belarus set up in
// 2024, and every commission of inquiry and fact-finding mission.
package mandate
