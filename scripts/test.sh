#!/usr/bin/env bash
# Quick start, command 2: set up what is missing, then run every check and test.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh"
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
cd "$ROOT"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
step "format"
cargo fmt --check
step "lint (native engine, and the browser app)"
cargo clippy --quiet --all-targets -- -D warnings
cargo clippy --quiet --target wasm32-unknown-unknown -- -D warnings
step "questionnaires"
cargo run --quiet --bin questionnaires -- check
step "engine unit and property tests"
cargo test --quiet
step "release build"
"$ROOT/scripts/build.sh"
step "browser tests (Chromium)"
node --test --test-concurrency=1 tests/e2e/
