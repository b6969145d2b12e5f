// Privacy in a real browser: a full run of every questionnaire requests only the app's own files
// with GET, nothing carries an answer, and nothing is stored. Nonsense in the URL changes nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, questionnaire, catalog, walk } from './harness.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app.stop(); });

async function storage(page) {
  return page.evaluate(async () => ({
    local: localStorage.length, session: sessionStorage.length, cookie: document.cookie,
    idb: (await indexedDB.databases()).length, caches: 'caches' in window ? (await caches.keys()).length : 0,
  }));
}

for (const entry of catalog().questionnaires.filter((e) => e.tool === 'selftest')) {
  test(`${entry.id}: a full run sends no answer anywhere and stores nothing`, async () => {
    const page = await app.page();
    const requests = [];
    page.on('request', (r) => requests.push(r));
    const q = questionnaire(entry.id, 'hr');
    await page.goto(`${app.base}?lang=hr&q=${entry.id}`);
    await page.getByRole('button', { name: q.ui['questionnaire.start'] }).click();
    // Answer everything, the voluntary questions too, with the last option of each.
    const given = [];
    await walk(page, q, (item) => {
      if (item.kind === 'number') { given.push('31'); return 31; }
      if (item.kind === 'text') return undefined;
      const options = q.optionsOf(item);
      given.push(options.at(-1).id);
      return item.kind === 'multi' ? [options.at(-1).id] : options.at(-1).id;
    });
    await page.getByRole('heading', { level: 1, name: q.ui['result.heading'] }).waitFor();
    const origin = new URL(app.base).origin;
    for (const r of requests) {
      const url = new URL(r.url());
      assert.equal(url.origin, origin, `${r.url()} leaves the origin`);
      assert.equal(r.method(), 'GET', r.url());
      assert.equal(r.postData(), null);
      assert.ok(url.pathname === '/' ? !url.search.includes('=yes') : url.search === '', `${r.url()} carries a query`);
      for (const id of q.items.map((i) => `${i.id}=`)) assert.ok(!r.url().includes(id), `${r.url()} names ${id}`);
    }
    assert.deepEqual(await storage(page), { local: 0, session: 0, cookie: '', idb: 0, caches: 0 });
    assert.deepEqual(await page.context().cookies(), []);
    // Answers are not in the address either: only the language and the questionnaire are.
    assert.deepEqual([...new URL(page.url()).searchParams.keys()].sort(), ['lang', 'q']);
    await page.context().close();
  });
}

test('nonsense in the URL is ignored or answered with a message, never run', async () => {
  const page = await app.page();
  const ui = questionnaire('dudit', 'en').ui;
  let alerted = false;
  page.on('dialog', (d) => { alerted = true; d.dismiss(); });
  for (const query of ['?q=%3Cscript%3Ealert(1)%3C/script%3E', '?q=../../etc/passwd', '?q=nothing&lang=xx', '?lang=%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E', '?q=&lang=', '?zzz=1&q=dudit&q=audit']) {
    await page.goto(`${app.base}${query}`);
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    const text = (await heading.textContent()).trim();
    assert.ok([ui['home.heading'], ui['questionnaire.not_found'], questionnaire('dudit', 'en').texts.title, questionnaire('audit', 'en').texts.title].includes(text), `${query}: ${text}`);
    assert.equal(await page.evaluate(() => [...document.querySelectorAll('script, img')].filter((e) => e.outerHTML.includes('alert(1)')).length), 0, query);
  }
  assert.ok(!alerted);
  await page.context().close();
});

test('a data file that is damaged or from another build is refused with a message naming it', async () => {
  const { gzipSync } = await import('node:zlib');
  const ui = questionnaire('dudit', 'en').ui;
  const cases = [
    ['catalog.bin', gzipSync(Buffer.from('{"site": {}}')), /data\/catalog\.bin: .*data/],
    ['catalog.bin', Buffer.from('not gzip at all'), /data\/catalog\.bin: cannot read/],
    ['catalog.bin', gzipSync(Buffer.from([9, 1, 2, 3])), /data\/catalog\.bin: made for data format 9, this app reads format 1/],
  ];
  for (const [file, body, message] of cases) {
    const page = await app.page();
    await page.route(`**/data/${file}`, (route) => route.fulfill({ contentType: 'application/octet-stream', body }));
    await page.goto(`${app.base}?lang=en`);
    await assert.doesNotReject(page.getByRole('alert').filter({ hasText: message }).waitFor(), String(message));
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
  // A browser without a gzip decoder (before 2023) is told so in its own language, not left waiting.
  for (const [locale, lang] of [['en-GB', 'en'], ['mk-MK', 'mk'], ['el', 'el']]) {
    const page = await app.page({ locale });
    await page.addInitScript(() => { delete window.DecompressionStream; });
    await page.goto(app.base);
    const message = questionnaire('dudit', lang).ui['app.browser_too_old'];
    assert.ok(message);
    await assert.doesNotReject(page.getByRole('alert').filter({ hasText: message }).waitFor(), lang);
    await page.context().close();
  }
  // The interface strings of the first language: said, not an endless "…".
  {
    const page = await app.page();
    await page.route('**/data/ui/en.bin', (route) => route.fulfill({ contentType: 'application/octet-stream', body: gzipSync(Buffer.from([1, 5, 1])) }));
    await page.goto(`${app.base}?lang=en`);
    await assert.doesNotReject(page.getByRole('alert').filter({ hasText: 'data/ui/en.bin: damaged data file' }).waitFor());
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
  // A questionnaire's file: that test is not found; the rest of the app goes on.
  const page = await app.page();
  await page.route('**/data/q/dudit.bin', (route) => route.fulfill({ contentType: 'application/octet-stream', body: gzipSync(Buffer.from([1, 200, 200, 200])) }));
  await page.goto(`${app.base}?lang=en&q=dudit`);
  await page.getByRole('heading', { level: 1, name: ui['questionnaire.not_found'] }).waitFor();
  await page.getByRole('button', { name: ui['questionnaire.back_home'] }).click();
  await page.getByRole('heading', { level: 1, name: ui['home.heading'] }).waitFor();
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
