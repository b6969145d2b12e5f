#!/usr/bin/env bash
# Release build into dist/: validates the questionnaires (an invalid one stops the build), then
# trunk, once per page. The self-test page (index.html: the start page and the self-tests, in two
# builds, one per way in) and the organisations' page (assessment.html: the policy assessment and
# the embed page) each get their own wasm, so the self-test's first load stays small.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
cd "$ROOT"
trunk build --release --offline=true "$@" index.html
# Trunk names every page index.html: build the second page beside dist/, then bring it in.
trunk build --release --offline=true "$@" --dist target/dist-assessment assessment.html
cp target/dist-assessment/index.html dist/assessment.html
for file in target/dist-assessment/*; do
  case "$(basename "$file")" in
    index.html) ;;
    *) [ -e "dist/$(basename "$file")" ] || cp -r "$file" dist/ ;;
  esac
done
node scripts/offline.mjs dist
