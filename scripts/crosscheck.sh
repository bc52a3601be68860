#!/usr/bin/env bash
# Cross-checks the generated JSON Schema with an independent validator: ajv 8 with
# ajv-formats, draft 2020-12, strict mode. Every fixture under testdata/submissions,
# testdata/drafts and testdata/invalid must get the same valid/invalid verdict from
# ajv as from `spcomm validate`. Run by .ci/run; needs go, node and npm (network for
# npm on first use). Exits non-zero on any disagreement.
set -euo pipefail
cd "$(dirname "$0")/.."

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "crosscheck: installing ajv@8 and ajv-formats@3 into a temporary folder"
npm install --prefix "$tmp" --no-audit --no-fund --no-save --loglevel=error ajv@8 ajv-formats@3 >"$tmp/npm.log" 2>&1 || {
  cat "$tmp/npm.log" >&2
  echo "crosscheck: npm install failed" >&2
  exit 2
}

shopt -s nullglob
files=(testdata/submissions/*.json testdata/drafts/*.json testdata/invalid/*.json)
if [ ${#files[@]} -eq 0 ]; then
  echo "crosscheck: no fixtures found" >&2
  exit 1
fi

go build -o "$tmp/spcomm" ./cmd/spcomm
status=0
"$tmp/spcomm" validate -json "${files[@]}" >"$tmp/ours.ndjson" || status=$?
if [ "$status" -gt 1 ]; then
  echo "crosscheck: spcomm validate failed with status $status" >&2
  exit 2
fi

node scripts/ajv-crosscheck.mjs "$tmp" schema/submission-v1.schema.json "$tmp/ours.ndjson"
