#!/usr/bin/env bash
# Quick start, command 1: set up what is missing, build the release, serve it on http://127.0.0.1:8080
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${PORT:-8080}"
"$ROOT/scripts/setup.sh"
"$ROOT/scripts/build.sh"
echo "selfassess is at http://127.0.0.1:$PORT/  (Ctrl+C stops it)"
exec node "$ROOT/tests/e2e/server.mjs" "$ROOT/dist" "$PORT"
