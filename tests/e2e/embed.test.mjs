// The app inside another site's page: sized to its content, compact, in the host's colours, and the
// host can never read what a person enters. Quick exit leaves the whole tab.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { start, questionnaire, catalog, fill, eventually } from './harness.mjs';

let app;
let host;
let hostBase;
const pages = {};
before(async () => {
  app = await start();
  host = createServer((req, res) => {
    const body = pages[new URL(req.url, 'http://x').pathname];
    if (!body) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise((ok) => host.listen(0, '127.0.0.1', ok));
  // "localhost" is another origin than the app's "127.0.0.1".
  hostBase = `http://localhost:${host.address().port}`;
});
after(async () => { await app.stop(); host.close(); });

function hostPage(name, query) {
  pages[`/${name}`] = `<!doctype html><html lang="en"><head><title>NGO site</title></head><body>
<h1>An NGO's page</h1>
<iframe id="tool" src="${app.base}?${query}" title="Self-test" data-selfassess style="width:100%;border:0"></iframe>
<script src="${app.base}embed.js"></script>
<script>window.received = []; window.addEventListener('message', function (e) { window.received.push(e.data); });</script>
</body></html>`;
  return `${hostBase}/${name}`;
}

const frameHeight = (page) => page.evaluate(() => document.getElementById('tool').getBoundingClientRect().height);

test('the frame grows with its content and has no scroll bar inside', async () => {
  const page = await app.page({ width: 800, height: 600 });
  const q = questionnaire('dudit', 'mk');
  await page.goto(hostPage('grow', 'embed=1&lang=mk&q=dudit'));
  const frame = page.frameLocator('#tool');
  await frame.getByRole('heading', { level: 1, name: q.texts.title }).waitFor();
  await page.waitForFunction(() => document.getElementById('tool').getBoundingClientRect().height > 200);
  const inner = async () => page.frames()[1].evaluate(() => [document.documentElement.scrollHeight, document.documentElement.clientHeight]);
  await page.waitForFunction(() => true);
  let [scroll, client] = await inner();
  assert.ok(scroll <= client + 1, `content ${scroll}px in a ${client}px frame`);
  const before = await frameHeight(page);
  await frame.getByRole('button', { name: q.ui['questionnaire.start'] }).click();
  await frame.getByRole('button', { name: q.ui['nav.next'] }).click();
  await frame.getByRole('button', { name: q.ui['nav.next'] }).click();
  await page.waitForFunction((h) => Math.abs(document.getElementById('tool').getBoundingClientRect().height - h) > 20, before);
  // The screen may draw in steps (its texts, then its parts): the frame follows each, so it settles.
  await eventually(async () => {
    [scroll, client] = await inner();
    assert.ok(scroll <= client + 1, `content ${scroll}px in a ${client}px frame`);
  });
  await page.context().close();
});

test('the host page cannot read the answers; it is only ever told a height', async () => {
  const page = await app.page({ width: 800, height: 600 });
  const q = questionnaire('dudit', 'en');
  await page.goto(hostPage('spy', 'embed=1&lang=en&q=dudit'));
  const frame = page.frameLocator('#tool');
  await frame.getByRole('button', { name: q.ui['questionnaire.start'] }).click();
  await frame.getByRole('radio', { name: q.labelOf(q.items[0], 'female'), exact: true }).check();
  const spied = await page.evaluate(() => {
    const f = document.getElementById('tool');
    let read = 'nothing';
    try { read = f.contentWindow.document.body.innerText; } catch (e) { read = 'blocked'; }
    return { doc: f.contentDocument === null, read };
  });
  assert.deepEqual(spied, { doc: true, read: 'blocked' });
  const received = await page.evaluate(() => window.received);
  assert.ok(received.length > 0);
  for (const message of received) {
    assert.deepEqual(Object.keys(message).sort(), ['height', 'type']);
    assert.equal(message.type, 'selfassess:height');
    assert.equal(typeof message.height, 'number');
  }
  await page.context().close();
});

test('compact chrome in the host colours, with a link to a full page; bad colours are ignored', async () => {
  const page = await app.page({ width: 800, height: 600 });
  const ui = questionnaire('dudit', 'fr').ui;
  await page.goto(hostPage('colours', 'embed=1&lang=fr&accent=7a1d14'));
  const frame = page.frameLocator('#tool');
  await frame.getByRole('heading', { level: 1, name: ui['home.heading'] }).waitFor();
  assert.equal(await frame.getByRole('button', { name: ui['app.name'], exact: true }).count(), 0);
  const link = frame.getByRole('link', { name: ui['embed.full_page'] });
  assert.ok(!(await link.getAttribute('href')).includes('embed='));
  const accent = (p) => p.frames()[1].evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
  assert.equal(await accent(page), '#7a1d14');
  for (const bad of ['javascript:alert(1)', 'ffff00', '12;background:url(x)', 'red']) {
    await page.goto(hostPage('bad', `embed=1&lang=fr&accent=${encodeURIComponent(bad)}`));
    await page.frameLocator('#tool').getByRole('heading', { level: 1 }).waitFor();
    assert.equal(await accent(page), '#1f5f8b', bad);
  }
  await page.context().close();
});

test('quick exit inside the frame replaces the whole tab', async () => {
  const page = await app.page({ width: 800, height: 600 });
  const neutral = catalog().site.quick_exit_url;
  await page.context().route(`${neutral}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>neutral</title>' }));
  const ui = questionnaire('dudit', 'en').ui;
  await page.goto(hostPage('exit', 'embed=1&lang=en&q=dudit'));
  await page.frameLocator('#tool').getByRole('button', { name: ui['exit.button'] }).click();
  await page.waitForURL(neutral);
  await page.context().close();
});

test('the "Embed this tool" page fills in the snippet for the choices made', async () => {
  const page = await app.page({ width: 1024, height: 800 });
  const q = questionnaire('cast', 'ro');
  await page.goto(`${app.base}?lang=ro`);
  await page.getByRole('button', { name: q.ui['embed.link'] }).click();
  await page.getByRole('heading', { level: 1, name: q.ui['embed.heading'] }).waitFor();
  await page.getByRole('combobox', { name: q.ui['embed.what'] }).selectOption('cast');
  const snippet = await page.getByRole('textbox', { name: q.ui['embed.snippet'] }).inputValue();
  assert.ok(snippet.includes(`src="${app.base}?embed=1&amp;lang=ro&amp;q=cast&amp;accent=1f5f8b"`), snippet);
  assert.ok(snippet.includes(`title="${q.texts.title}"`), snippet);
  assert.ok(snippet.includes(`<script src="${app.base}embed.js" async></script>`), snippet);
  // Another language for the frame: its title follows, from that language's texts.
  await page.locator('main').getByRole('combobox', { name: q.ui['app.language'] }).selectOption('fr');
  await eventually(async () => {
    const french = await page.getByRole('textbox', { name: q.ui['embed.snippet'] }).inputValue();
    assert.ok(french.includes('lang=fr&amp;q=cast') && french.includes(`title="${questionnaire('cast', 'fr').texts.title}"`), french);
  });
  // The snippet works as pasted: a host page made of it shows the CAST.
  pages['/pasted'] = `<!doctype html><html lang="ro"><head><title>Site</title></head><body>${snippet.replaceAll('&amp;', '&')}</body></html>`;
  await page.goto(`${hostBase}/pasted`);
  await page.frameLocator('iframe').getByRole('heading', { level: 1, name: q.texts.title }).waitFor();
  // The assessment lives in a page of its own: its snippet points there, and works as pasted too.
  await page.goto(`${app.base}?lang=ro&view=embed`);
  await page.getByRole('combobox', { name: q.ui['embed.what'] }).selectOption('rights');
  const rights = await page.getByRole('textbox', { name: q.ui['embed.snippet'] }).inputValue();
  assert.ok(rights.includes(`src="${app.base}assessment.html?embed=1&amp;lang=ro&amp;q=rights&amp;accent=1f5f8b"`), rights);
  pages['/pasted-rights'] = `<!doctype html><html lang="ro"><head><title>Site</title></head><body>${rights.replaceAll('&amp;', '&')}</body></html>`;
  await page.goto(`${hostBase}/pasted-rights`);
  await page.frameLocator('iframe').getByRole('heading', { level: 1, name: questionnaire('rights', 'ro').texts.title }).waitFor();
  await page.context().close();
});
