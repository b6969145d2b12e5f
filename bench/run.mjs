// Speed and size of the DUDIT's first question, in one headless Chromium run with the CPU slowed
// 4x and the network at "fast 3G", for (a) selfassess, (b) the same DUDIT in SurveyJS, and
// (c) a hand-written static HTML form (the lower bound). Text, script and wasm are served
// gzip-compressed, as a static host would; the app's data files (.bin) come gzipped from the build. Prints a table with ratios. Usage: node bench/run.mjs [runs]
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, extname, normalize } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');
const RUNS = Number(process.argv[2] ?? 5);
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml' };

// The DUDIT as the app ships it, in English, turned into the two peers' forms.
const structure = JSON.parse(readFileSync(join(DIST, 'data/q/dudit.json'), 'utf8'));
const { texts } = JSON.parse(readFileSync(join(DIST, 'data/q/dudit/en.json'), 'utf8'));
const items = structure.pages.flatMap((p) => p.items).filter((i) => i.required);
const options = (item) => (item.option_set ? structure.option_sets.find((s) => s.id === item.option_set).options : item.options);
const label = (item, o) => texts[item.option_set ? `option_sets.${item.option_set}.${o.id}` : `items.${item.id}.options.${o.id}`];
const FIRST = texts[`items.${items[0].id}.text`];

const surveyModel = {
  title: texts.title,
  pages: [{ elements: items.map((i) => ({ type: 'radiogroup', name: i.id, title: texts[`items.${i.id}.text`], isRequired: true, choices: options(i).map((o) => ({ value: o.id, text: label(i, o) })) })) }],
};
const esc = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const staticForm = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(texts.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:auto;padding:1rem}fieldset{margin:1rem 0}label{display:block;padding:.5rem}</style></head><body><h1>${esc(texts.title)}</h1><form>
${items.map((i) => `<fieldset><legend>${esc(texts[`items.${i.id}.text`])}</legend>${options(i).map((o) => `<label><input type="radio" name="${i.id}" value="${o.id}" required> ${esc(label(i, o))}</label>`).join('')}</fieldset>`).join('\n')}
<button>Score</button></form></body></html>`;
const surveyPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(texts.title)}</title>
<link rel="stylesheet" href="survey-core.fontless.min.css"><script src="survey.core.min.js"></script><script src="survey-js-ui.min.js"></script></head>
<body><div id="survey"></div><script src="model.js"></script><script>SurveyUI.renderSurvey(new Survey.Model(window.DUDIT), document.getElementById('survey'));</script></body></html>`;

const virtual = {
  '/static/': staticForm,
  '/surveyjs/': surveyPage,
  '/surveyjs/model.js': `window.DUDIT=${JSON.stringify(surveyModel)};`,
};
const mapped = {
  '/surveyjs/survey.core.min.js': 'node_modules/survey-core/survey.core.min.js',
  '/surveyjs/survey-core.fontless.min.css': 'node_modules/survey-core/survey-core.fontless.min.css',
  '/surveyjs/survey-js-ui.min.js': 'node_modules/survey-js-ui/survey-js-ui.min.js',
};

function body(path) {
  if (virtual[path] !== undefined) return [Buffer.from(virtual[path]), extname(path) || '.html'];
  if (mapped[path]) return [readFileSync(join(ROOT, mapped[path])), extname(path)];
  if (path.startsWith('/app/')) {
    let file = normalize(join(DIST, path.slice(5)));
    if (!file.startsWith(DIST)) return null;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (existsSync(file)) return [readFileSync(file), extname(file)];
  }
  return null;
}

// Under /br/, the same files brotli-compressed (at its best), as hosts that offer brotli send them.
// Each file is compressed once and kept, so the time measured is the transfer, not the compressing.
const compressed = new Map();
function encoded(key, content, brotli) {
  if (!compressed.has(key)) {
    compressed.set(key, brotli
      ? brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
      : gzipSync(content, { level: 9 }));
  }
  return compressed.get(key);
}
// Bytes are counted where they are sent: every response's headers and body. (Chromium's own count,
// Network.loadingFinished, misses responses read through a DecompressionStream, as the app's data is.)
let sent = 0;
const server = createServer((req, res) => {
  const pathname = new URL(req.url, 'http://x').pathname;
  const brotli = pathname.startsWith('/br/');
  const found = body(brotli ? pathname.slice(3) : pathname);
  const reply = (status, headers, content = Buffer.alloc(0)) => {
    res.writeHead(status, headers);
    res.on('finish', () => { sent += Buffer.byteLength(res._header ?? '') + content.length; });
    res.end(content);
  };
  if (!found) { reply(404, {}); return; }
  const [content, ext] = found;
  const type = TYPES[ext] ?? 'application/octet-stream';
  const headers = { 'content-type': type, 'cache-control': 'no-store' };
  if (type === 'application/octet-stream') { reply(200, headers, content); return; }
  reply(200, { ...headers, 'content-encoding': brotli ? 'br' : 'gzip' }, encoded(pathname, content, brotli));
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });

/** One cold load: bytes on the wire and ms until the first DUDIT question can be answered. */
async function measure(url, ready) {
  const context = await browser.newContext({ viewport: { width: 360, height: 760 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  // Lighthouse's "fast 3G": 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up.
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const sentBefore = sent;
  const startedAt = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  await ready(page);
  const ms = Date.now() - startedAt;
  await page.waitForTimeout(300); // let late requests finish so they are counted
  await context.close();
  return { bytes: sent - sentBefore, ms };
}

// As a person does: click the first answer's words, and see it chosen.
const firstRadio = async (page) => {
  const text = label(items[0], options(items[0])[0]);
  await page.getByText(text, { exact: true }).first().click({ timeout: 120000 });
  await page.waitForFunction((t) => [...document.querySelectorAll('input[type=radio]')].some((r) => r.checked && (r.labels?.[0]?.textContent ?? r.closest('label')?.textContent ?? '').includes(t)), text, { timeout: 120000 });
};

const ourFirstQuestion = async (page) => {
  // The DUDIT opens on its start screen; the first scored question is a click and the optional "about you" screens away.
  await page.getByRole('button', { name: 'Start the test' }).click({ timeout: 120000 });
  for (let n = 0; n < 2; n++) await page.getByRole('button', { name: 'Next', exact: true }).click({ timeout: 120000 });
  await page.getByText(FIRST, { exact: true }).waitFor({ timeout: 120000 });
  await firstRadio(page);
};
// The way most people come: the start page (its own split part), then the DUDIT from its list.
const viaStartPage = async (page) => {
  await page.getByRole('button', { name: `Start ${texts.title}` }).click({ timeout: 120000 });
  await ourFirstQuestion(page);
};
// The start page alone, ready when its list of tests can be used.
const startPage = async (page) => { await page.getByRole('button', { name: `Start ${texts.title}` }).waitFor({ timeout: 120000 }); };
const surveyFirstQuestion = async (page) => { await page.getByText(FIRST).first().waitFor({ timeout: 120000 }); await firstRadio(page); };
const peers = [
  ['selfassess', `${base}/app/?lang=en&q=dudit`, ourFirstQuestion],
  ['SurveyJS 2.5.38', `${base}/surveyjs/`, surveyFirstQuestion],
  ['static HTML form', `${base}/static/`, firstRadio],
  ['selfassess, br', `${base}/br/app/?lang=en&q=dudit`, ourFirstQuestion],
  ['SurveyJS, br', `${base}/br/surveyjs/`, surveyFirstQuestion],
  ['selfassess, via start page', `${base}/app/?lang=en`, viaStartPage],
  ['selfassess, via start page, br', `${base}/br/app/?lang=en`, viaStartPage],
  ['selfassess, start page alone', `${base}/app/?lang=en`, startPage],
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = [];
for (const [name, url, ready] of peers) {
  await measure(url, ready); // once unmeasured, so that every measured load finds the files compressed
  const runs = [];
  for (let n = 0; n < RUNS; n++) runs.push(await measure(url, ready));
  results.push({ name, bytes: median(runs.map((r) => r.bytes)), ms: median(runs.map((r) => r.ms)) });
}
await browser.close();
server.close();

const lower = results.find((r) => r.name === 'static HTML form');
const ours = results[0];
const pad = (s, n) => String(s).padEnd(n);
console.log(`\nDUDIT, first question answerable: CPU 4x slower, fast 3G, gzip (rows marked br: brotli); median of ${RUNS} cold loads\n`);
console.log(`${pad('tool', 32)}${pad('KB on the wire', 16)}${pad('ms to answer', 14)}${pad('bytes / static', 16)}${pad('ms / static', 13)}${pad('bytes / selfassess', 20)}ms / selfassess`);
for (const r of results) {
  console.log(`${pad(r.name, 32)}${pad((r.bytes / 1024).toFixed(1), 16)}${pad(r.ms, 14)}${pad((r.bytes / lower.bytes).toFixed(1) + 'x', 16)}${pad((r.ms / lower.ms).toFixed(2) + 'x', 13)}${pad((r.bytes / ours.bytes).toFixed(2) + 'x', 20)}${(r.ms / ours.ms).toFixed(2)}x`);
}
const budget = 150 * 1024;
const bytesOf = (name) => results.find((r) => r.name === name).bytes;
const kb = (name) => (bytesOf(name) / 1024).toFixed(1);
const verdict = (name, compression) => `${kb(name)} KB with ${compression} (${bytesOf(name) <= budget ? 'within' : 'OVER'})`;
// The budget is for a first load: what a page fetches before its first use. A test chosen on the
// start page then fetches its own part and texts: a second load, shown in full beside them.
console.log(`\nBudget for a first load of the self-test: 150 KB compressed. The DUDIT's first question, opened by its link: ${verdict('selfassess', 'gzip')}, ${verdict('selfassess, br', 'brotli')}; the start page: ${verdict('selfassess, start page alone', 'gzip')}. From the start page to the DUDIT's first question, in all: ${kb('selfassess, via start page')} KB with gzip, ${kb('selfassess, via start page, br')} KB with brotli.`);
