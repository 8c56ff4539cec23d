#!/usr/bin/env bash
# The whole test run, from a fresh clone after `npm install`: builds Rebound, brings up what the
# tests need (a PostgreSQL server, Chromium) through the project's own scripts, then runs the tests.
set -euo pipefail
cd "$(dirname "$0")/.."

node scripts/build.mjs

# Services the tests need, each installed and started by its own script when it exists.
for setup in scripts/setup/*.sh; do
  [ -e "$setup" ] || continue
  # shellcheck disable=SC1090
  source "$setup"
done

mkdir -p test-results
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json "$@"

if [ -f e2e/run.mjs ]; then
  node --test-reporter=spec --test-reporter=tap --test-reporter-destination=stdout \
    --test-reporter-destination=test-results/e2e.tap e2e/run.mjs
fi

# One closing line for both suites.
node scripts/test-summary.mjs test-results/vitest.json test-results/e2e.tap
