// Package render turns a [communication.Submission] into a complaint draft a
// caseworker can send to the Special Procedures: Markdown, plain text, a
// self-contained HTML page, or a ready e-mail message (.eml), in English, French
// or Spanish.
//
// # The draft
//
// [Render] builds one document model from the submission and lays it out in the
// [Format] asked for; the four formats share every word and every section. The
// draft has:
//
//   - a header: the mandates addressed by their full titles (those the submission
//     names, or else those [communication.SuggestMandates] proposes, marked as
//     suggested), the type of communication from [communication.SuggestType]
//     (urgent appeal or allegation letter), the State concerned, the submitter's
//     reference, the date ([Options].Date, today by default) and, for an urgent
//     case, the reason and the date action is needed by;
//   - a generated summary: the number of victims, the State, the types of
//     violation and the period;
//   - the five elements as numbered sections, in order: 1 victims and submitter;
//     2 alleged perpetrators; 3 human rights activity and violations; 4 detailed
//     description (dates, places, context and pattern); 5 actions taken since and
//     their outcome, or why none could be taken;
//   - the legal framework from [communication.Framework]: the provisions of the
//     Declaration on Human Rights Defenders with their summaries, the treaty
//     norms, and other instruments;
//   - the requests; the consent and confidentiality statements, with, for each
//     victim, the two yes/no lines the Special Rapporteur on human rights
//     defenders asks for (may the name be shared with the Government; may it
//     appear in the public report) and whether the submitter's identity is to stay
//     confidential; the sources; and the attachments with their SHA-256 digests.
//
// Fixed texts come from embedded catalogs in the three languages; vocabulary codes
// are shown by their labels ([hrd.ViolationType.Label] and the like); countries by
// their CLDR names ([hrd.Country.Name]); partial dates at their precision with the
// month's name ("3 November 2026", "novembre 2026", "2026"). The language is
// [Options].Lang, or the submission's. The submitter's own text is never
// translated.
//
// # The formats
//
// Free text is data: whatever markup it holds is shown literally in every format.
// [Markdown] backslash-escapes the characters that make links, images, emphasis,
// code, raw HTML, tables and headings, and neutralises list and heading markers at
// the start of a line. [Text] wraps at 80 runes, breaking inside a word only when
// the word is longer than a line. [HTML] is one page from an embedded
// [html/template]: print-friendly CSS in a style element, no script, no external
// resource of any kind (attachment locations are shown as text, never as links),
// and a Content-Security-Policy that forbids everything but the inline style.
// [EML] is an RFC 5322 message with a multipart/alternative body (the text and
// the HTML renderings, UTF-8, quoted-printable) and an RFC 2047 subject that says
// URGENT for an urgent appeal, then the type, the State, the mandates' short names
// and the submission's title. Its From, To and Cc come only from [EmailOptions];
// nothing is guessed. A header value with a line break or another control
// character (in an address, or in the title that goes into the subject) is
// rejected with a [*HeaderError] naming the header.
//
// # Public version
//
// With [Options].Public the draft is the version for publication:
//
//   - each victim is named as their consent says ([hrd.Consent.Public]): the full
//     name, the initials ("Sokha Chan" gives "S. C."; particles such as "de" get
//     none), or "Victim N" when the name is withheld or no consent was given. For
//     a withheld name, the victim's organization and the exact place they live are
//     left out too; the region and the country stay;
//   - the submitter's identity and contact details (name, organization, e-mail,
//     telephone, address, country) and the submitter's case reference are left
//     out, and so are the attachments' locations;
//   - the same names are taken out of every free text: each full name that may not
//     appear, and for a person each word of the name of three letters or more that
//     is not a particle, is replaced by the public form, ignoring case and accents
//     and matching whole words only; the submitter's name, organization, e-mail,
//     telephone and address are replaced by "[submitter]". Words of one or two
//     letters ("Li", "Ng") are not replaced on their own, as they are also common
//     words; a name is scrubbed as written in the submission, so a nickname or a
//     misspelling in the narrative is not caught. Review a public version before
//     publishing it.
//
// Render is safe for concurrent use: the template and the catalogs are parsed once.
package render
