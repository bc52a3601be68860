package typecheck

import (
	"reflect"

	"github.com/openhrd/spcomm/communication/mandate"
	"github.com/openhrd/spcomm/hrd"
)

// Strings returns, for each such type, the check of a value's text: the same as
// the type's UnmarshalText accepts, without allocating.
func Strings() map[reflect.Type]func(string) bool {
	return map[reflect.Type]func(string) bool{
		reflect.TypeFor[hrd.Country]():     func(s string) bool { return hrd.Country(s).Valid() },
		reflect.TypeFor[hrd.PartialDate](): func(s string) bool { return hrd.PartialDate(s).Valid() },
		reflect.TypeFor[hrd.ID]():          func(s string) bool { return hrd.ID(s).Valid() },
		reflect.TypeFor[mandate.ID]():      func(s string) bool { return mandate.ID(s).Valid() },
	}
}
