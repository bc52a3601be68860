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
// Subpackages: [github.com/openhrd/spcomm/communication/mandate] is the catalogue of
// mandates, [github.com/openhrd/spcomm/communication/refcode] parses public reference
// codes such as "UA KHM 3/2014".
package communication
