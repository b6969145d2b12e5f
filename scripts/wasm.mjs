// Builds a page's wasm in code-split parts, where trunk would build it whole (trunk cannot split
// wasm yet: trunk issue #1022). Called by postbuild.mjs for the page in trunk's staging folder.
//
// cargo build (with relocations kept) → wasm-split-cli (one module per #[wasm_split] point, and the
// chunks they share) → wasm-bindgen on the main module → wasm-opt on every module → terser on the
// JS. The page's wasm and JS files are named after one hash of them all, so a release never mixes
// with another in a cache. The main module loads at once; a split module when its part is needed.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const ROOT = new URL('..', import.meta.url).pathname;
const RELEASE = process.env.TRUNK_PROFILE !== 'debug';
// The features every browser the app supports has (docs/ARCHITECTURE.md, "Browsers"); binaryen needs them named.
const FEATURES = ['bulk-memory', 'bulk-memory-opt', 'nontrapping-float-to-int', 'reference-types', 'sign-ext', 'mutable-globals', 'multivalue'];

const run = (command, args, env = {}) =>
  execFileSync(command, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });

/// The flags of the wasm build. The release also rebuilds the standard library with its size
/// settings and a panic that stops at once (about a tenth less wasm): unstable options of the
/// stable toolchain, unlocked by RUSTC_BOOTSTRAP for this build only (setup.sh adds rust-src).
function cargoEnv() {
  const flags = ['--cfg erase_components', '-Clink-args=--emit-relocs'];
  if (!RELEASE) return { CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS: flags.join(' ') };
  flags.push('-Zunstable-options', '-Cpanic=immediate-abort', '-Zfmt-debug=none', '-Zlocation-detail=none');
  return {
    RUSTC_BOOTSTRAP: '1',
    CARGO_UNSTABLE_BUILD_STD: 'std,panic_abort',
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS: flags.join(' '),
  };
}

/// Builds binary `bin` into `dir`; returns the names of the files the page loads first.
export async function buildWasm(bin, dir) {
  const profile = RELEASE ? 'release' : 'debug';
  const work = join(ROOT, 'target', 'wasm-split', profile, bin);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'split'), { recursive: true });

  // Offline, as trunk ran it: setup.sh has fetched every crate, the standard library's among them.
  run('cargo', ['build', '--locked', '--offline', '--target', 'wasm32-unknown-unknown', '--bin', bin, ...(RELEASE ? ['--release'] : [])], cargoEnv());
  const linked = join(ROOT, 'target', 'wasm32-unknown-unknown', profile, `${bin}.wasm`);
  run('wasm-split-cli', [linked, join(work, 'split'), '--out-name', bin]);
  // --keep-lld-exports: wasm-bindgen would drop the function table's export, which the split parts
  // import to add their own functions (cargo-leptos passes it for the same reason).
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--keep-lld-exports', '--out-dir', work, '--out-name', bin, join(work, 'split', `${bin}.wasm`)]);
  // Trunk copied wasm-bindgen's JS snippets; this build has none, and would drop them silently.
  if (existsSync(join(work, 'snippets'))) throw new Error(`${bin}: wasm-bindgen wrote JS snippets, which this build does not copy`);

  const chunks = readdirSync(join(work, 'split')).filter((f) => f.endsWith('.wasm') && f !== `${bin}.wasm`);
  const main = join(work, `${bin}_bg.wasm`);
  const optimise = (file) => {
    if (RELEASE) {
      const args = ['-Oz', '--strip-debug', '--strip-producers', ...FEATURES.map((f) => `--enable-${f}`), file, '-o', file];
      const result = spawnSync('wasm-opt', args, { encoding: 'utf8' });
      if (result.error) throw new Error(`wasm-opt could not run (scripts/setup.sh installs it): ${result.error.message}`);
      // binaryen does not know the name subsection wasm-split-cli writes; it strips it anyway.
      const said = result.stderr.split('\n').filter((line) => line && !/unknown name subsection/.test(line));
      if (said.length) console.error(said.join('\n'));
      if (result.status !== 0) throw new Error(`wasm-opt failed on ${file}`);
    }
    return readFileSync(file);
  };
  const wasm = { main: optimise(main), chunks: chunks.map((c) => [c, optimise(join(work, 'split', c))]) };
  const glue = readFileSync(join(work, `${bin}.js`), 'utf8');
  // The glue imports the split loader when the binary has split points.
  const loaderFile = join(work, 'split', '__wasm_split.js');
  const loader = glue.includes('from "./__wasm_split.js"') ? readFileSync(loaderFile, 'utf8') : null;
  if (loader && !chunks.length) throw new Error(`${bin}: split points, but wasm-split-cli wrote no part`);

  const hash = createHash('sha256');
  for (const part of [wasm.main, ...wasm.chunks.flat(), glue, loader ?? '']) hash.update(part);
  const h = hash.digest('hex').slice(0, 16);
  const stem = `${bin}-${h}`;
  const names = {
    glue: `${stem}.js`,
    wasm: `${stem}_bg.wasm`,
    loader: `${stem}-split.js`,
    chunk: (c) => `${stem}-${c}`,
  };

  const patched = (text, file) => applyPatches(text, file, { bin, names, chunks: wasm.chunks.map(([c]) => c) });
  const glueOut = loader ? patched(glue, 'glue') : glue;
  writeFileSync(join(dir, names.wasm), wasm.main);
  if (loader) {
    writeFileSync(join(dir, names.loader), await small(patched(loader, 'loader')));
    for (const [chunk, bytes] of wasm.chunks) writeFileSync(join(dir, names.chunk(chunk)), bytes);
  }
  writeFileSync(join(dir, names.glue), await small(glueOut));
  return { stem, glue: names.glue, wasm: names.wasm, loader: loader ? names.loader : null, chunks: wasm.chunks.length };
}

/// Every edit this build makes to the JS that wasm-bindgen (the glue) and wasm-split-cli (the
/// loader) generate, in one place, with why. Each is a text replacement that fails the build when
/// its text is not found, so a new version of either tool that changes it stops here, loudly.
/// (The only other one: postbuild.mjs replaces the page's skipped Rust link with the start-up.)
const PATCHES = [
  {
    file: 'glue',
    why: 'the glue imports the split loader by its unhashed name; the release names files by their hash',
    from: () => 'from "./__wasm_split.js"',
    to: ({ names }) => `from "./${names.loader}"`,
  },
  {
    file: 'loader',
    why: 'the loader imports the glue (for the main module\'s memory and table) by its unhashed name',
    from: ({ bin }) => `from "./${bin}.js"`,
    to: ({ names }) => `from "./${names.glue}"`,
  },
  {
    file: 'loader',
    why: 'parts are compiled from bytes, not streamed: streaming needs the host to send application/wasm, and a host that does not would break only the later parts (wasm-bindgen falls back for the main one)',
    from: () => '(WebAssembly.instantiateStreaming(src, imports))',
    to: () => '(WebAssembly.instantiate(await (await src).arrayBuffer(), imports))',
  },
  {
    file: 'loader',
    why: 'a fetch that fails while the shared chunks load is reported once, by the load that awaits it, not also as an unhandled rejection',
    from: () => 'import.meta.url));',
    to: () => 'import.meta.url)); src.catch(() => {});',
  },
  {
    file: 'loader',
    why: 'each chunk by its hashed name',
    each: 'chunk',
    from: (_, chunk) => `new URL("./${chunk}"`,
    to: ({ names }, chunk) => `new URL("./${names.chunk(chunk)}"`,
  },
];

/// `text` (the glue or the loader) with its patches applied; throws when one does not fit.
function applyPatches(text, file, context) {
  for (const patch of PATCHES.filter((p) => p.file === file)) {
    for (const each of patch.each ? context.chunks : [undefined]) {
      const from = patch.from(context, each);
      if (!text.includes(from)) {
        throw new Error(`${context.bin}: ${file} has no ${from} (wasm-bindgen or wasm-split-cli changed it); this patch exists because ${patch.why}`);
      }
      text = text.replaceAll(from, patch.to(context, each));
    }
  }
  return text;
}

/// terser on wasm-bindgen's and wasm-split-cli's JS: about 1.5 KB less on the first load.
async function small(code) {
  if (!RELEASE) return code;
  return (await minify(code, { module: true, compress: true, mangle: true })).code;
}
