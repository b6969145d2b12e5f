// The size budget of a first load: what the self-test fetches before a person can use it, counted
// as a host sends it (gzip at level 9; the .bin data files come gzipped from the build and are sent
// as they are), stays within 150 KB. A fixed byte count, not a timing: timings are in bench/run.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { start, questionnaire, DIST } from './harness.mjs';

const BUDGET = 150 * 1024;

let app;
before(async () => { app = await start(); });
after(async () => { await app.stop(); });

/** Bytes a host sends for a file of the build. */
function sentBytes(path) {
  const content = readFileSync(join(DIST, path === '/' ? 'index.html' : path));
  return path.endsWith('.bin') ? content.length : gzipSync(content, { level: 9 }).length;
}

/** Every file of its own origin the page fetched until `ready` resolved, each once, in order. */
async function firstLoad(url, ready) {
  const page = await app.page({ locale: 'en-GB' });
  const fetched = [];
  page.on('request', (r) => {
    const address = new URL(r.url());
    if (address.origin === new URL(app.base).origin && !fetched.includes(address.pathname)) fetched.push(address.pathname);
  });
  await page.goto(url);
  await ready(page);
  // Requests the screen makes once drawn (an aside's part, say) count too.
  await page.waitForLoadState('networkidle');
  await page.context().close();
  return fetched.map((path) => ({ path, bytes: sentBytes(path) }));
}

function report(name, files) {
  const total = files.reduce((sum, f) => sum + f.bytes, 0);
  const rows = files.map((f) => `  ${(f.bytes / 1024).toFixed(1).padStart(7)} KB  ${f.path}`);
  console.log(`${name}: ${(total / 1024).toFixed(1)} KB of ${BUDGET / 1024} KB\n${rows.join('\n')}`);
  return total;
}

const en = questionnaire('dudit', 'en');

test('a DUDIT opened by its link fetches at most 150 KB before its first question', async () => {
  const files = await firstLoad(`${app.base}?lang=en&q=dudit`, async (page) => {
    await page.getByRole('button', { name: en.ui['questionnaire.start'] }).click();
    // The first screens ask about the person (optional); the DUDIT's first question follows.
    const first = en.texts[`items.${en.structure.pages.flatMap((p) => p.items).find((i) => i.required).id}.text`];
    for (let guard = 0; guard < 5 && !(await page.getByText(first, { exact: true }).count()); guard++) {
      await page.getByRole('button', { name: en.ui['nav.next'], exact: true }).click();
      await page.getByRole('heading', { level: 1 }).waitFor();
    }
    await page.getByText(first, { exact: true }).waitFor();
  });
  const total = report('DUDIT by its link', files);
  assert.ok(files.some((f) => f.path.endsWith('.wasm')), 'the app\'s wasm was fetched');
  assert.ok(total <= BUDGET, `${(total / 1024).toFixed(1)} KB is over the budget of ${BUDGET / 1024} KB`);
});

test('the start page alone fetches at most 150 KB before its tests can be chosen', async () => {
  const files = await firstLoad(`${app.base}?lang=en`, async (page) => {
    await page.getByRole('button', { name: `${en.ui['home.open']} ${en.texts.title}` }).waitFor();
  });
  const total = report('Start page', files);
  assert.ok(files.some((f) => f.path.endsWith('.wasm')), 'the app\'s wasm was fetched');
  assert.ok(total <= BUDGET, `${(total / 1024).toFixed(1)} KB is over the budget of ${BUDGET / 1024} KB`);
});
