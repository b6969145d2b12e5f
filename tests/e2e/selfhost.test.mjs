// A copy hosted under a sub-path of a plain static server (no rewrite rules): every screen loads,
// reloads and can be shared by its address.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';
import { DIST, questionnaire, walk, optionWorth, STOP, eventually } from './harness.mjs';

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

// An NGO's own copy, made by editing files only: site.toml (name, logo, colour, which
// questionnaires) and its help list, built with the same command the build uses.
test('a copy customised by its files: name, logo, colour, questionnaires and help line', async () => {
  const project = new URL('../../', import.meta.url).pathname;
  const source = mkdtempSync(join(tmpdir(), 'ngo-source-'));
  for (const folder of ['questionnaires', 'locales', 'help']) cpSync(join(project, folder), join(source, folder), { recursive: true });
  writeFileSync(join(source, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><circle cx="20" cy="20" r="18" fill="#7a1d14"/></svg>');
  writeFileSync(join(source, 'site.toml'), [
    'quick_exit_url = "https://www.wikipedia.org/"',
    'name = "Sample NGO Skopje"',
    'logo = "logo.svg"',
    'accent = "7a1d14"',
    'questionnaires = ["dudit", "audit", "rights"]',
    'country = "MK"',
  ].join('\n'));
  appendFileSync(join(source, 'help', 'mk.toml'), [
    '', '[[services]]', 'name = "Sample NGO help line"',
    'offer = { en = "Talk to us about drugs, in confidence.", mk = "Разговарајте со нас за дроги, доверливо." }',
    'phone = "+389 2 000 0000"', 'anonymous = true', 'free = true', '',
  ].join('\n'));
  // The copy's own standard drink, with a decimal (French writes it "8,5").
  const mkHelp = join(source, 'help', 'mk.toml');
  writeFileSync(mkHelp, readFileSync(mkHelp, 'utf8').replace(/^grams = 10$/m, 'grams = 8.5'));
  const root = mkdtempSync(join(tmpdir(), 'ngo-host-'));
  const copy = join(root, 'help', 'test');
  cpSync(DIST, copy, { recursive: true });
  rmSync(join(copy, 'data'), { recursive: true });
  execFileSync('cargo', ['run', '--quiet', '--manifest-path', join(project, 'Cargo.toml'), '--bin', 'questionnaires', '--', 'build', join(copy, 'data')], { cwd: source, stdio: 'inherit' });
  execFileSync('node', [join(project, 'scripts', 'offline.mjs'), copy], { stdio: 'ignore' });
  const ngo = await serve(root);
  const address = `http://127.0.0.1:${ngo.address().port}/help/test/`;
  // A Greek browser: without the host's country, Greece would be offered first.
  const page = await browser.newPage({ viewport: { width: 390, height: 800 }, locale: 'el-GR' });
  const failed = [];
  page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
  try {
    const en = questionnaire('dudit', 'en');
    await page.goto(`${address}?lang=en`);
    const brand = page.getByRole('button', { name: 'Sample NGO Skopje', exact: true });
    await brand.waitFor();
    // The logo may still be arriving when the name is drawn: wait for it to load, then check it.
    await eventually(async () => assert.ok(await brand.locator('img').evaluate((img) => img.complete && img.naturalWidth === 40), 'the logo is shown'));
    const open = page.getByRole('button', { name: new RegExp(`^${en.ui['home.open']} `) });
    const titles = await open.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-labelledby')));
    assert.deepEqual(titles.map((t) => t.split(' ')[0]), ['open-dudit', 'open-audit', 'open-rights']);
    const colour = await page.getByRole('button', { name: `${en.ui['home.open']} ${en.texts.title}` }).evaluate((b) => getComputedStyle(b).backgroundColor);
    assert.equal(colour, 'rgb(122, 29, 20)');
    // The NGO's own help line, on the result of a test, for its country.
    await page.goto(`${address}?lang=mk&q=dudit`);
    const mk = questionnaire('dudit', 'mk');
    await page.getByRole('button', { name: mk.ui['questionnaire.start'] }).click();
    await walk(page, mk, (item) => (item.kind === 'number' ? 30 : item.required ? mk.optionsOf(item)[0].id : undefined));
    await page.getByText('Sample NGO help line').waitFor();
    assert.equal(await page.getByRole('combobox', { name: mk.ui['help.country'] }).inputValue(), 'MK');
    await page.getByText('+389 2 000 0000').waitFor();
    // Its standard drink, in French: the decimal written with a comma, the beer in whole 5 ml.
    await page.goto(`${address}?lang=fr&q=audit`);
    const fr = questionnaire('audit', 'fr');
    await page.getByRole('button', { name: fr.ui['questionnaire.start'] }).click();
    const [first, second] = fr.items.filter((i) => i.required);
    const stopped = await walk(page, fr, (item) => (item === first ? optionWorth(fr, item, 1) : item === second ? STOP : undefined));
    assert.equal(stopped, second);
    await page.getByText(fr.ui['drink.grams'].replace('{grams}', '8,5')).waitFor();
    await page.getByText('8,5 g', { exact: false }).waitFor();
    // Macedonian too, though Chrome has no Macedonian number data: the language's own separator.
    await page.getByRole('combobox', { name: fr.ui['app.language'] }).selectOption('mk');
    await page.getByText('8,5 г', { exact: false }).waitFor();
    // The assessment page of the copy reloads with the same settings.
    await page.goto(`${address}assessment.html?lang=en&q=rights`);
    await page.getByRole('heading', { level: 1, name: questionnaire('rights', 'en').texts.title }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Sample NGO Skopje', exact: true }).waitFor();
    assert.deepEqual(failed, []);
  } finally {
    await page.close();
    ngo.close();
  }
});
