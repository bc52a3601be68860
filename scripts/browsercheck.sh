#!/usr/bin/env bash
# browsercheck: renders the hostile fixtures in testdata/hostile/render/ to HTML and
# loads them in a real headless Chromium; fails if any script runs, any network
# request is attempted, or the hostile text is not shown literally. It also takes
# a screenshot of a real draft. Installs Debian's chromium when it is missing.
#
# Usage: scripts/browsercheck.sh [-out DIR] [-screenshot FILE]
# Exit status: 0 pass (or skipped: no chromium and no apt-get), 1 fail.
set -euo pipefail
cd "$(dirname "$0")/.."

chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "browsercheck: SKIPPED: chromium is not installed and apt-get is not available to install it"
    exit 0
  fi
  sudo=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "browsercheck: cannot install chromium: not root and no sudo" >&2
      exit 1
    fi
  fi
  echo "browsercheck: installing chromium"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
  chromium=$(command -v chromium)
fi
echo "browsercheck: $("$chromium" --version 2>/dev/null || echo "$chromium")"
exec go run ./scripts/browsercheck -chromium "$chromium" "$@"
