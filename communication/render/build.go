package render

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/openhrd/spcomm/communication"
	"github.com/openhrd/spcomm/hrd"
)

// builder holds what building one draft needs.
type builder struct {
	s      *communication.Submission
	lang   hrd.Language
	public bool
	sc     *scrubber // nil unless public
	names  map[hrd.ID]string
	perps  map[hrd.ID]string
	cat    catalog
	slab   slab
}

// t returns the fixed text key in the draft's language.
func (b *builder) t(key string, args ...any) string { return b.cat.t(key, args...) }

// text returns user text for a field: cleaned, on one line, and scrubbed in the
// public version.
func (b *builder) text(s string) string { return oneLine(b.sc.scrub(s)) }

// paras returns user free text as paragraphs, scrubbed in the public version.
func (b *builder) paras(s string) []string { return paragraphs(b.sc.scrub(s)) }

// appendParas appends a paragraph block for each of ps.
func appendParas(out []block, ps []string) []block {
	for _, p := range ps {
		out = append(out, block{Kind: blockPara, Text: p})
	}
	return out
}

// label returns a vocabulary label in the draft's language, or "" for the empty code.
func label[T interface {
	~string
	Label(hrd.Language) string
}](b *builder, v T) string {
	if v == "" {
		return ""
	}
	return oneLine(v.Label(b.lang))
}

// labels returns the labels of codes, joined.
func labels[T interface {
	~string
	Label(hrd.Language) string
}](b *builder, vs []T) string {
	var out []string
	for _, v := range vs {
		out = append(out, label(b, v))
	}
	return b.join(out)
}

func (b *builder) join(list []string) string { return strings.Join(list, b.t("list.sep")) }

func (b *builder) yesNo(v bool) string {
	if v {
		return b.t("yes")
	}
	return b.t("no")
}

// date returns a partial date in the draft's language, or "".
func (b *builder) date(d hrd.PartialDate) string { return partialDate(b.lang, d) }

// country returns a country's name in the draft's language (CLDR), or "".
func (b *builder) country(c hrd.Country) string {
	if c == "" {
		return ""
	}
	return c.Name(b.lang)
}

// place writes a place as "detail, locality, region, country", the country
// defaulting to the submission's.
func (b *builder) place(p *hrd.Place, withDetail bool) string {
	if p == nil {
		return ""
	}
	var parts []string
	if withDetail {
		for _, s := range []string{p.Detail, p.Locality} {
			if s = b.text(s); s != "" {
				parts = append(parts, s)
			}
		}
	}
	if s := b.text(p.Region); s != "" {
		parts = append(parts, s)
	}
	c := p.Country
	if c == "" {
		c = b.s.Country
	}
	if s := b.country(c); s != "" {
		parts = append(parts, s)
	}
	return strings.Join(parts, ", ")
}

// entry is a field as the builder gathers it: a label and one value, or several
// (values). Empty values are dropped, and an entry left with none.
type entry struct {
	label  string
	value  string
	values []string
}

// kv is an entry with one value.
func kv(label, value string) entry { return entry{label: label, value: value} }

// kvs is an entry with several values.
func kvs(label string, values []string) entry { return entry{label: label, values: values} }

// fields makes the fields of the entries that have a value.
func (b *builder) fields(es ...entry) []field {
	nf := 0
	for _, e := range es {
		if e.value != "" || slices.ContainsFunc(e.values, func(v string) bool { return v != "" }) {
			nf++
		}
	}
	if nf == 0 {
		return nil
	}
	out := b.slab.fields(nf)
	for _, e := range es {
		var values []string
		if e.values == nil {
			if e.value == "" {
				continue
			}
			values = append(b.slab.values(1), e.value)
		} else {
			values = b.slab.values(len(e.values))
			for _, v := range e.values {
				if v != "" {
					values = append(values, v)
				}
			}
		}
		if len(values) > 0 {
			out = append(out, field{e.label, values})
		}
	}
	return out
}

// appendFields appends a block of the fields that have a value, if any.
func (b *builder) appendFields(out []block, es ...entry) []block {
	if fs := b.fields(es...); len(fs) > 0 {
		out = append(out, block{Kind: blockFields, Fields: fs})
	}
	return out
}

// slab hands out the fields and values of a draft from a few large arrays
// rather than one small array each.
type slab struct {
	f []field
	v []string
}

const slabSize = 64

// fields returns an empty slice with room for n fields.
func (s *slab) fields(n int) []field { return carve(&s.f, n) }

// values returns an empty slice with room for n values.
func (s *slab) values(n int) []string { return carve(&s.v, n) }

// carve returns an empty slice with room for n elements, cut from the end of
// *pool (a new pool of at least slabSize elements when too little is left).
// Its capacity ends at n, so appending to it never reaches the next one.
func carve[T any](pool *[]T, n int) []T {
	if cap(*pool)-len(*pool) < n {
		*pool = make([]T, 0, max(n, slabSize))
	}
	start := len(*pool)
	*pool = (*pool)[:start+n]
	return (*pool)[start : start : start+n]
}

// build makes the draft of s: the one document model every writer renders.
func build(s *communication.Submission, opt Options) *draft {
	lang := opt.Lang
	if lang == "" {
		lang = s.Language
	}
	if !lang.Valid() {
		lang = hrd.English
	}
	date := opt.Date
	if date.IsZero() {
		date = time.Now()
	}
	b := &builder{s: s, lang: lang, public: opt.Public, names: map[hrd.ID]string{}, perps: map[hrd.ID]string{}, cat: catalogFor(lang)}
	if opt.Public {
		b.sc = b.publicScrubber()
	}
	for i, v := range s.Victims {
		if _, dup := b.names[v.ID]; !dup {
			b.names[v.ID] = b.victimName(i, v)
		}
	}
	for i, p := range s.Perpetrators {
		if _, dup := b.perps[p.ID]; !dup {
			b.perps[p.ID] = b.perpetratorName(i, p)
		}
	}

	an := analyse(s, lang)
	d := &draft{Lang: lang, Title: b.t("doc.title"), Subtitle: b.text(s.Title), Colon: b.t("colon"), Date: date}
	if opt.Public {
		d.Notice = b.t("doc.public")
	}
	ref := b.text(s.ID)
	if opt.Public {
		ref = "" // the submitter's own reference could point to the submitter
	}
	toLabel := b.t("header.to")
	if an.suggested {
		toLabel = b.t("header.to_suggested")
	}
	d.Header = b.fields(
		kvs(toLabel, an.titles),
		kv(b.t("header.type"), capFirst(an.typeLabel)),
		kv(b.t("header.country"), b.country(s.Country)),
		kv(b.t("header.reference"), ref),
		kv(b.t("header.date"), timeDate(lang, date)),
	)
	if u := s.Urgency; u != nil && u.Urgent {
		d.Header = append(d.Header, b.fields(
			kv(b.t("header.urgent_by"), b.date(u.ActBy)),
			kv(b.t("header.urgent_reason"), b.text(u.Reason)),
		)...)
	}
	d.Subject = b.subject(an)

	// The blocks of every section go into one array: each part appends its
	// blocks to all, and the sections take their share once it stops growing.
	all := make([]block, 0, blockCount(s))
	var counts [11]int
	d.Sections = make([]section, 0, len(counts))
	add := func(num int, title string, blocks []block) {
		counts[len(d.Sections)] = len(blocks) - len(all)
		d.Sections = append(d.Sections, section{Num: num, Title: title})
		all = blocks
	}
	add(0, b.t("summary.title"), append(all, block{Kind: blockPara, Text: b.summary()}))
	add(1, b.t("element.1"), b.element1(all))
	add(2, b.t("element.2"), b.element2(all))
	add(3, b.t("element.3"), b.element3(all))
	add(4, b.t("element.4"), b.element4(all))
	add(5, b.t("element.5"), b.element5(all))
	add(0, b.t("law.title"), b.law(all, an))
	add(0, b.t("requests.title"), b.requests(all))
	add(0, b.t("consent.title"), b.consent(all))
	add(0, b.t("sources.title"), b.sources(all))
	if att := b.attachments(all); len(att) > len(all) {
		add(0, b.t("attachments.title"), att)
	}
	end := 0
	for i := range d.Sections {
		start := end
		end += counts[i]
		d.Sections[i].Blocks = all[start:end:end]
	}
	return d
}

// blockCount returns a number of blocks that the draft of s does not exceed,
// or seldom: every free text is counted as many paragraphs as it has lines.
func blockCount(s *communication.Submission) int {
	lines := func(text string) int { return strings.Count(text, "\n") + 1 }
	n := 24 + 2*len(s.Attachments) + lines(s.PerpetratorsUnknown) + lines(s.Context) + lines(s.NoActionReason)
	for _, v := range s.Victims {
		n += 6 + lines(v.ActivityDescription)
	}
	n += 2 * len(s.Perpetrators)
	for _, v := range s.Violations {
		n += 2 + lines(v.Description)
	}
	for _, a := range s.Actions {
		n += 2 + lines(a.Description)
	}
	return n
}

// publicScrubber returns the rules that take names and contact details the public
// version must not show out of the submitter's free text.
func (b *builder) publicScrubber() *scrubber {
	sc := &scrubber{}
	for i, v := range b.s.Victims {
		pub := v.Consent.Public()
		if pub == hrd.PublicNameFull {
			sc.keep(v.Name)
			continue
		}
		sc.addName(v.Name, b.victimName(i, v), v.Kind == hrd.VictimIndividual)
	}
	sub := b.s.Submitter
	ph := b.t("submitter.placeholder")
	sc.addName(sub.Name, ph, sub.Kind != hrd.SubmitterOrganization)
	for _, s := range []string{sub.Organization, sub.Email, sub.Phone, sub.Address} {
		sc.add(s, ph)
	}
	sc.finish()
	return sc
}

// victimName is how victim i is named in the draft: the name in the full draft;
// in the public version, the name, its initials or "Victim N", as the victim's
// consent says.
func (b *builder) victimName(i int, v hrd.Victim) string {
	name := oneLine(v.Name)
	if !b.public {
		if name == "" {
			return b.t("victim.withheld", i+1)
		}
		return name
	}
	switch v.Consent.Public() {
	case hrd.PublicNameFull:
		if name != "" {
			return name
		}
	case hrd.PublicNameInitials:
		if in := initials(name); in != "" {
			return in
		}
	}
	return b.t("victim.withheld", i+1)
}

// perpetratorName is a perpetrator's short description: its name, or its unit,
// or its type.
func (b *builder) perpetratorName(i int, p hrd.Perpetrator) string {
	typ := label(b, p.Type)
	name := b.text(p.Name)
	if name == "" {
		name = b.text(p.Unit)
	}
	switch {
	case name != "" && typ != "":
		return name + " (" + typ + ")"
	case name != "":
		return name
	case typ != "":
		return capFirst(typ)
	}
	return strconv.Itoa(i + 1)
}

func (b *builder) refs(ids []hrd.ID, names map[hrd.ID]string) string {
	var out []string
	for _, id := range ids {
		if n, ok := names[id]; ok {
			out = append(out, n)
		} else {
			out = append(out, string(id))
		}
	}
	return b.join(out)
}

// summary is the generated one-paragraph summary: victims, State, types of
// violation, period.
func (b *builder) summary() string {
	n := len(b.s.Victims)
	victims := b.t("summary.victims.many", n)
	if n == 1 {
		victims = b.t("summary.victims.one")
	}
	people := 0
	for _, v := range b.s.Victims {
		if v.GroupSize != nil && *v.GroupSize > 1 {
			people += *v.GroupSize
		} else {
			people++
		}
	}
	if people > n {
		victims = b.t("summary.people", victims, people)
	}
	var types []string
	seen := map[hrd.ViolationType]bool{}
	var first, last hrd.PartialDate
	for _, v := range b.s.Violations {
		if v.Type != "" && !seen[v.Type] {
			seen[v.Type] = true
			types = append(types, label(b, v.Type))
		}
		for _, d := range []hrd.PartialDate{v.Date, v.EndDate} {
			if !d.Valid() {
				continue
			}
			if first == "" || d.Start().Before(first.Start()) {
				first = d
			}
			if last == "" || d.End().After(last.End()) {
				last = d
			}
		}
	}
	typeText := b.join(types)
	if typeText == "" {
		typeText = b.t("not_stated")
	}
	period := b.t("not_stated")
	switch {
	case first == "":
	case first == last:
		period = b.date(first)
	default:
		period = b.t("period.range", b.date(first), b.date(last))
	}
	country := b.country(b.s.Country)
	if country == "" {
		country = b.t("not_stated")
	}
	return b.t("summary.text", victims, country, typeText, period)
}

// subject is the e-mail subject: URGENT for an urgent appeal, the type, the State,
// the mandates' short names, and the submission's title.
func (b *builder) subject(an analysis) string {
	var parts []string
	if an.typ == communication.UrgentAppeal {
		parts = append(parts, b.t("subject.urgent"))
	}
	parts = append(parts, capFirst(an.typeLabel))
	if c := b.country(b.s.Country); c != "" {
		parts = append(parts, c)
	}
	if len(an.shortNames) > 0 {
		parts = append(parts, strings.Join(an.shortNames, "; "))
	}
	// The title goes in as written (scrubbed in the public version), so that a line
	// break in it reaches the e-mail writer, which rejects it; see [HeaderError].
	// Bidirectional controls in it are closed and isolated, as in every user text.
	if t := strings.TrimSpace(b.sc.scrub(b.s.Title)); t != "" {
		parts = append(parts, isolateBidi(t))
	}
	return strings.Join(parts, " – ")
}

func (b *builder) element1(out []block) []block {
	for i, v := range b.s.Victims {
		withheld := b.public && v.Consent.Public() == hrd.PublicNameWithheld
		out = append(out, block{Kind: blockHeading, Text: b.victimHeading(i, v)})
		var age, size string
		if v.Age != nil {
			age = b.t("victim.age_years", *v.Age)
		}
		if v.GroupSize != nil {
			size = strconv.Itoa(*v.GroupSize)
		}
		org := b.text(v.Organization)
		loc := b.place(v.Location, !withheld)
		if withheld {
			// The organization and the exact place could name a victim whose name
			// is withheld; the region and country stay.
			org = ""
		}
		out = b.appendFields(out,
			kv(b.t("victim.kind"), label(b, v.Kind)),
			kv(b.t("victim.gender"), label(b, v.Gender)),
			kv(b.t("victim.age"), age),
			kv(b.t("victim.nationality"), b.country(v.Nationality)),
			kv(b.t("victim.occupation"), b.text(v.Occupation)),
			kv(b.t("victim.organization"), org),
			kv(b.t("victim.location"), loc),
			kv(b.t("victim.group_size"), size),
			kv(b.t("victim.categories"), labels(b, v.Categories)),
		)
	}
	out = append(out, block{Kind: blockHeading, Text: b.t("submitter.heading")})
	sub := b.s.Submitter
	if b.public {
		return append(out, block{Kind: blockPara, Text: b.t("submitter.public")})
	}
	return b.appendFields(out,
		kv(b.t("submitter.kind"), label(b, sub.Kind)),
		kv(b.t("submitter.name"), b.text(sub.Name)),
		kv(b.t("submitter.organization"), b.text(sub.Organization)),
		kv(b.t("submitter.relationship"), label(b, sub.Relationship)),
		kv(b.t("submitter.email"), b.text(sub.Email)),
		kv(b.t("submitter.phone"), b.text(sub.Phone)),
		kv(b.t("submitter.address"), b.text(sub.Address)),
		kv(b.t("submitter.country"), b.country(sub.Country)),
		kv(b.t("consent.confidential"), b.yesNo(sub.IsConfidential())),
	)
}

func (b *builder) victimHeading(i int, v hrd.Victim) string {
	name := b.names[v.ID]
	if name == "" || name == b.t("victim.withheld", i+1) {
		return b.t("victim.withheld", i+1)
	}
	return b.t("victim.heading", i+1, name)
}

func (b *builder) element2(out []block) []block {
	start := len(out)
	for i, p := range b.s.Perpetrators {
		out = append(out, block{Kind: blockHeading, Text: b.t("perpetrator.heading", i+1, capFirst(label(b, p.Type)))})
		attr := p.Attribution
		if attr == "" {
			attr = hrd.AttributionAlleged
		}
		var class string
		if p.Type.Valid() {
			class = label(b, p.Type.Class())
		}
		out = b.appendFields(out,
			kv(b.t("perpetrator.class"), class),
			kv(b.t("perpetrator.name"), b.text(p.Name)),
			kv(b.t("perpetrator.unit"), b.text(p.Unit)),
			kv(b.t("perpetrator.title"), b.text(p.Title)),
			kv(b.t("perpetrator.attribution"), label(b, attr)),
		)
	}
	if unknown := b.paras(b.s.PerpetratorsUnknown); len(unknown) > 0 {
		out = append(out, block{Kind: blockHeading, Text: b.t("perpetrator.unknown")})
		out = appendParas(out, unknown)
	}
	if len(out) == start {
		out = append(out, block{Kind: blockPara, Text: b.t("perpetrator.none")})
	}
	return out
}

func (b *builder) element3(out []block) []block {
	for _, v := range b.s.Victims {
		out = append(out, block{Kind: blockHeading, Text: b.t("activity.heading", b.names[v.ID])})
		n := len(out)
		out = b.appendFields(out,
			kv(b.t("victim.categories"), labels(b, v.Categories)),
			kv(b.t("victim.activities"), labels(b, v.Activities)),
		)
		desc := b.paras(v.ActivityDescription)
		if len(out) == n && len(desc) == 0 {
			out = append(out, block{Kind: blockPara, Text: b.t("activity.none")})
			continue
		}
		out = appendParas(out, desc)
	}
	var items []string
	for _, v := range b.s.Violations {
		items = append(items, b.t("violation.item", capFirst(label(b, v.Type)), label(b, v.Status), b.refs(v.Victims, b.names)))
	}
	if len(items) > 0 {
		out = append(out, block{Kind: blockHeading, Text: b.t("violations.heading")}, block{Kind: blockList, Items: items})
	}
	return out
}

func (b *builder) element4(out []block) []block {
	for i, v := range b.s.Violations {
		out = append(out, block{Kind: blockHeading, Text: b.t("violation.heading", i+1, capFirst(label(b, v.Type)))})
		date, end := b.date(v.Date), b.date(v.EndDate)
		if v.DateApproximate && date != "" {
			date = b.t("date.approximate", date)
		}
		var rights []string
		for _, r := range v.Rights {
			rights = append(rights, label(b, r))
		}
		out = b.appendFields(out,
			kv(b.t("violation.date"), date),
			kv(b.t("violation.end_date"), end),
			kv(b.t("violation.place"), b.place(v.Place, true)),
			kv(b.t("violation.status"), label(b, v.Status)),
			kv(b.t("violation.victims"), b.refs(v.Victims, b.names)),
			kv(b.t("violation.perpetrators"), b.refs(v.Perpetrators, b.perps)),
			kv(b.t("violation.rights"), b.join(rights)),
			kv(b.t("violation.legal_basis"), b.text(v.LegalBasis)),
		)
		out = appendParas(out, b.paras(v.Description))
	}
	if ctx := b.paras(b.s.Context); len(ctx) > 0 {
		out = append(out, block{Kind: blockHeading, Text: b.t("context.heading")})
		out = appendParas(out, ctx)
	}
	return out
}

func (b *builder) element5(out []block) []block {
	start := len(out)
	for i, a := range b.s.Actions {
		out = append(out, block{Kind: blockHeading, Text: b.t("action.heading", i+1, capFirst(label(b, a.Type)))})
		out = b.appendFields(out,
			kv(b.t("action.by"), label(b, a.By)),
			kv(b.t("action.authority"), b.text(a.Authority)),
			kv(b.t("action.date"), b.date(a.Date)),
			kv(b.t("action.outcome"), label(b, a.Outcome)),
		)
		out = appendParas(out, b.paras(a.Description))
	}
	if why := b.paras(b.s.NoActionReason); len(why) > 0 {
		out = append(out, block{Kind: blockHeading, Text: b.t("action.no_action")})
		out = appendParas(out, why)
	}
	if len(out) == start {
		out = append(out, block{Kind: blockPara, Text: b.t("action.none")})
	}
	return out
}

func (b *builder) law(out []block, an analysis) []block {
	start := len(out)
	if len(an.provisions) > 0 {
		out = append(out, block{Kind: blockHeading, Text: b.t("law.declaration")}, block{Kind: blockList, Items: an.provisions})
	}
	if len(an.norms) > 0 {
		out = append(out, block{Kind: blockHeading, Text: b.t("law.norms")}, block{Kind: blockList, Items: an.norms})
		out = append(out, block{Kind: blockFields, Fields: []field{{b.t("law.abbreviations"), an.treaties}}})
	}
	if len(an.instruments) > 0 {
		out = append(out, block{Kind: blockHeading, Text: b.t("law.instruments")}, block{Kind: blockList, Items: an.instruments})
	}
	if len(out) == start {
		out = append(out, block{Kind: blockPara, Text: b.t("law.none")})
	}
	return out
}

func (b *builder) requests(out []block) []block {
	var items []string
	for _, r := range b.s.Requests {
		items = append(items, capFirst(label(b, r)))
	}
	if len(items) == 0 {
		return append(out, block{Kind: blockPara, Text: b.t("requests.none")})
	}
	return append(out, block{Kind: blockPara, Text: b.t("requests.intro")}, block{Kind: blockList, Items: items})
}

// consent gives, for each victim, the two yes/no lines the defenders mandate asks
// for, and the submitter's confidentiality.
func (b *builder) consent(out []block) []block {
	for i, v := range b.s.Victims {
		c := v.Consent
		given := c != nil && c.Given
		public := b.t("no")
		switch c.Public() {
		case hrd.PublicNameFull:
			public = b.t("yes")
		case hrd.PublicNameInitials:
			public = b.t("consent.public_initials")
		}
		var by, on string
		if given {
			by, on = label(b, c.By), b.date(c.Date)
		}
		out = append(out, block{Kind: blockHeading, Text: b.victimHeading(i, v)})
		out = b.appendFields(out,
			kv(b.t("consent.shared"), b.yesNo(given)),
			kv(b.t("consent.public"), public),
			kv(b.t("consent.by"), by),
			kv(b.t("consent.date"), on),
		)
	}
	out = append(out, block{Kind: blockHeading, Text: b.t("submitter.heading")})
	return b.appendFields(out, kv(b.t("consent.confidential"), b.yesNo(b.s.Submitter.IsConfidential())))
}

func (b *builder) sources(out []block) []block {
	var items []string
	for _, src := range b.s.Sources {
		item := capFirst(label(b, src.Kind))
		if d := b.text(src.Description); d != "" {
			if item != "" {
				item += b.t("colon")
			}
			item += d
		}
		if item != "" {
			items = append(items, item)
		}
	}
	if len(items) == 0 {
		return append(out, block{Kind: blockPara, Text: b.t("sources.none")})
	}
	return append(out, block{Kind: blockList, Items: items})
}

// attachments lists the attachments with their digests. The location is text,
// never a link; the public version leaves it out, as it may point to private
// storage.
func (b *builder) attachments(out []block) []block {
	for i, a := range b.s.Attachments {
		title := b.text(a.Title)
		if title == "" {
			title = strconv.Itoa(i + 1)
		}
		uri := b.text(a.URI)
		if b.public {
			uri = ""
		}
		out = append(out, block{Kind: blockHeading, Text: title})
		out = b.appendFields(out,
			kv(b.t("attachment.media_type"), b.text(a.MediaType)),
			kv(b.t("attachment.sha256"), strings.ToLower(oneLine(a.SHA256))),
			kv(b.t("attachment.uri"), uri),
		)
	}
	return out
}
