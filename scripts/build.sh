#!/usr/bin/env bash
# Release build into dist/: validates the questionnaires (an invalid one stops the build), then
# trunk, once per page. The start page (index.html: home, self-tests, embed page) and the policy
# assessment (assessment.html) each get their own wasm, so the self-test's first load stays small.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
cd "$ROOT"
# A tenth less wasm: the standard library rebuilt with the release's size settings, and a panic
# that stops at once, without the machinery that formats its message (which nobody would see).
# These are unstable options of the stable toolchain, unlocked by RUSTC_BOOTSTRAP for this build
# only; setup.sh adds the standard library's source (rustup component rust-src).
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD="std,panic_abort"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg erase_components -Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none"
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
