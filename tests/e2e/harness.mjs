// Shared set-up for the browser tests: serve dist/, drive Debian's Chromium with playwright-core.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
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
    async page({ locale = 'en-GB', width = 360, height = 760 } = {}) {
      const context = await browser.newContext({ locale, viewport: { width, height } });
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

/** The built data, read as the app reads it: structure and one language's texts. */
export function questionnaire(id, lang) {
  const structure = JSON.parse(readFileSync(`${DIST}/data/q/${id}.json`, 'utf8'));
  const { texts } = JSON.parse(readFileSync(`${DIST}/data/q/${id}/${lang}.json`, 'utf8'));
  const ui = JSON.parse(readFileSync(`${DIST}/data/ui/${lang}.json`, 'utf8'));
  const items = structure.pages.flatMap((p) => p.items);
  const optionsOf = (item) => item.option_set
    ? structure.option_sets.find((s) => s.id === item.option_set).options
    : item.options;
  const labelOf = (item, option) => item.option_set
    ? texts[`option_sets.${item.option_set}.${option}`]
    : texts[`items.${item.id}.options.${option}`];
  return { structure, texts, ui, items, optionsOf, labelOf };
}

/** Fill `{name}` placeholders the way the app does. */
export function fill(text, values) {
  return Object.entries(values).reduce((t, [k, v]) => t.replaceAll(`{${k}}`, String(v)), text);
}

/** Wait until `check` stops throwing (or time runs out, and then throw its last error). */
export async function eventually(check, ms = 5000) {
  const end = Date.now() + ms;
  for (;;) {
    try { return await check(); } catch (e) { if (Date.now() > end) throw e; }
    await new Promise((r) => setTimeout(r, 50));
  }
}
