#!/usr/bin/env bash
# Runs every fuzz target of the module for a while and prints, for each, how long
# it ran, how many inputs it tried, and whether it found a crasher.
#
#   bash scripts/fuzz.sh [DURATION] [PARALLEL] [TARGET_REGEXP]
#
# DURATION is a Go duration for each target (default 10m), PARALLEL how many
# targets run at once (default 2; each uses one fuzzing worker), TARGET_REGEXP
# picks targets by name (default all). Not part of CI: the issue asks for at least
# ten minutes per target. A crasher is written by Go under the package's
# testdata/fuzz/FuzzName/ directory, so that `go test` replays it from then on;
# commit it with the fix. Logs go to a temporary folder named at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

duration=${1:-10m}
parallel=${2:-2}
pick=${3:-.}
logs=$(mktemp -d)

# package directory and target name of every fuzz target
targets=$(grep -rn --include='*_test.go' -E '^func Fuzz[A-Za-z0-9_]*\(' . |
  sed -E 's#^\./(.*)/[^/]+_test\.go:[0-9]+:func (Fuzz[A-Za-z0-9_]*)\(.*#\1 \2#' |
  grep -E " ($pick)" | sort)
if [ -z "$targets" ]; then
  echo "no fuzz target matches $pick" >&2
  exit 2
fi

run() {
  local dir=$1 name=$2 log="$logs/$(echo "$1" | tr / _)-$2.log"
  local start=$SECONDS status=ok
  if ! go test -run=NONE -fuzz="^$name\$" -fuzztime="$duration" -fuzzminimizetime=10s -parallel=1 "./$dir" >"$log" 2>&1; then
    status=FAILED
  fi
  local execs
  execs=$(grep -o 'execs: [0-9]*' "$log" | tail -n 1 | awk '{print $2}')
  printf "%-28s %-22s %6ss %12s  %s\n" "$dir" "$name" "$((SECONDS - start))" "${execs:-?}" "$status"
}

printf "%-28s %-22s %7s %12s  %s\n" package target time executions result
export -f run
export duration logs
echo "$targets" | xargs -P "$parallel" -L 1 bash -c 'run "$0" "$1"'
echo "logs: $logs"
if grep -l -- '--- FAIL' "$logs"/*.log >/dev/null 2>&1; then
  echo "crashers: see the logs above and the packages' testdata/fuzz/" >&2
  exit 1
fi
