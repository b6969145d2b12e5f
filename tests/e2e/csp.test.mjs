// The release build runs under its strict Content-Security-Policy (as a host reading dist/_headers
// sends it, and as index.html states it) with no violation, through every tool.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, questionnaire, walk, optionWorth, DIST } from './harness.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app.stop(); });

test('index.html has no inline script and states the policy; _headers adds frame-ancestors', () => {
  const html = readFileSync(`${DIST}/index.html`, 'utf8');
  assert.ok(!/<script(?![^>]*\bsrc=)[^>]*>/.test(html), 'an inline script is left');
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  assert.ok(meta, 'no policy in index.html');
  for (const rule of ["script-src 'self' 'wasm-unsafe-eval'", "connect-src 'self'", "style-src 'self'"]) assert.ok(meta.includes(rule), rule);
  assert.ok(!/'unsafe-inline'|'unsafe-eval'/.test(meta), meta);
  assert.match(readFileSync(`${DIST}/_headers`, 'utf8'), /frame-ancestors \*/);
});

test('a run of every tool raises no policy violation', async () => {
  const page = await app.page({ width: 1024, height: 800 });
  const response = await page.goto(`${app.base}?lang=en`);
  assert.match(response.headers()['content-security-policy'] ?? '', /frame-ancestors/);
  for (const id of ['dudit', 'audit', 'cast']) {
    const q = questionnaire(id, 'en');
    await page.goto(`${app.base}?lang=en&q=${id}`);
    await page.getByRole('button', { name: q.ui['questionnaire.start'] }).click();
    await walk(page, q, (item) => (item.required ? q.optionsOf(item).find((o) => o.points > 0)?.id ?? q.optionsOf(item)[0].id : undefined));
    await page.getByRole('heading', { level: 1, name: q.ui['result.heading'] }).waitFor();
  }
  const q = questionnaire('rights', 'en');
  await page.goto(`${app.base}?lang=en&q=rights`);
  for (const key of ['assessment.context', 'assessment.results', 'assessment.report']) {
    await page.getByRole('button', { name: q.ui[key], exact: true }).click();
  }
  await page.goto(`${app.base}?lang=en&view=embed`);
  await page.getByRole('heading', { level: 1, name: q.ui['embed.heading'] }).waitFor();
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(page.errors, []);
  // The result's scale draws its bands with CSS set from script (allowed), not inline style attributes.
  await page.context().close();
});
