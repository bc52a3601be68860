#!/usr/bin/env bash
# bench/compare.sh: spcomm side by side with its peers, in one run on one machine.
#
#   bash bench/compare.sh [DOC.json] [N]
#
# Per document (DOC, default a typical ~6 KB testdata submission): encoding/json
# into any and into the struct, json.Valid, spcomm decode+validate and
# decode+validate+readiness (Go benchmarks, ./bench), and ajv 8 in Node (same
# schema, same bytes, compiled once, warm): JSON.parse, validate, both. Then batch
# validation of an NDJSON stream of N documents (default 100,000, built from the
# testdata corpus): spcomm validate -j 1 and -j 2, and ajv over the same stream,
# with documents per second and peak RSS (/usr/bin/time -v), the best of three
# runs each. Ratios first. Last, how fast each CPU is on its own (the validation
# benchmark pinned with taskset): on a virtual machine the cores need not be
# equal, which bears on how -j 2 compares with -j 1.
# Not part of `go test`; needs go, node, npm (ajv is installed into a temporary
# folder) and /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."
doc=${1:-testdata/submissions/bgd-blogger-machete-attack.json}
n=${2:-100000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(go version | cut -d' ' -f3), node $(node --version)"
echo "document: $doc ($(wc -c <"$doc") bytes)"

npm install --prefix "$tmp/ajv" --no-audit --no-fund --loglevel=error ajv@8 ajv-formats@3 >/dev/null
export AJV_PREFIX="$tmp/ajv"

# Go benchmarks, 3 runs each, the median kept.
BENCH_DOC="$PWD/$doc" go test -run '^$' -bench . -benchmem -count 3 ./bench >"$tmp/go.txt"
median() { grep "^Benchmark$1-" "$tmp/go.txt" | awk '{print $3}' | sort -n | sed -n 2p; }
us() { awk -v ns="$1" 'BEGIN{printf "%.1f", ns/1000}'; }
any=$(median StdlibDecodeAny); struct=$(median StdlibDecodeStruct); valid=$(median StdlibValid)
dv=$(median DecodeValidate); dvr=$(median DecodeValidateReadiness); ref=$(median ReferenceValidate)

node bench/ajv-bench.mjs schema/submission-v1.schema.json "$doc" >"$tmp/ajv.json"
ajv() { node -e "console.log(JSON.parse(require('fs').readFileSync('$tmp/ajv.json'))['$1'].toFixed(1))"; }
aparse=$(ajv parse_us); aval=$(ajv validate_us); aboth=$(ajv parse_validate_us)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.2f", a/b}'; }
dvr_us=$(us "$dvr")

echo
echo "== per document (µs; ratio = spcomm decode+validate+readiness / peer)"
printf "%-44s %9s %8s\n" "" "µs/doc" "ratio"
printf "%-44s %9s %8s\n" "spcomm decode+validate+readiness" "$dvr_us" "1.00"
printf "%-44s %9s %8s\n" "spcomm decode+validate (fast path)" "$(us "$dv")" "$(ratio "$dvr_us" "$(us "$dv")")"
printf "%-44s %9s %8s\n" "ajv 8: JSON.parse + validate" "$aboth" "$(ratio "$dvr_us" "$aboth")"
printf "%-44s %9s %8s\n" "ajv 8: JSON.parse alone" "$aparse" "$(ratio "$dvr_us" "$aparse")"
printf "%-44s %9s %8s\n" "ajv 8: validate alone (parsed value)" "$aval" "$(ratio "$dvr_us" "$aval")"
printf "%-44s %9s %8s\n" "encoding/json into any" "$(us "$any")" "$(ratio "$dvr_us" "$(us "$any")")"
printf "%-44s %9s %8s\n" "encoding/json into the struct" "$(us "$struct")" "$(ratio "$dvr_us" "$(us "$struct")")"
printf "%-44s %9s %8s\n" "json.Valid (every byte once)" "$(us "$valid")" "$(ratio "$dvr_us" "$(us "$valid")")"
printf "%-44s %9s %8s\n" "spcomm reference path (invalid document)" "$(us "$ref")" "$(ratio "$dvr_us" "$(us "$ref")")"

# The stream: the corpus, compacted to one line each, repeated to n lines.
go run ./bench/ndjson -n "$n" -o "$tmp/stream.ndjson" testdata/submissions
echo
echo "== batch: $n NDJSON documents ($(( $(wc -c <"$tmp/stream.ndjson") / 1048576 )) MiB)"
go build -o "$tmp/spcomm" ./cmd/spcomm
run() { # label, command... -> "label secs rss", the fastest of three runs
  local label=$1; shift
  local best="" bestrss=0
  for _ in 1 2 3; do
    /usr/bin/time -v "$@" >"$tmp/out" 2>"$tmp/time" || true
    local secs rss
    secs=$(awk -F': ' '/Elapsed \(wall clock\)/{split($2,t,":"); s=0; for(i=1;i<=length(t);i++) s=s*60+t[i]; print s}' "$tmp/time")
    rss=$(awk -F': ' '/Maximum resident set size/{printf "%.0f", $2/1024}' "$tmp/time")
    if [ -z "$best" ] || awk -v a="$secs" -v b="$best" 'BEGIN{exit !(a<b)}'; then best=$secs; fi
    if [ "$rss" -gt "$bestrss" ]; then bestrss=$rss; fi
  done
  echo "$label $best $bestrss"
}
j1=$(run "spcomm -j 1" "$tmp/spcomm" validate -q -ndjson -j 1 "$tmp/stream.ndjson")
j2=$(run "spcomm -j 2" "$tmp/spcomm" validate -q -ndjson -j 2 "$tmp/stream.ndjson")
an=$(run "ajv" node bench/ajv-bench.mjs schema/submission-v1.schema.json --ndjson "$tmp/stream.ndjson")
line() { # label secs rss base_secs
  awk -v l="$1" -v s="$2" -v r="$3" -v n="$n" -v b="$4" 'BEGIN{printf "%-22s %10.0f docs/s %8.2f s %7d MiB   ×%.2f\n", l, n/s, s, r, b/s}'
}
read -r _ _ _ s1 r1 <<<"$j1"; read -r _ _ _ s2 r2 <<<"$j2"; read -r _ sa ra <<<"$an"
echo "(× = throughput relative to spcomm -j 1)"
line "spcomm validate -j 1" "$s1" "$r1" "$s1"
line "spcomm validate -j 2" "$s2" "$r2" "$s1"
line "ajv (Node, 1 thread)" "$sa" "$ra" "$s1"

# How fast is each CPU alone? The validation benchmark, pinned to each in turn.
if command -v taskset >/dev/null; then
  echo
  echo "== each CPU alone (BenchmarkValidate pinned with taskset; µs per document)"
  go test -c -o "$tmp/bench.test" ./bench
  speeds=()
  for ((c = 0; c < $(nproc); c++)); do
    ns=$(cd bench && BENCH_DOC="$OLDPWD/$doc" taskset -c "$c" "$tmp/bench.test" -test.run '^$' -test.bench '^BenchmarkValidate$' -test.cpu 1 -test.benchtime 2s | awk '/^BenchmarkValidate/{print $3}')
    speeds+=("$ns")
    printf "cpu %d %8s\n" "$c" "$(us "$ns")"
  done
  if [ "${#speeds[@]}" -ge 2 ]; then
    awk -v a="${speeds[0]}" -v b="${speeds[1]}" 'BEGIN{f=(a<b)?a:b; s=(a<b)?b:a; printf "CPUs 0 and 1 differ by %.2fx when each runs alone\n", s/f}'
  fi
fi
