// A crash is never a frozen page: a trap in the release wasm (what a Rust panic compiles to) is
// caught by the start-up script, which says so in the person's language, that nothing was sent,
// and offers a reload and a quick exit that need no wasm.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, questionnaire, catalog, DIST } from './harness.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app.stop(); });

const crashTexts = JSON.parse(readFileSync(`${DIST}/crash.json`, 'utf8'));

/**
 * A real trap, through a real path: the app's own allocator asked for more memory than wasm32 can
 * address aborts, and an abort in this build is `unreachable`. Called from a timer, as an event
 * handler of the app would be, so that nothing but the page's own handler catches it.
 */
async function forceTrap(page) {
  await page.evaluate(async () => {
    const glue = performance.getEntriesByType('resource').map((e) => e.name)
      .find((name) => /\/(selfassess|start|assessment)-[0-9a-f]{16}\.js$/.test(name));
    const wasm = await (await import(glue)).default();
    setTimeout(() => wasm.__wbindgen_malloc(0xfffffff0, 8));
  });
}

for (const [name, path, lang, ready] of [
  ['a self-test opened by its link', '?lang=mk&q=dudit', 'mk', (q) => q.ui['questionnaire.start']],
  ['the organisations\' page', 'assessment.html?lang=el&q=rights', 'el', (q) => q.ui['assessment.start']],
]) {
  test(`a trap on ${name} shows the message in the person's language, with a reload and a quick exit`, async () => {
    const page = await app.page({ width: 360 });
    const neutral = catalog().site.quick_exit_url;
    await page.context().route(`${neutral}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>neutral</title>' }));
    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    const q = questionnaire(path.includes('rights') ? 'rights' : 'dudit', lang);
    await page.goto(`${app.base}${path}`);
    const startButton = page.getByRole('button', { name: ready(q) });
    await startButton.first().waitFor();
    // What the screen still loads once drawn is not the crash's doing.
    await page.waitForLoadState('networkidle');
    const before = requests.length;
    await forceTrap(page);
    const t = crashTexts[lang];
    const heading = page.getByRole('heading', { level: 1, name: t.heading });
    await heading.waitFor();
    assert.equal(await heading.evaluate((h) => document.activeElement === h), true, 'the message takes the focus');
    await page.getByRole('alert').getByText(t.body).waitFor();
    assert.deepEqual(requests.slice(before).filter((p) => !p.endsWith('/crash.json')), [], 'nothing but the message\'s strings is fetched');
    assert.ok(page.errors.some((e) => /unreachable/i.test(e)), `a real trap: ${page.errors}`);
    // Reload starts again.
    await page.getByRole('button', { name: t.reload }).click();
    await startButton.first().waitFor();
    // Quick exit works with the wasm stopped: Esc twice, then the button.
    await forceTrap(page);
    await heading.waitFor();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForURL(neutral);
    await page.goBack();
    await page.goto(`${app.base}${path}`);
    await startButton.first().waitFor();
    await forceTrap(page);
    await page.getByRole('button', { name: t.button }).click();
    await page.waitForURL(neutral);
    await page.context().close();
  });
}
