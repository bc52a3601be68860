//go:build race

package hardening

// raceEnabled is true under -race, where everything runs several times slower.
const raceEnabled = true
