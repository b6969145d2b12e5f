// Choosing the language: ?lang= first, then the browser's languages, then English. Nothing stored.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, DIST, uiStrings } from './harness.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app.stop(); });

const catalog = JSON.parse(readFileSync(`${DIST}/data/catalog.json`, 'utf8'));
const ui = uiStrings;

async function shownLanguage(page) {
  const heading = page.getByRole('heading', { level: 1 });
  await heading.waitFor();
  const lang = await page.evaluate(() => document.documentElement.lang);
  assert.equal((await heading.textContent()).trim(), ui(lang)['home.heading']);
  return lang;
}

test('all seven languages are offered, each in its own name', () => {
  assert.deepEqual(catalog.languages.map((l) => l.code).sort(), ['el', 'en', 'fr', 'hr', 'mk', 'ro', 'sr']);
});

for (const { code, name } of catalog.languages) {
  test(`?lang=${code} shows the app in ${name}, and the switcher names it so`, async () => {
    const page = await app.page({ locale: 'de-DE' });
    await page.goto(`${app.base}?lang=${code}`);
    assert.equal(await shownLanguage(page), code);
    const select = page.getByRole('combobox', { name: ui(code)['app.language'] });
    assert.equal(await select.inputValue(), code);
    const names = await select.locator('option').allTextContents();
    assert.deepEqual(names.map((n) => n.trim()), catalog.languages.map((l) => l.name));
    await page.context().close();
  });
}

test('the browser language is used when the URL names none', async () => {
  for (const [locale, expected] of [['hr-HR', 'hr'], ['el-GR', 'el'], ['bs-BA', 'hr'], ['sr-Latn-RS', 'sr'], ['ja-JP', 'en']]) {
    const page = await app.page({ locale });
    await page.goto(app.base);
    assert.equal(await shownLanguage(page), expected, locale);
    await page.context().close();
  }
});

test('?lang= wins over the browser, and an unknown one is ignored', async () => {
  let page = await app.page({ locale: 'el-GR' });
  await page.goto(`${app.base}?lang=ro`);
  assert.equal(await shownLanguage(page), 'ro');
  await page.context().close();
  page = await app.page({ locale: 'fr-FR' });
  await page.goto(`${app.base}?lang=%3Cscript%3E`);
  assert.equal(await shownLanguage(page), 'fr');
  await page.context().close();
});

test('choosing a language writes no cookie and no storage', async () => {
  const page = await app.page();
  await page.goto(`${app.base}?lang=en`);
  await shownLanguage(page);
  await page.getByRole('combobox', { name: ui('en')['app.language'] }).selectOption('mk');
  await page.getByRole('heading', { level: 1, name: ui('mk')['home.heading'] }).waitFor();
  const stored = await page.evaluate(async () => ({
    local: localStorage.length, session: sessionStorage.length, cookie: document.cookie,
    idb: (await indexedDB.databases()).length,
  }));
  assert.deepEqual(stored, { local: 0, session: 0, cookie: '', idb: 0 });
  assert.deepEqual(await page.context().cookies(), []);
  await page.context().close();
});
