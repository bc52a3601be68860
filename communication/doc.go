// Package communication holds a submission to the UN Special Procedures — the
// document a defender, a family or an NGO sends so that mandate holders take a case
// up with a Government — and what the library does with it: decoding and canonical
// encoding, the five-element readiness check, the mandates to address, the type of
// communication, and the law that applies.
//
// # The submission and its five elements
//
// A [Submission] follows ../shared/spec/submission-v1.md field for field. The five
// elements every submission must carry are found in:
//
//  1. the victims and the submitter: [Submission].Victims ([hrd.Victim]) and
//     [Submission].Submitter ([Submitter]);
//  2. the alleged perpetrators: [Submission].Perpetrators ([hrd.Perpetrator]) or
//     [Submission].PerpetratorsUnknown;
//  3. the victims' human rights activity and the type of violation:
//     [hrd.Victim].Activities and [hrd.Violation].Type;
//  4. the detailed description: [hrd.Violation] Date, Place and Description, and
//     [Submission].Context;
//  5. the actions taken since: [Submission].Actions ([Action]) or
//     [Submission].NoActionReason.
//
// # Reading and writing
//
// [Decode] reads a document strictly: it bounds the size ([Decoder].MaxSize) and
// nesting, and rejects malformed JSON, duplicate keys (which encoding/json would
// silently resolve), unknown fields and invalid codes, each with a [*DecodeError]
// carrying the JSON Pointer of the place and, for syntax errors, the line and column.
// It accepts drafts that lack required fields. [Encode] writes the canonical form:
// keys in the spec's order, two-space indent, final newline; decoding and encoding a
// canonical file gives the same bytes.
//
// # Readiness, mandates, type and law
//
// [Check] reports, element by element, whether a submission is ready to send: each
// element complete, incomplete or missing, each [Finding] with a severity, a stable
// code (the table at [Check]), a JSON Pointer and a message in the submission's
// language that never repeats text the submitter wrote. Ready means no error. An
// enforced disappearance must also carry the six elements the Working Group on
// Enforced or Involuntary Disappearances requires. [SuggestType] proposes an urgent
// appeal, an allegation letter or an other letter, with its [Reason];
// [SuggestMandates] ranks the mandates a case concerns, each with its reasons, from
// the project's reading of their scopes. [Framework] gathers the law a letter
// invokes: the Declaration's provisions and why each applies, the treaty norms for
// the rights affected (ICCPR and ICESCR where the State is a party, the UDHR where
// it is not, [hrd.IsParty]), and the special instruments (the 1992 Declaration on
// enforced disappearance, the Convention against Torture). A failure to
// investigate ([FailedInvestigation]) adds the right to a remedy and articles 9 (1),
// (2) and (5) of the Declaration.
//
// Validation against the published JSON Schema is package
// [github.com/openhrd/spcomm/schema]; drafts in Markdown, text, HTML and e-mail are
// package [github.com/openhrd/spcomm/communication/render]; tallies over many
// submissions are package [github.com/openhrd/spcomm/communication/stats].
//
// Subpackages: [github.com/openhrd/spcomm/communication/mandate] is the catalogue of
// mandates, [github.com/openhrd/spcomm/communication/refcode] parses public reference
// codes such as "UA KHM 3/2014".
package communication
