// Package hrd models human rights defenders and what is done to them, as the spcomm
// submission format (version 1) records it: the victims and their work, the
// violations, the perpetrators, the rights affected, and every vocabulary of the
// format.
//
// # The five elements
//
// A submission to the UN Special Procedures carries five elements; this package holds
// the types of three of them, and package communication assembles all five:
//
//  1. who the victims are: [Victim] (with its [VictimKind], [Gender], [DefenderCategory]
//     and [Consent]);
//  2. who the alleged perpetrators are: [Perpetrator] and its [PerpetratorType], each
//     type being a State or non-State actor ([PerpetratorClass]);
//  3. the victim's human rights work and the type of violation: [Activity] and
//     [ViolationType] (grouped by [ViolationGroup], affecting [Right]s);
//  4. the description: [Violation] with its [PartialDate], [Place] and
//     [ViolationStatus];
//  5. the actions taken since: the [ActionBy], [ActionType] and [ActionOutcome]
//     vocabularies used by communication.Action.
//
// # Vocabularies
//
// Every vocabulary is a typed string ([Language], [DefenderCategory], [Activity],
// [ViolationType], [PerpetratorType], [Right], …) with the same methods: Values lists
// the codes in the spec's order, Valid checks a value, Label gives its label in
// English, French or Spanish, and decoding rejects an unknown code with a [*CodeError]
// that names the allowed ones. The types and their methods are generated from one
// data file (vocabularies.json) by `go generate`; a test fails when the generated
// file is stale. Attributes from the format's vocabulary tables are methods:
// [ViolationType.Group], [ViolationType.Rights], [PerpetratorType.Class],
// [Right.ICCPR], [Right.ICESCR], [Right.UDHR].
//
// # Values with a checked form
//
// [Country] is an ISO 3166-1 alpha-3 code validated against golang.org/x/text (with
// localised names from the CLDR), [PartialDate] a date known to the year, month or
// day with real calendar checks, and [ID] a document-local identifier. Treaty
// ratification data ([IsParty]) chooses between Covenant and UDHR citations.
//
// Sources: ../shared/spec/submission-v1.md (the format) and
// ../shared/reference/vocabularies.md (its vocabularies and their bases: FORUM-ASIA,
// HURIDOCS ESF, Front Line Defenders, the Special Rapporteur's reports).
package hrd
