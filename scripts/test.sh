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

npx vitest run "$@"

if [ -f e2e/run.mjs ]; then
  node e2e/run.mjs
fi
