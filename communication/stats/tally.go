package stats

import (
	"cmp"
	"maps"
	"slices"
	"strconv"

	"github.com/openhrd/spcomm/communication"
	"github.com/openhrd/spcomm/hrd"
)

// Tally counts a corpus of submissions. The zero value is empty and ready to use. A
// Tally is not safe for concurrent use: give each goroutine its own and [Tally.Merge].
type Tally struct {
	Cases                   int
	People                  int
	CasesWithState          int                          // cases with at least one State perpetrator
	ByViolationType         map[hrd.ViolationType]int    // cases
	ByViolationGroup        map[hrd.ViolationGroup]int   // cases
	ByCountry               map[hrd.Country]int          // cases
	ByCategory              map[hrd.DefenderCategory]int // cases
	ByPerpetratorClass      map[hrd.PerpetratorClass]int // cases
	KillingsByCountry       map[hrd.Country]int          // people killed
	ViolationsByStatus      map[hrd.ViolationStatus]int  // violations
	ViolationsByYear        map[string]int               // violations; "unknown" when undated
	ViolationsTotal         int
	CasesWithoutPerpetrator int // cases that name no perpetrator
}

func inc[K comparable](m *map[K]int, k K, n int) {
	if *m == nil {
		*m = map[K]int{}
	}
	(*m)[k] += n
}

// people is how many persons a victim stands for.
func people(v *hrd.Victim) int {
	if (v.Kind == hrd.VictimGroup || v.Kind == hrd.VictimCommunity) && v.GroupSize != nil && *v.GroupSize > 0 {
		return *v.GroupSize
	}
	return 1
}

// Add counts one submission. Invalid codes are counted under their own value, never
// dropped; references to victims that do not exist count no one.
func (t *Tally) Add(s *communication.Submission) {
	t.Cases++
	inc(&t.ByCountry, s.Country, 1)
	victims := map[hrd.ID]*hrd.Victim{}
	categories := map[hrd.DefenderCategory]bool{}
	for i := range s.Victims {
		v := &s.Victims[i]
		victims[v.ID] = v
		t.People += people(v)
		for _, c := range v.Categories {
			categories[c] = true
		}
	}
	for c := range categories {
		inc(&t.ByCategory, c, 1)
	}
	classes := map[hrd.PerpetratorClass]bool{}
	for _, p := range s.Perpetrators {
		classes[p.Type.Class()] = true
	}
	if len(s.Perpetrators) == 0 {
		t.CasesWithoutPerpetrator++
	}
	for c := range classes {
		inc(&t.ByPerpetratorClass, c, 1)
	}
	if classes[hrd.ClassState] {
		t.CasesWithState++
	}
	types := map[hrd.ViolationType]bool{}
	groups := map[hrd.ViolationGroup]bool{}
	for _, v := range s.Violations {
		t.ViolationsTotal++
		types[v.Type] = true
		groups[v.Type.Group()] = true
		inc(&t.ViolationsByStatus, v.Status, 1)
		year := "unknown"
		if y, _, _ := v.Date.Parts(); y > 0 {
			year = strconv.Itoa(y)
		}
		inc(&t.ViolationsByYear, year, 1)
		if v.Type == hrd.ViolationKilling {
			country := s.Country
			if v.Place != nil && v.Place.Country != "" {
				country = v.Place.Country
			}
			n := 0
			for _, id := range v.Victims {
				if vic, ok := victims[id]; ok {
					n += people(vic)
				}
			}
			inc(&t.KillingsByCountry, country, n)
		}
	}
	for ty := range types {
		inc(&t.ByViolationType, ty, 1)
	}
	for g := range groups {
		inc(&t.ByViolationGroup, g, 1)
	}
}

func mergeMap[K comparable](dst *map[K]int, src map[K]int) {
	for k, n := range src {
		inc(dst, k, n)
	}
}

// Merge adds the counts of o to t.
func (t *Tally) Merge(o *Tally) {
	t.Cases += o.Cases
	t.People += o.People
	t.CasesWithState += o.CasesWithState
	t.ViolationsTotal += o.ViolationsTotal
	t.CasesWithoutPerpetrator += o.CasesWithoutPerpetrator
	mergeMap(&t.ByViolationType, o.ByViolationType)
	mergeMap(&t.ByViolationGroup, o.ByViolationGroup)
	mergeMap(&t.ByCountry, o.ByCountry)
	mergeMap(&t.ByCategory, o.ByCategory)
	mergeMap(&t.ByPerpetratorClass, o.ByPerpetratorClass)
	mergeMap(&t.KillingsByCountry, o.KillingsByCountry)
	mergeMap(&t.ViolationsByStatus, o.ViolationsByStatus)
	mergeMap(&t.ViolationsByYear, o.ViolationsByYear)
}

// StateShare is the share of cases with at least one State perpetrator, from 0 to 1
// (0 for an empty tally).
func (t *Tally) StateShare() float64 {
	if t.Cases == 0 {
		return 0
	}
	return float64(t.CasesWithState) / float64(t.Cases)
}

// Row is one line of a table.
type Row struct {
	Key   string `json:"key"`   // the code, country or year
	Label string `json:"label"` // the key in the table's language
	Count int    `json:"count"`
}

// Table is one of the tally's tables.
type Table struct {
	Name  string `json:"name"`  // stable name, e.g. "violation_types"
	Title string `json:"title"` // title in the table's language
	Unit  string `json:"unit"`  // what is counted: "cases", "people" or "violations"
	Rows  []Row  `json:"rows"`
}

// TableNames are the names of the tables [Tally.Tables] returns, in order.
var TableNames = []string{"violation_types", "violation_groups", "countries", "categories", "perpetrators", "killings", "statuses", "years"}

// rowsOf sorts by count (descending), then key, except years, which sort by year.
func rowsOf[K ~string](m map[K]int, label func(K) string, byKey bool) []Row {
	rows := make([]Row, 0, len(m))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		rows = append(rows, Row{Key: string(k), Label: label(k), Count: m[k]})
	}
	if !byKey {
		slices.SortStableFunc(rows, func(a, b Row) int { return cmp.Compare(b.Count, a.Count) })
	}
	return rows
}

// Tables returns every table of the tally with labels in lang.
func (t *Tally) Tables(lang hrd.Language) []Table {
	tr := func(key string) string { return msgs.Sprintf(string(lang), key) }
	country := func(c hrd.Country) string { return c.Name(lang) }
	return []Table{
		{"violation_types", tr("table.violation_types"), "cases", rowsOf(t.ByViolationType, func(v hrd.ViolationType) string { return v.Label(lang) }, false)},
		{"violation_groups", tr("table.violation_groups"), "cases", rowsOf(t.ByViolationGroup, func(v hrd.ViolationGroup) string { return v.Label(lang) }, false)},
		{"countries", tr("table.countries"), "cases", rowsOf(t.ByCountry, country, false)},
		{"categories", tr("table.categories"), "cases", rowsOf(t.ByCategory, func(v hrd.DefenderCategory) string { return v.Label(lang) }, false)},
		{"perpetrators", tr("table.perpetrators"), "cases", rowsOf(t.ByPerpetratorClass, func(v hrd.PerpetratorClass) string { return v.Label(lang) }, false)},
		{"killings", tr("table.killings"), "people", rowsOf(t.KillingsByCountry, country, false)},
		{"statuses", tr("table.statuses"), "violations", rowsOf(t.ViolationsByStatus, func(v hrd.ViolationStatus) string { return v.Label(lang) }, false)},
		{"years", tr("table.years"), "violations", rowsOf(t.ViolationsByYear, func(y string) string {
			if y == "unknown" {
				return tr("year.unknown")
			}
			return y
		}, true)},
	}
}
