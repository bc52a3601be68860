package schema_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/openhrd/spcomm/hrd"
	"github.com/openhrd/spcomm/schema"
)

// draft lacks the submitter, writes the country as an alpha-2 code and a date that
// is not in the calendar.
const draft = `{
  "schema_version": "1.0",
  "language": "en",
  "country": "KH",
  "victims": [{"id": "v1", "kind": "individual", "name": "A. Victim"}],
  "violations": [{"id": "x1", "type": "arbitrary_arrest", "victims": ["v1"],
                  "status": "occurred", "date": "2025-02-29", "description": "Arrested."}]
}`

func ExampleValidate() {
	res := schema.Validate([]byte(draft), schema.Options{})
	fmt.Println("valid:", res.Valid())
	for _, p := range res.Problems {
		fmt.Printf("%s [%s, element %d, line %d]\n  %s\n", p.Pointer, p.Code, p.Element, p.Line, p.Message)
	}
	// Output:
	// valid: false
	// /country [enum, element 4, line 4]
	//   not an ISO 3166-1 alpha-3 country code: write three capital letters, such as KHM for Cambodia (two-letter codes such as KH are not accepted)
	// /submitter [required, element 1, line 1]
	//   the required field submitter is missing
	// /violations/0/date [pattern, element 4, line 7]
	//   not a date of the form YYYY, YYYY-MM or YYYY-MM-DD that exists in the calendar, such as 2024, 2024-03 or 2024-03-15 (month 01 to 12, day within the month)
}

func ExampleValidate_french() {
	res := schema.Validate([]byte(draft), schema.Options{Lang: hrd.French})
	fmt.Println(res.Problems[1])
	// Output:
	// /submitter: champ obligatoire manquant : submitter
}

func ExampleValidate_malformed() {
	res := schema.Validate([]byte("{\n  \"language\": \"en\",\n}"), schema.Options{})
	p := res.Problems[0]
	fmt.Println(p.Code, p.Line, p.Column)
	fmt.Println(p)
	// Output:
	// syntax 3 1
	// 3:1: malformed JSON: unexpected character '}': expected a string key
}

func ExampleResult_Err() {
	err := schema.Validate([]byte(draft), schema.Options{}).Err()
	if ve, ok := errors.AsType[*schema.ValidationError](err); ok {
		fmt.Println(len(ve.Problems), "problems")
	}
	fmt.Println(errors.Is(err, schema.ErrInvalid), errors.Is(err, schema.ErrMalformed))
	// Output:
	// 3 problems
	// true false
}

func ExampleValidateValue() {
	doc := map[string]any{
		"schema_version": "1.0", "language": "es", "country": "GTM",
		"submitter":  map[string]any{"kind": "organization", "name": "Org", "relationship": "organization"},
		"victims":    []any{map[string]any{"id": "v1", "kind": "community", "name": "Community", "group_size": 0}},
		"violations": []any{map[string]any{"id": "x1", "type": "forced_eviction", "victims": []any{"v1"}, "status": "imminent", "description": "Eviction notice."}},
	}
	res, err := schema.ValidateValue(doc, schema.Options{Lang: hrd.Spanish})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range res.Problems {
		fmt.Println(p)
	}
	// Output:
	// /victims/0/group_size: demasiado pequeño: el mínimo es 1
}

func ExampleJSON() {
	var s struct {
		ID     string `json:"$id"`
		Schema string `json:"$schema"`
	}
	if err := json.NewDecoder(bytes.NewReader(schema.JSON())).Decode(&s); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.ID == schema.ID)
	fmt.Println(s.Schema)
	// Output:
	// true
	// https://json-schema.org/draft/2020-12/schema
}
