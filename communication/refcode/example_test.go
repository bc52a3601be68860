package refcode_test

import (
	"errors"
	"fmt"

	"github.com/openhrd/spcomm/communication/refcode"
	"github.com/openhrd/spcomm/hrd"
)

func ExampleParse() {
	c, err := refcode.Parse("JAL BHR 13/2011")
	fmt.Println(c.Type, c.Joint, c.Addressee, c.Number, c.Year, err)
	fmt.Println(c, "|", c.Key())

	_, err = refcode.Parse("UA KH 3/2014")
	fmt.Println(err)
	fmt.Println(errors.Is(err, refcode.ErrAddressee))
	// Output:
	// AL true BHR 13 2011 <nil>
	// JAL BHR 13/2011 | BHR 13/2011
	// refcode: "UA KH 3/2014": "KH" is not an ISO 3166-1 alpha-3 country code or OTH (an alpha-2 code; write KHM) (at byte 3)
	// true
}

func ExampleParse_legacy() {
	c, _ := refcode.Parse("UA G/SO 214 (53-24) SAU 5/2014")
	fmt.Printf("%q\n", c.File)
	fmt.Println(c.Short())
	fmt.Println(c.Key())
	// Output:
	// "G/SO 214 (53-24)"
	// UA SAU 5/2014
	// SAU 5/2014
}

func ExampleCode_String() {
	c, _ := refcode.Parse("  ua  khm 3/2014 ")
	fmt.Println(c)
	// Output:
	// UA KHM 3/2014
}

func ExampleType_Label() {
	for _, lang := range []hrd.Language{hrd.English, hrd.French, hrd.Spanish} {
		fmt.Println(refcode.AllegationLetter.Label(lang))
	}
	c, _ := refcode.Parse("JUA KHM 3/2014")
	fmt.Println(c.Label(hrd.French))
	// Output:
	// allegation letter
	// lettre d'allégation
	// carta de transmisión de denuncias
	// appel urgent conjoint
}
