package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/openhrd/spcomm/declaration"
	"github.com/openhrd/spcomm/hrd"
)

func init() {
	register("articles", "explain provisions of the Declaration on Human Rights Defenders and what maps to them", runArticles)
}

func runArticles(e *env, args []string) int {
	fs := newFlags(e, "articles", "[-lang en|fr|es] [PROVISION|CODE ...]",
		"Explains provisions of the UN Declaration on Human Rights Defenders in plain words\n"+
			"(the library's own summaries, not the official text). For a provision, such as\n"+
			"12.2, '9.3(a)' or 'article 5', prints its citation, subject and summary, and the\n"+
			"activity and violation codes that map to it (or to a part of it). For an\n"+
			"activity or violation code, such as peaceful_assembly or judicial_harassment,\n"+
			"prints the provisions a communication invokes for it. Without arguments, lists\n"+
			"every provision with its summary.\n"+
			"Exit status: 0 on success, 1 when an argument is neither a provision nor a code,\n"+
			"2 on a usage error.")
	lang := langFlag(fs, hrd.English, "language of the summaries: en, fr or es")
	if c := parse(fs, args); c >= 0 {
		return c
	}
	l := *lang
	if fs.NArg() == 0 {
		for _, p := range declaration.Provisions() {
			if _, err := fmt.Fprintf(e.stdout, "%-7s %s: %s\n", p, p.Cite(l), p.Summary(l)); err != nil {
				return ExitUsage
			}
		}
		return ExitOK
	}
	status := ExitOK
	printed := false
	sep := func() {
		if printed {
			fmt.Fprintln(e.stdout)
		}
		printed = true
	}
	for _, arg := range fs.Args() {
		found := false
		if a := hrd.Activity(arg); a.Valid() {
			sep()
			found = true
			m, _ := declaration.ForActivity(a)
			writeCodeProvisions(e.stdout, "activity", arg, a.Label(l), m.Provisions, string(m.Basis), l)
		}
		if v := hrd.ViolationType(arg); v.Valid() {
			sep()
			found = true
			m, _ := declaration.ForViolation(v)
			writeCodeProvisions(e.stdout, "violation type", arg, v.Label(l), m.Provisions(), string(m.Basis), l)
		}
		if found {
			continue
		}
		ps, err := declaration.Parse(arg)
		if err != nil {
			fmt.Fprintf(e.stderr, "spcomm articles: %q is neither an activity or violation code nor a provision of the Declaration: %v\n", arg, err)
			status = ExitInvalid
			continue
		}
		for _, p := range ps {
			sep()
			writeProvision(e.stdout, p, l)
		}
	}
	return status
}

// writeCodeProvisions writes the provisions an activity or a violation type maps to.
func writeCodeProvisions(w io.Writer, kind, code, label string, ps []declaration.Provision, basis string, lang hrd.Language) {
	fmt.Fprintf(w, "%s %s: %s\n", kind, code, label)
	if len(ps) == 0 {
		fmt.Fprintln(w, "  no provision of its own")
		return
	}
	for _, p := range ps {
		fmt.Fprintf(w, "  %-7s %s: %s\n", p, p.Cite(lang), p.Summary(lang))
	}
	if basis != "" {
		fmt.Fprintf(w, "  basis: %s\n", basis)
	}
}

// related reports whether two provisions overlap: one is the other or lies in it.
func related(p, q declaration.Provision) bool { return p.Contains(q) || q.Contains(p) }

// writeProvision explains a provision and lists what maps to it.
func writeProvision(w io.Writer, p declaration.Provision, lang hrd.Language) {
	fmt.Fprintf(w, "%s: %s — %s\n  %s\n", p, p.Cite(lang), p.Title(lang), p.Summary(lang))
	if p.Level() == declaration.LevelArticle {
		for _, c := range p.Units() {
			if c != p {
				fmt.Fprintf(w, "  %-7s %s\n", c, c.Summary(lang))
			}
		}
	}
	var notes []string
	for _, c := range declaration.Base() {
		if related(p, c.Provision) {
			notes = append(notes, "cited for every attack on a defender ("+c.Provision.String()+")")
			break
		}
	}
	for _, c := range declaration.Investigation() {
		if related(p, c.Provision) {
			notes = append(notes, "cited when the authorities fail to investigate ("+c.Provision.String()+")")
			break
		}
	}
	for _, n := range notes {
		fmt.Fprintf(w, "  %s\n", n)
	}
	var acts, viols []string
	for _, m := range declaration.ActivityMappings() {
		if q, ok := firstRelated(p, m.Provisions); ok {
			acts = append(acts, fmt.Sprintf("%s (%s) → %s", m.Activity, m.Activity.Label(lang), q))
		}
	}
	for _, m := range declaration.ViolationMappings() {
		if q, ok := firstRelated(p, m.Specific); ok {
			viols = append(viols, fmt.Sprintf("%s (%s) → %s", m.Violation, m.Violation.Label(lang), q))
		}
	}
	list := func(title string, items []string) {
		if len(items) == 0 {
			return
		}
		fmt.Fprintf(w, "  %s:\n", title)
		for _, it := range items {
			fmt.Fprintf(w, "    %s\n", it)
		}
	}
	list("activities", acts)
	list("violation types", viols)
}

// firstRelated returns the provisions of ps that overlap p, joined with ", ".
func firstRelated(p declaration.Provision, ps []declaration.Provision) (string, bool) {
	var out []string
	for _, q := range ps {
		if related(p, q) {
			out = append(out, q.String())
		}
	}
	return strings.Join(out, ", "), len(out) > 0
}
