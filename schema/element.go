package schema

// elementOf returns the element of a submission (1 to 5) that the place at a JSON
// Pointer belongs to, or 0 for the envelope. The table is in the package
// documentation.
func elementOf(ptr string) int {
	t := pointerTokens(ptr)
	if len(t) == 0 {
		return 0
	}
	switch t[0] {
	case "submitter":
		return 1
	case "victims":
		if len(t) >= 3 && (t[2] == "activities" || t[2] == "activity_description") {
			return 3
		}
		return 1
	case "perpetrators", "perpetrators_unknown":
		return 2
	case "violations":
		if len(t) < 3 {
			return 3
		}
		switch t[2] {
		case "perpetrators":
			return 2
		case "date", "end_date", "date_approximate", "place", "description", "legal_basis":
			return 4
		}
		return 3 // id, type, victims, status, rights, and unknown members
	case "country", "context":
		return 4
	case "actions", "no_action_reason":
		return 5
	}
	return 0
}
