import assert from 'node:assert/strict';
// Shared set-up for the browser tests: serve dist/, drive Debian's Chromium with playwright-core.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { serve } from './server.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
export const DIST = `${ROOT}dist`;

// Quiet on a closed network: no background requests of Chromium's own.
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function start() {
  const server = await serve(DIST);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: FLAGS });
  const base = `http://127.0.0.1:${server.address().port}/`;
  return {
    base, browser,
    /** A phone-sized page in a fresh context; `locale` sets the browser's languages. */
    /** `bypassCSP` only for tests that inject a tool of their own (axe), which the policy forbids. */
    async page({ locale = 'en-GB', width = 360, height = 760, bypassCSP = false } = {}) {
      const context = await browser.newContext({ locale, viewport: { width, height }, bypassCSP });
      // Every Content-Security-Policy violation in any frame is recorded.
      await context.addInitScript(() => {
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.errors = errors;
      return page;
    },
    async stop() { await browser.close(); server.close(); },
  };
}

/** One language's interface strings: those of every page and the organisations' page's own. */
export function uiStrings(lang) {
  return {
    ...JSON.parse(readFileSync(`${DIST}/data/ui/${lang}.json`, 'utf8')),
    ...JSON.parse(readFileSync(`${DIST}/data/ui/assessment/${lang}.json`, 'utf8')),
  };
}

/** The built data, read as the app reads it: structure and one language's texts. */
export function questionnaire(id, lang) {
  const structure = JSON.parse(readFileSync(`${DIST}/data/q/${id}.json`, 'utf8'));
  const { texts } = JSON.parse(readFileSync(`${DIST}/data/q/${id}/${lang}.json`, 'utf8'));
  const ui = uiStrings(lang);
  const items = structure.pages.flatMap((p) => p.items);
  const optionsOf = (item) => item.option_set
    ? structure.option_sets.find((s) => s.id === item.option_set).options
    : item.options;
  const labelOf = (item, option) => item.option_set
    ? texts[`option_sets.${item.option_set}.${option}`]
    : texts[`items.${item.id}.options.${option}`];
  return { lang, structure, texts, ui, items, optionsOf, labelOf };
}

/** Fill `{name}` placeholders the way the app does. */
export function fill(text, values) {
  return Object.entries(values).reduce((t, [k, v]) => t.replaceAll(`{${k}}`, String(v)), text);
}

/**
 * A string that takes a count, in the form CLDR gives `lang` for `count` (Node's own Intl, the same
 * rules as the browser's): the `key#one`, `key#few`… entries of the built strings.
 */
export function plural(ui, lang, key, name, count, values = {}) {
  const category = new Intl.PluralRules(lang).select(count);
  const text = ui[`${key}#${category}`] ?? ui[`${key}#other`];
  assert.ok(text, `${lang} has no plural form of ${key}`);
  return fill(text, { [name]: count, ...values });
}

/** "13 points out of 44", as the result shows a score in the questionnaire's language. */
export function pointsOf(q, points, max) {
  return plural(q.ui, q.lang, 'result.points_of', 'points', points, { max });
}

/** Wait until `check` stops throwing (or time runs out, and then throw its last error). */
export async function eventually(check, ms = 5000) {
  const end = Date.now() + ms;
  for (;;) {
    try { return await check(); } catch (e) { if (Date.now() > end) throw e; }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The catalogue and help contacts as built. */
export function catalog() { return JSON.parse(readFileSync(`${DIST}/data/catalog.json`, 'utf8')); }
export function countries() { return JSON.parse(readFileSync(`${DIST}/data/help.json`, 'utf8')); }

/**
 * Answer a questionnaire screen by screen as shown (hidden items are never seen), until the result.
 * `pick(item)` returns an option id, an array of ids (multi), a number, undefined to skip, or STOP
 * to stop on that screen (then `walk` returns the item). `onScreen(itemId)` runs on each screen first.
 */
export const STOP = Symbol('stop');

export async function walk(page, q, pick, onScreen) {
  const ui = q.ui;
  for (let guard = 0; guard < 200; guard++) {
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    if ((await heading.textContent()).trim() === ui['result.heading']) return;
    const shown = await page.locator('legend, label.legend').first().textContent();
    const item = q.items.find((i) => q.texts[`items.${i.id}.text`] === shown.trim());
    if (!item) throw new Error(`no item has the text ${shown}`);
    if (onScreen) await onScreen(item.id);
    const answer = pick(item);
    if (answer === STOP) return item;
    if (typeof answer === 'number') {
      await page.getByRole('spinbutton', { name: shown.trim() }).fill(String(answer));
    } else if (answer !== undefined) {
      for (const option of [answer].flat()) {
        const role = item.kind === 'multi' ? 'checkbox' : 'radio';
        await page.getByRole(role, { name: q.labelOf(item, option), exact: true }).check();
      }
    }
    const next = page.getByRole('button', { name: ui['nav.next'], exact: true });
    const see = page.getByRole('button', { name: ui['nav.see_result'], exact: true });
    await (await next.count() ? next : see).click();
    // The next screen replaces this one: wait until this question is gone.
    await page.waitForFunction((text) => ![...document.querySelectorAll('legend, label.legend')].some((e) => e.textContent.trim() === text) , shown.trim());
  }
  throw new Error('too many screens');
}

/** The option of `item` worth `points`. */
export function optionWorth(q, item, points) {
  const option = q.optionsOf(item).find((o) => o.points === points);
  if (!option) throw new Error(`${item.id} has no option worth ${points}`);
  return option.id;
}

/**
 * A data file of interface strings as the build writes it (src/engine/data_file.rs): the format
 * number, then the map in postcard (varint lengths, UTF-8), gzipped. For tests that publish a change.
 */
export function packStrings(strings, format = 1) {
  const varint = (n) => { const out = []; do { out.push((n & 0x7f) | (n > 0x7f ? 0x80 : 0)); n >>>= 7; } while (n > 0); return out; };
  const text = (s) => { const bytes = Buffer.from(s, 'utf8'); return [...varint(bytes.length), ...bytes]; };
  const entries = Object.entries(strings).sort(([a], [b]) => (a < b ? -1 : 1));
  const body = [...varint(format), ...varint(entries.length), ...entries.flatMap(([k, v]) => [...text(k), ...text(v)])];
  return gzipSync(Buffer.from(body));
}
