// Offline use, only when the person asks: the copy is kept, works with the server gone, is replaced
// cleanly by a new release, and is removed completely. Before the person asks, nothing is kept.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';
import { DIST, questionnaire, walk, eventually, packStrings } from './harness.mjs';

const PROJECT = new URL('../../', import.meta.url).pathname;
let root;
let browser;
let server;
let port;
before(async () => {
  root = mkdtempSync(join(tmpdir(), 'offline-'));
  cpSync(DIST, root, { recursive: true });
  server = await serve(root);
  port = server.address().port;
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
});
after(async () => { await browser.close(); server?.close(); });

/** The network is gone: the server stops and drops the connections the browser keeps open. */
async function networkOff() {
  await new Promise((done) => { server.close(done); server.closeAllConnections(); });
  server = undefined;
}
async function networkOn() { server = await serve(root, port); }

const stored = (page) => page.evaluate(async () => ({
  workers: (await navigator.serviceWorker.getRegistrations()).length,
  caches: await caches.keys(),
}));

test('kept only on request, used with no network, replaced by a new release, then removed', async () => {
  const base = `http://127.0.0.1:${port}/`;
  const en = questionnaire('dudit', 'en');
  const ui = en.ui;
  const page = await browser.newPage({ viewport: { width: 390, height: 800 } });

  await page.goto(`${base}?lang=en`);
  await page.getByRole('heading', { level: 2, name: ui['offline.heading'] }).waitFor();
  assert.deepEqual(await stored(page), { workers: 0, caches: [] }, 'nothing kept before the person asks');

  await page.getByRole('button', { name: ui['offline.keep'] }).click();
  await page.getByRole('status').filter({ hasText: ui['offline.kept'] }).waitFor({ timeout: 15000 });
  const kept = await stored(page);
  assert.equal(kept.workers, 1);
  assert.equal(kept.caches.length, 1);
  const release = /release ([0-9a-f]{16})/.exec(readFileSync(join(root, 'sw.js'), 'utf8'))[1];
  assert.ok(kept.caches[0].endsWith(release), kept.caches[0]);

  // With the network off, the start page, a whole self-test with its help contacts, a test opened
  // by its link (the page's other build) and the assessment page all open.
  await networkOff();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: ui['home.heading'] }).waitFor();
  await page.getByRole('button', { name: `${ui['home.open']} ${en.texts.title}` }).click();
  await page.getByRole('button', { name: ui['questionnaire.start'] }).click();
  await walk(page, en, (item) => (item.kind === 'number' ? 30 : item.required ? en.optionsOf(item)[0].id : undefined));
  await page.getByRole('heading', { level: 2, name: ui['help.heading'] }).waitFor();
  await page.goto(`${base}?lang=en&q=audit`);
  await page.getByRole('heading', { level: 1, name: questionnaire('audit', 'en').texts.title }).waitFor();
  await page.getByRole('button', { name: ui['questionnaire.start'] }).click();
  await page.goto(`${base}assessment.html?lang=en&q=rights`);
  await page.getByRole('heading', { level: 1, name: questionnaire('rights', 'en').texts.title }).waitFor();

  // A new release on the server: the next visit installs it beside the old one, then drops the old.
  const changed = JSON.parse(readFileSync(join(root, 'data', 'ui', 'en.json'), 'utf8'));
  changed['home.heading'] = 'A new release';
  writeFileSync(join(root, 'data', 'ui', 'en.bin'), packStrings(changed));
  execFileSync('node', [join(PROJECT, 'scripts', 'offline.mjs'), root], { stdio: 'ignore' });
  const next = /release ([0-9a-f]{16})/.exec(readFileSync(join(root, 'sw.js'), 'utf8'))[1];
  assert.notEqual(next, release);
  await networkOn();
  await page.goto(`${base}?lang=en`);
  await eventually(async () => {
    const now = await stored(page);
    assert.equal(now.caches.length, 1, now.caches.join());
    assert.ok(now.caches[0].endsWith(next), now.caches[0]);
  }, 20000);
  await networkOff();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'A new release' }).waitFor();

  // Removed: no worker, no cache, and without a network the app no longer opens.
  await networkOn();
  await page.getByRole('button', { name: ui['offline.remove'] }).click();
  await page.getByRole('status').filter({ hasText: ui['offline.removed'] }).waitFor();
  assert.deepEqual(await stored(page), { workers: 0, caches: [] });
  await networkOff();
  await assert.rejects(page.reload());
  await networkOn();
  await page.close();
});
