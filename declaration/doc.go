// Package declaration models the UN Declaration on Human Rights Defenders: the
// Declaration on the Right and Responsibility of Individuals, Groups and Organs of
// Society to Promote and Protect Universally Recognized Human Rights and Fundamental
// Freedoms, adopted by consensus by the General Assembly on 9 December 1998
// (resolution A/RES/53/144, annex).
//
// The Declaration creates no new obligations: it restates, for those who defend
// rights, rights and duties that States already hold under other instruments. A
// communication of the UN Special Procedures about a defender cites its provisions,
// and this package tells which ones apply to a case and writes them the way a letter
// does.
//
// # Provisions
//
// A [Provision] refers to a whole article ("9"), a numbered paragraph ("9.3") or a
// lettered sub-paragraph ("9.3(a)", "5(c)"); only the Declaration's real ones are
// valid. [All] lists its 39 citable units, [Articles] its 20 articles and
// [Provisions] every valid provision. Provisions are comparable values, ordered by
// [Compare] (article, paragraph, letter).
//
// [Parse] and [ParseOne] read references in the forms found in letters and reports,
// in English, French or Spanish ("Art. 9.3(a)", "9(3)(a)", "articles 6a & b",
// "articles 1, 2 and 12.2", "artículos 1, 2 y 12 (2)"); a reference they cannot read
// or that names no real provision is a [*ParseError] wrapping [ErrSyntax] or
// [ErrUnknownProvision]. [Provision.String] writes the short form ("9.3(a)"),
// [Provision.Cite] the form of a UN letter ("article 9 (3) (a)", "article 9,
// paragraphe 3, alinéa a)", "artículo 9, párrafo 3, apartado a)") and [CiteList] a
// list ("articles 1, 2 and 12 (2)").
//
// # Texts
//
// Every provision has a short [Provision.Summary] and its article a
// [Provision.Title], in English, French and Spanish. They are the library's own plain
// words, not the official text, which a letter should cite rather than quote.
//
// # Mappings
//
// The package holds, as data with the source of each pairing ([Basis]):
//
//   - the provisions protecting each kind of human rights work ([ForActivity],
//     [ActivityMappings]);
//   - the provisions a communication invokes for each violation type: the base ones
//     ([Base]: articles 1, 2 and 12 (2)) and the specific ones ([ForViolation],
//     [ViolationMappings]);
//   - what a failure to investigate adds ([Investigation]: 9 (1), 9 (2), 9 (5));
//   - the FORUM-ASIA booklet's tables of practices against defenders and the rights
//     they can invoke ([Trends]);
//   - the nine rights of the Special Rapporteur's 2011 Commentary ([Rights]).
//
// [Applicable] combines the first three for a case ([Input]) and returns each
// applicable provision once, in order, with every [Reason] it applies.
package declaration
