#!/usr/bin/env bash
# Release build into dist/: validates the questionnaires (an invalid one stops the build), then trunk.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
cd "$ROOT"
trunk build --release --offline "$@"
