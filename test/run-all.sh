#!/usr/bin/env bash
# npm test: the whole suite. Unit tests, then the browser tests against the
# built app in Debian's chromium (installed here when possible), one after
# the other: two cores cannot run property tests and software WebGL at once
# without timings going astray.
set -euo pipefail
cd "$(dirname "$0")/.."

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium_path" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "test: Debian's chromium is missing; installing it with apt-get (about 20 s)…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "test: the browser tests need Debian's chromium at $chromium_path." >&2
    echo "      Install it with:  sudo apt-get update && sudo apt-get install -y chromium" >&2
    echo "      or point CHROMIUM_PATH at a Chromium binary." >&2
    exit 1
  fi
fi

npm run build --silent
mkdir -p test-results
status=0
npx vitest run --project unit --reporter=default --reporter=json --outputFile.json=test-results/unit.json || status=$?
npx vitest run --project e2e --reporter=default --reporter=json --outputFile.json=test-results/e2e.json || status=$?
node scripts/test-summary.mjs test-results/unit.json test-results/e2e.json
exit $status
