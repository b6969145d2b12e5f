// Runs after trunk builds a page (a post_build hook in Trunk.toml), in its staging folder: builds
// the page's wasm in code-split parts (wasm.mjs; the page names its binary, or two, in its Rust
// link, which tells trunk to skip it: data-trunk-skip) and loads it from a start-up script file,
// so the page runs under a strict Content-Security-Policy (no inline script, no eval, only
// wasm-unsafe-eval). It puts that policy in the page, and writes it with `frame-ancestors` (from
// site.toml) for hosts that read `_headers` (Netlify, Cloudflare Pages) or `.htaccess` (Apache).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { buildWasm } from './wasm.mjs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');

const POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

const page = join(dir, 'index.html');
let html = readFileSync(page, 'utf8');
// Trunk leaves the Rust link it was told to skip; the page's start-up takes its place. The link
// names the page's binary, and may name a second one for an address with a questionnaire (`?q=`).
const marker = /<link data-trunk rel="rust" data-bin="([a-z_]+)"(?: data-bin-with-q="([a-z_]+)")?[^>]*>/.exec(html);
if (!marker) throw new Error('index.html: no <link data-trunk rel="rust" data-bin="…" data-trunk-skip /> names the binary');
// A Rust panic in the release build is a trap (immediate-abort): the app stops where it stands, and
// its quick exit, which runs in wasm, with it. The start-up catches the trap and replaces the page
// with a message in plain JS: what happened, that nothing was sent, a reload, and a quick exit (the
// button, or Esc twice) to the site's neutral page. Its strings are fetched only then (crash.json,
// beside the page, so that the offline copy keeps it; from the data build's data/crash.json); the
// English ones travel with the script in case that fails too.
const catalogJson = JSON.parse(readFileSync(join(dir, 'data', 'catalog.json'), 'utf8'));
const crashTexts = JSON.parse(readFileSync(join(dir, 'data', 'crash.json'), 'utf8'));
writeFileSync(join(dir, 'crash.json'), JSON.stringify(crashTexts));
const onCrash = `const crashExit = ${JSON.stringify(catalogJson.site.quick_exit_url)};
let crashed = false;
async function crash() {
  if (crashed) return;
  crashed = true;
  let t = ${JSON.stringify(crashTexts.en)};
  try {
    const all = await (await fetch(new URL('crash.json', document.baseURI))).json();
    t = all[document.documentElement.lang] ?? all[navigator.language.split('-')[0]] ?? t;
  } catch {}
  const leave = () => { try { (window.top ?? window).location.replace(crashExit); } catch { location.replace(crashExit); } };
  const make = (tag, props, text) => Object.assign(document.createElement(tag), props, text ? { textContent: text } : {});
  const heading = make('h1', { id: 'crash-heading', tabIndex: -1 }, t.heading);
  const reload = make('button', { type: 'button', className: 'primary' }, t.reload);
  reload.addEventListener('click', () => location.reload());
  const exit = make('button', { type: 'button', className: 'quick-exit' }, t.button);
  exit.addEventListener('click', leave);
  const actions = make('div', { className: 'nav-buttons' });
  actions.append(reload, exit);
  const main = make('main', { className: 'crashed' });
  main.setAttribute('role', 'alert');
  main.append(heading, make('p', {}, t.body), actions);
  document.body.replaceChildren(main);
  heading.focus();
  let lastEscape = -Infinity;
  addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    if (e.timeStamp - lastEscape < 1500) leave();
    lastEscape = e.timeStamp;
  });
}
const isTrap = (e) => e instanceof WebAssembly.RuntimeError;
addEventListener('error', (e) => { if (isTrap(e.error)) crash(); });
addEventListener('unhandledrejection', (e) => { if (isTrap(e.reason)) crash(); });
`;
const sri = (file) => `sha384-${createHash('sha384').update(readFileSync(join(dir, file))).digest('base64')}`;
const builds = [];
for (const bin of marker.slice(1).filter(Boolean)) builds.push(await buildWasm(bin, dir));
let start, head;
if (builds.length === 1) {
  const [built] = builds;
  start = `import init from './${built.glue}';\nawait init({ module_or_path: './${built.wasm}' });\n`;
  // The glue, the split loader it imports and the wasm are fetched side by side.
  const preload = (file) => `<link rel="modulepreload" href="./${file}" crossorigin="anonymous" integrity="${sri(file)}" />`;
  head = [
    preload(built.glue),
    ...(built.loader ? [preload(built.loader)] : []),
    `<link rel="preload" href="./${built.wasm}" crossorigin="anonymous" integrity="${sri(built.wasm)}" as="fetch" type="application/wasm" />`,
  ];
} else {
  // Two builds of the page: a test opened by its link starts on its questions, anyone else on the
  // start page (src/main.rs, src/bin/start.rs). Which one is known only here, so the start-up
  // fetches the wasm while the glue loads (a round trip later than links in the page would; the
  // split loader the glue imports comes while the wasm does). The files of a build are <stem>.js
  // and <stem>_bg.wasm (wasm.mjs). No integrity hashes: the files come from the page's own origin,
  // where whoever could change them could change the page too. A fetch that fails is reported
  // once, by the init that awaits it.
  const [forStart, forTest] = builds;
  // The data the app asks for as soon as it runs, asked for now, beside the wasm: the catalogue,
  // and the strings of the language and the questionnaire the address names, when it names ones
  // the build has (anything else is left to the app, which says what is wrong).
  const languages = JSON.stringify(catalogJson.languages.map((l) => l.code));
  const questionnaires = JSON.stringify(catalogJson.questionnaires.map((q) => q.id));
  start = `const address = new URLSearchParams(location.search);
const [q, lang] = [address.get('q'), address.get('lang')];
const build = q ? './${forTest.stem}' : './${forStart.stem}';
const wasm = fetch(build + '_bg.wasm');
wasm.catch(() => {});
const [languages, questionnaires] = [${languages}, ${questionnaires}];
const early = ['data/catalog.bin'];
if (languages.includes(lang)) early.push(\`data/ui/\${lang}.bin\`);
if (questionnaires.includes(q)) early.push(\`data/q/\${q}.bin\`, ...(languages.includes(lang) ? [\`data/q/\${q}/\${lang}.bin\`] : []));
for (const href of early) {
  document.head.append(Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', href, crossOrigin: 'anonymous' }));
}
const { default: init } = await import(build + '.js');
await init({ module_or_path: wasm });
`;
  head = [];
}
start = onCrash + start;
const boot = `boot-${createHash('sha256').update(start).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(dir, boot), start);
html = html.replace(marker[0], [`<script type="module" src="./${boot}"></script>`, ...head].join('\n    '));
html = html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${POLICY.join('; ')}" />`);
// A browser too old to unpack the data cannot load the interface strings either: the one string it
// needs, in every language, is a plain JSON file it fetches only then (read by platform::too_old).
const tooOld = {};
for (const file of readdirSync(join(dir, 'data', 'ui')).filter((f) => f.endsWith('.json'))) {
  tooOld[file.slice(0, -5)] = JSON.parse(readFileSync(join(dir, 'data', 'ui', file), 'utf8'))['app.browser_too_old'];
}
writeFileSync(join(dir, 'too-old.json'), JSON.stringify(tooOld));
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) throw new Error('index.html still has an inline script');

writeFileSync(page, html);

// frame-ancestors cannot be set in a page, only in a header: written for the hosts that read files.
const site = catalogJson.site;
const ancestors = (site.frame_ancestors ?? ['*']).join(' ');
const header = [...POLICY, `frame-ancestors ${ancestors}`].join('; ');
writeFileSync(join(dir, '_headers'), `/*\n  Content-Security-Policy: ${header}\n  Referrer-Policy: no-referrer\n  X-Content-Type-Options: nosniff\n`);
// Each part applies only where the host has the module: an unknown directive would stop the site.
const compressible = 'text/html text/css text/javascript application/javascript application/json application/wasm image/svg+xml';
writeFileSync(join(dir, '.htaccess'), `# Written by scripts/postbuild.mjs.
<IfModule mod_headers.c>
  Header set Content-Security-Policy "${header}"
  Header set Referrer-Policy "no-referrer"
  Header set X-Content-Type-Options "nosniff"
</IfModule>
<IfModule mod_mime.c>
  AddType application/wasm .wasm
  AddType text/javascript .js
</IfModule>
# Compressed on the way: brotli where the host has it, else gzip (the .bin data files come gzipped).
<IfModule mod_filter.c>
  <IfModule mod_brotli.c>
    AddOutputFilterByType BROTLI_COMPRESS ${compressible}
  </IfModule>
  <IfModule !mod_brotli.c>
    <IfModule mod_deflate.c>
      AddOutputFilterByType DEFLATE ${compressible}
    </IfModule>
  </IfModule>
</IfModule>
`);
console.log(`postbuild: ${builds.map((b) => `${b.glue} with ${b.chunks} split module(s)`).join(', ')}, ${boot}, Content-Security-Policy in index.html, _headers and .htaccess (frame-ancestors ${ancestors})`);
