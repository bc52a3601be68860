package hrd_test

import (
	"encoding/json"
	"fmt"

	"github.com/openhrd/spcomm/hrd"
)

func ExampleViolationType() {
	v := hrd.ViolationJudicialHarassment
	fmt.Println(v, "|", v.Label(hrd.French), "|", v.Group(), "|", v.Rights()[0])
	// Output: judicial_harassment | harcèlement judiciaire | fair_trial | fair_trial
}

func ExampleCodeError() {
	var v hrd.Gender
	err := json.Unmarshal([]byte(`"female"`), &v)
	fmt.Println(err)
	// Output: unknown gender "female"; allowed: woman, man, non_binary, other, undisclosed
}

func ExampleParseDate() {
	d, _ := hrd.ParseDate("2024-02")
	fmt.Println(d.Precision() == hrd.PrecisionMonth, d.End().Format("2006-01-02"))
	_, err := hrd.ParseDate("2025-02-29")
	fmt.Println(err)
	// Output:
	// true 2024-02-29
	// "2025-02-29" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD: day 29 does not exist in 2025-02
}

func ExampleCountry_Name() {
	c := hrd.Country("MMR")
	fmt.Println(c.Name(hrd.English), "/", c.Name(hrd.French), "/", c.Name(hrd.Spanish))
	fmt.Println(hrd.Country("KH").Check())
	// Output:
	// Myanmar (Burma) / Myanmar (Birmanie) / Myanmar (Birmania)
	// "KH" is not an ISO 3166-1 alpha-3 country code (an alpha-2 code; write KHM)
}

func ExamplePerpetratorType_Class() {
	for _, p := range []hrd.PerpetratorType{hrd.PerpetratorStatePolice, hrd.PerpetratorCorporationTransnational, hrd.PerpetratorUnidentified} {
		fmt.Println(p, p.Class())
	}
	// Output:
	// state_police state
	// corporation_transnational non_state
	// unidentified unknown
}
