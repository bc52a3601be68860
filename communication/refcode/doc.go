// Package refcode reads and writes the public reference codes of Special
// Procedures communications, such as "UA KHM 3/2014".
//
// A code is <TYPE> <ADDRESSEE> <N>/<YYYY>. TYPE is the kind of letter: UA for an
// urgent appeal, AL for an allegation letter, OL for an other letter; the
// communications database writes a joint letter of several mandates with a J in
// front (JUA, JAL, JOL), while the letter itself carries the plain type.
// ADDRESSEE is the ISO 3166-1 alpha-3 code of the State written to, or OTH for a
// non-State addressee such as a company. N numbers the communications to that
// addressee in the calendar year YYYY, across all types and mandates, from 1.
//
// [Parse] reads a code into a [Code] and reports a code it cannot read with a
// [*ParseError] that gives the byte offset of the problem and wraps one sentinel
// per part ([ErrEmpty], [ErrType], [ErrAddressee], [ErrNumber], [ErrYear],
// [ErrSyntax]). It is lenient only about form: letters in any case, any white
// space between parts. It accepts the years [MinYear] to [MaxYear] (the procedure
// dates from the 1980s) and numbers 1 to [MaxNumber] written without leading
// zeros; the addressee must be a current country code ([hrd.Country.Valid]), so a
// withdrawn code such as YUG is rejected.
//
// Letters from before about 2016 put internal file codes in front of the key:
// "UA G/SO 214 (53-24) SAU 5/2014". The last two parts (addressee and N/YYYY) are
// the key; the text between the type and the key is kept, unread, in [Code.File].
//
// [Code.String] writes the canonical form: upper case, single spaces, the J of a
// joint letter kept ("JAL BHR 13/2011"), the file codes kept; Parse(c.String())
// gives c back. [Code.Short] drops the file codes and [Code.Key] gives only the
// addressee and N/YYYY ("KHM 3/2014"), which identifies the communication.
// [Type.Label] and [Code.Label] name the type in English, French or Spanish.
package refcode
