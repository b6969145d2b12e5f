#!/usr/bin/env bash
# Sets up what is missing, builds the release, and measures the DUDIT's first question against
# SurveyJS and a static HTML form (CPU 4x slower, fast 3G, gzip). Usage: scripts/bench.sh [runs]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh"
"$ROOT/scripts/build.sh"
exec node "$ROOT/bench/run.mjs" "${1:-5}"
