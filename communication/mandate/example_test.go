package mandate_test

import (
	"fmt"

	"github.com/openhrd/spcomm/communication/mandate"
	"github.com/openhrd/spcomm/hrd"
)

func ExampleLookup() {
	m, ok := mandate.Lookup("sr-human-rights-defenders")
	fmt.Println(ok, m.Kind, m.Scope)
	fmt.Println(m.Title(hrd.English))
	fmt.Println(m.Name(hrd.French))
	fmt.Println(m.Name(hrd.Spanish))
	_, ok = mandate.Lookup("sr-unknown")
	fmt.Println(ok)
	// Output:
	// true SR thematic
	// Special Rapporteur on the situation of human rights defenders
	// RS sur les défenseurs des droits humains
	// RE sobre los defensores de los derechos humanos
	// false
}

func ExampleForCountry() {
	for _, c := range []hrd.Country{"KHM", "MMR", "PHL"} {
		m, ok := mandate.ForCountry(c)
		fmt.Println(c, ok, m.ID)
	}
	// Output:
	// KHM true sr-cambodia
	// MMR true sr-myanmar
	// PHL false
}

func ExampleID_Valid() {
	for _, id := range []mandate.ID{"wg-arbitrary-detention", "ie-new-mandate", "WG-Detention"} {
		fmt.Println(id, id.Valid(), id.Known())
	}
	// Output:
	// wg-arbitrary-detention true true
	// ie-new-mandate true false
	// WG-Detention false false
}

func ExampleAll() {
	count := map[mandate.Kind]int{}
	for _, m := range mandate.All() {
		count[m.Kind]++
	}
	fmt.Println(count[mandate.SpecialRapporteur], count[mandate.IndependentExpert], count[mandate.WorkingGroup])
	// Output:
	// 44 9 7
}
