// A copy hosted under a sub-path of a plain static server (no rewrite rules): every screen loads,
// reloads and can be shared by its address.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';
import { DIST, questionnaire } from './harness.mjs';

let server;
let browser;
let base;
before(async () => {
  const root = mkdtempSync(join(tmpdir(), 'selfhost-'));
  cpSync(DIST, join(root, 'ngo', 'tools', 'selftest'), { recursive: true });
  server = await serve(root);
  base = `http://127.0.0.1:${server.address().port}/ngo/tools/selftest/`;
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
});
after(async () => { await browser.close(); server.close(); });

test('every screen opens, reloads and is shared from a sub-path', async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
  const errors = [];
  page.on('response', (r) => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });
  const en = questionnaire('dudit', 'en');
  const screens = [
    ['?lang=mk', questionnaire('dudit', 'mk').ui['home.heading']],
    ['?lang=en&q=dudit', en.texts.title],
    ['?lang=el&q=audit', questionnaire('audit', 'el').texts.title],
    ['?lang=en&q=rights', questionnaire('rights', 'en').texts.title],
    ['?lang=ro&view=embed', questionnaire('dudit', 'ro').ui['embed.heading']],
  ];
  for (const [query, heading] of screens) {
    await page.goto(base + query);
    await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
  }
  // Going through the app keeps the sub-path in the address, so the address can be shared.
  await page.goto(`${base}?lang=en`);
  await page.getByRole('button', { name: `${en.ui['home.open']} ${en.texts.title}` }).click();
  await page.getByRole('heading', { level: 1, name: en.texts.title }).waitFor();
  assert.ok(page.url().startsWith(`${base}?`), page.url());
  const shared = await browser.newPage();
  await shared.goto(page.url());
  await shared.getByRole('heading', { level: 1, name: en.texts.title }).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
  await shared.close();
});
