package communication

// TestdataFiles gives the external tests (package communication_test) the
// fixture lister of the internal ones.
var TestdataFiles = testdataFiles
