// Package stats tallies a corpus of submissions into the tables that reports such as
// FORUM-ASIA's "Defending in Numbers" are made of: cases and people affected, cases by
// violation type and group, by country, by defender category, State and non-State
// perpetrators, killings by country, violations by status and by year.
//
// A [Tally] is fed submissions one at a time ([Tally.Add]) and tallies can be merged
// ([Tally.Merge]), so a stream of any length can be counted in constant memory and in
// parallel: the merged result equals the sequential one.
//
// # What is counted
//
//   - cases: submissions; people affected: every victim counts 1, except a group or
//     community with a group_size, which counts that many;
//   - by violation type, violation group, defender category and perpetrator class: the
//     number of cases in which the code appears at least once (a case with two threats
//     counts once; a case may appear under several codes, as in FORUM-ASIA's tables);
//   - by country: cases by the submission's country;
//   - killings by country: people killed (victims of "killing" violations, groups by
//     their size), by the country of the violation's place, else the submission's;
//   - by status and by year: violations (not cases), by their status and by the year of
//     their date ("unknown" when undated).
//
// The State's share is the share of cases with at least one State perpetrator (class
// "state": State organs and occupying forces) among all cases.
package stats
