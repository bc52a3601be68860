package declaration

import (
	"embed"
	"slices"

	"github.com/openhrd/spcomm/internal/i18n"
)

// messageFS holds the package's texts: article titles, summaries of provisions,
// trends and rights, one flat JSON catalog per language.
//
//go:embed messages/*.json
var messageFS embed.FS

var msgs = i18n.MustLoad(messageFS, "messages")

// sortProvisions sorts ps in the order of [Compare].
func sortProvisions(ps []Provision) { slices.SortFunc(ps, Compare) }

// compactSorted removes adjacent duplicates from a sorted slice.
func compactSorted(ps []Provision) []Provision { return slices.Compact(ps) }

// clone copies a slice of provisions so that callers cannot change the tables.
func clone(ps []Provision) []Provision { return slices.Clone(ps) }
