package communication_test

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/openhrd/spcomm/communication"
)

func ExampleDecode() {
	doc := `{"schema_version": "1.0", "language": "en", "country": "KHM",
	  "victims": [{"id": "v1", "kind": "individual", "name": "A. Defender", "nmae": "typo"}]}`
	_, err := communication.Decode(strings.NewReader(doc))
	fmt.Println(err)
	if de, ok := errors.AsType[*communication.DecodeError](err); ok {
		fmt.Println(de.Code, de.Pointer, de.Line)
	}
	// Output:
	// /victims/0/nmae: unknown field: the format has no field of this name here (allowed: id, kind, name, gender, age, nationality, occupation, organization, location, group_size, categories, activities, activity_description, consent)
	// additional_property /victims/0/nmae 2
}

func ExampleEncode() {
	// Keys out of order, compact: Encode writes the canonical form.
	s, err := communication.Decode(strings.NewReader(`{"language":"fr","schema_version":"1.0","country":"THA"}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := communication.Encode(os.Stdout, s); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//   "schema_version": "1.0",
	//   "language": "fr",
	//   "country": "THA"
	// }
}
