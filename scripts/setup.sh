#!/usr/bin/env bash
# Installs whatever is missing to build and test selfassess, and skips what is present.
# Safe to run again; needs no answers from a person. Source it to get PATH set:  . scripts/setup.sh
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
# Must equal the wasm-bindgen version pinned in Cargo.toml (and so in Cargo.lock).
WASM_BINDGEN_VERSION="0.2.130"
# Splits the wasm into the parts each screen loads (scripts/wasm.mjs); the same crate cargo-leptos uses.
WASM_SPLIT_VERSION="0.2.3"
LOGS="$ROOT/target/setup-logs"
mkdir -p "$LOGS"
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi; }

# Runs a long install in the background, printing a line a minute so nobody wonders.
install_logged() {
  local name="$1"; shift
  local log="$LOGS/$name.log"
  ( "$@" >"$log" 2>&1 ) &
  local pid=$! seconds=0
  while kill -0 "$pid" 2>/dev/null; do
    sleep 5
    seconds=$((seconds + 5))
    if [ $((seconds % 60)) = 0 ] && kill -0 "$pid" 2>/dev/null; then
      say "… still installing $name ($((seconds / 60)) min; log: $log)"
    fi
  done
  if ! wait "$pid"; then
    say "installing $name failed; the end of its log:"; tail -n 30 "$log"; return 1
  fi
  say "$name installed."
}

cd "$ROOT"
# The toolchain rust-toolchain.toml pins, with what it lists (the release uses its unstable options).
TOOLCHAIN="$(sed -n 's/^channel = "\(.*\)"/\1/p' rust-toolchain.toml)"
if ! rustup toolchain list 2>/dev/null | grep -q "^$TOOLCHAIN-"; then
  say "installing the pinned Rust toolchain $TOOLCHAIN"
  rustup toolchain install "$TOOLCHAIN" --profile minimal \
    --component rust-src,clippy,rustfmt --target wasm32-unknown-unknown
fi
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
if ! rustup component list --installed 2>/dev/null | grep -q '^rust-src'; then
  say "adding the standard library's source (rust-src), for the release's smaller wasm"
  rustup component add rust-src
fi

pids=()
if ! cargo install --list 2>/dev/null | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  say "installing wasm-split-cli $WASM_SPLIT_VERSION from crates.io (about 5 minutes on 2 cores)"
  install_logged wasm-split-cli cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked & pids+=($!)
fi
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION from crates.io (about 8 minutes on 2 cores)"
  # Not --locked: its lock file names a webpki-roots release the registry no longer serves.
  install_logged wasm-bindgen cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" & pids+=($!)
fi
if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION from crates.io (about 15 minutes on 2 cores)"
  install_logged trunk cargo install trunk --version "$TRUNK_VERSION" --locked & pids+=($!)
fi

if [ ! -x /usr/bin/chromium ]; then
  say "installing Debian's Chromium for the browser tests"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium >"$LOGS/chromium.log" 2>&1 \
    || { tail -n 30 "$LOGS/chromium.log"; exit 1; }
fi

cd "$ROOT"
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/axe-core ] || [ ! -d node_modules/terser ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (binaryen's wasm-opt, terser, playwright-core, axe-core)"
  npm ci --no-audit --no-fund --loglevel=error
fi

say "fetching Rust crates"
cargo fetch --quiet
cargo fetch --quiet --target wasm32-unknown-unknown
# The release rebuilds the standard library, and its wasm build runs cargo offline (scripts/wasm.mjs):
# fetch the standard library's own dependencies too.
RUSTC_BOOTSTRAP=1 cargo fetch --quiet --target wasm32-unknown-unknown -Zbuild-std=std,panic_abort

for pid in "${pids[@]}"; do wait "$pid"; done
say "ready: $(trunk --version), $(wasm-bindgen --version), wasm-split-cli $WASM_SPLIT_VERSION, $(wasm-opt --version | cut -d' ' -f1-3), $(chromium --version 2>/dev/null)"
