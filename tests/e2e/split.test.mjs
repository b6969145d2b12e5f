// The self-test page has two builds (src/main.rs, src/bin/start.rs), each in parts
// (scripts/wasm.mjs): a test opened by its link needs only its build's main module for the first
// question, the start page only its own; the other screen, the standard-drink aside and the result
// load when first shown (the result while the last question is read). A part that cannot be
// fetched is said in the person's language, can be tried again, and loses nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, questionnaire, pointsOf, walk, fill, eventually, optionWorth, STOP } from './harness.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app.stop(); });

const PART = /-(split|chunk)_[a-z0-9_]+\.wasm$/;
const firstOption = (q) => (item) => (item.kind === 'number' ? undefined : q.optionsOf(item)[0].id);

function recordWasm(page) {
  const fetched = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) fetched.push(new URL(r.url()).pathname); });
  return fetched;
}

test('the first question loads without any split part; the result\'s part is fetched on the last question', async () => {
  const page = await app.page();
  const fetched = recordWasm(page);
  const q = questionnaire('dudit', 'en');
  await page.goto(`${app.base}?q=dudit&lang=en`);
  await page.getByRole('button', { name: q.ui['questionnaire.start'] }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.locator('legend').first().waitFor();
  assert.equal(fetched.length, 1, `only the main module before the first question: ${fetched}`);
  assert.match(fetched[0], /\/selfassess-[0-9a-f]{16}_bg\.wasm$/);
  let lastSeen = false;
  const resultFetched = () => fetched.some((f) => /-split_result\.wasm$/.test(f));
  await walk(page, q, firstOption(q), async (itemId) => {
    if (await page.getByRole('button', { name: q.ui['nav.see_result'], exact: true }).count()) {
      await eventually(() => assert.ok(resultFetched(), `fetched while ${itemId} is read: ${fetched}`));
      lastSeen = true;
    } else {
      assert.ok(!resultFetched(), `not before the last question (${itemId}): ${fetched}`);
    }
  });
  assert.ok(lastSeen);
  await page.getByText(pointsOf(q, 0, 44), { exact: true }).waitFor();
  assert.ok(fetched.some((f) => /-split_result\.wasm$/.test(f)), `the result's part was fetched: ${fetched}`);
  assert.ok(!fetched.some((f) => /-split_(home|drink)\.wasm$/.test(f)), `nothing the DUDIT does not show: ${fetched}`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a result part that cannot be fetched is said in the person\'s language as the screen\'s heading; trying again shows the result, answers kept', async () => {
  const page = await app.page({ locale: 'mk-MK' });
  const q = questionnaire('dudit', 'mk');
  await page.route(/-split_result\.wasm$/, (route) => route.abort('internetdisconnected'));
  await page.goto(`${app.base}?q=dudit`);
  await page.getByRole('button', { name: q.ui['questionnaire.start'] }).click();
  // One point on q1 and q2, so the result shown after the retry proves the answers were kept.
  for (const item of q.items) {
    await page.getByRole('heading', { level: 1 }).waitFor();
    if (item.kind === 'choice') {
      const option = q.optionsOf(item).find((o) => o.points === (['q1', 'q2'].includes(item.id) ? 1 : 0)) ?? q.optionsOf(item)[0];
      await page.getByRole('radio', { name: q.labelOf(item, option.id), exact: true }).check();
    }
    const last = item === q.items.at(-1);
    await page.getByRole('button', { name: last ? q.ui['nav.see_result'] : q.ui['nav.next'], exact: true }).click();
  }
  // In place of the screen, the message is its heading and takes the focus.
  await page.getByRole('heading', { level: 1, name: q.ui['app.part_failed'] }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'part-failed');
  await page.unroute(/-split_result\.wasm$/);
  await page.getByRole('button', { name: q.ui['app.try_again'], exact: true }).click();
  await page.getByRole('heading', { level: 1, name: q.ui['result.heading'] }).waitFor();
  await page.getByText(pointsOf(q, 2, 44), { exact: true }).waitFor();
  assert.equal(await page.getByText(q.ui['app.part_failed']).count(), 0);
  await page.context().close();
});

/** The start page in English, drawn; only its own build's main module fetched so far. */
async function startPage() {
  const page = await app.page();
  const fetched = recordWasm(page);
  const q = questionnaire('dudit', 'en');
  await page.goto(`${app.base}?lang=en`);
  const open = page.getByRole('button', { name: `${q.ui['home.open']} ${q.texts.title}` });
  await open.waitFor();
  assert.equal(fetched.length, 1, `only the start page's main module: ${fetched}`);
  assert.match(fetched[0], /\/start-[0-9a-f]{16}_bg\.wasm$/);
  const questionnairePart = () => fetched.some((f) => /\/start-[0-9a-f]{16}-split_questionnaire\.wasm$/.test(f));
  return { page, fetched, q, open, questionnairePart };
}

test('the start page loads its own build alone; pointing at its tests fetches the questionnaire\'s part, before the click', async () => {
  const { page, fetched, q, open, questionnairePart } = await startPage();
  // Not for a person who only reads, nor for the tests of the organisations' page.
  const rights = questionnaire('rights', 'en');
  await page.getByRole('button', { name: `${q.ui['home.open']} ${rights.texts.title}` }).hover();
  await page.waitForTimeout(500);
  assert.ok(!questionnairePart(), `not fetched yet: ${fetched}`);
  await open.hover();
  await eventually(() => assert.ok(questionnairePart(), `fetched when the pointer is on a test: ${fetched}`));
  await open.click();
  await page.getByRole('button', { name: q.ui['questionnaire.start'] }).click();
  await page.locator('legend').first().waitFor();
  assert.ok(!fetched.some((f) => /\/selfassess-/.test(f)), `nothing of the other build: ${fetched}`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a keyboard user who tabs into the self-tests has the questionnaire\'s part fetched', async () => {
  const { page, fetched, questionnairePart } = await startPage();
  // Tab from the heading (which has the focus) until the focus is inside the self-tests' section.
  for (let n = 0; n < 30 && !(await page.evaluate(() => document.activeElement?.closest('section[aria-labelledby="tool-selftest"]'))); n++) await page.keyboard.press('Tab');
  await eventually(() => assert.ok(questionnairePart(), fetched.join()));
  await page.context().close();
});

test('a questionnaire part that cannot be fetched is said as the screen\'s heading; trying again opens the tests chosen, in turn', async () => {
  const page = await app.page({ locale: 'hr-HR' });
  const [audit, cast] = [questionnaire('audit', 'hr'), questionnaire('cast', 'hr')];
  const ui = audit.ui;
  await page.route(/-split_questionnaire\.wasm$/, (route) => route.abort('internetdisconnected'));
  await page.goto(app.base);
  await page.getByRole('checkbox', { name: audit.texts.topic, exact: true }).check();
  await page.getByRole('checkbox', { name: cast.texts.topic, exact: true }).check();
  await page.getByRole('button', { name: ui['home.guide_start'] }).click();
  await page.getByRole('heading', { level: 1, name: ui['app.part_failed'] }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'part-failed');
  await page.unroute(/-split_questionnaire\.wasm$/);
  await page.getByRole('button', { name: ui['app.try_again'], exact: true }).click();
  await page.getByRole('heading', { level: 1, name: audit.texts.title }).waitFor();
  await page.getByRole('button', { name: ui['questionnaire.start'] }).click();
  await walk(page, audit, (item) => (item.required ? audit.optionsOf(item)[0].id : undefined));
  // The guided start's choice was kept: CAST comes next.
  await page.getByRole('button', { name: fill(ui['sitting.next'], { title: cast.texts.title }) }).click();
  await page.getByRole('heading', { level: 1, name: cast.texts.title }).waitFor();
  await page.context().close();
});

test('a start page part that cannot be fetched is said, and trying again shows the start page', async () => {
  const page = await app.page({ locale: 'el-GR' });
  const ui = questionnaire('dudit', 'el').ui;
  await page.route(/-split_home\.wasm$/, (route) => route.abort('connectionreset'));
  // A test opened by its link has the start page as a part.
  await page.goto(`${app.base}?q=dudit`);
  await page.getByRole('button', { name: ui['questionnaire.start'] }).waitFor();
  await page.getByRole('button', { name: ui['app.name'], exact: true }).click();
  await page.getByRole('heading', { level: 1, name: ui['app.part_failed'] }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'part-failed');
  await page.unroute(/-split_home\.wasm$/);
  await page.getByRole('button', { name: ui['app.try_again'], exact: true }).click();
  await page.getByRole('heading', { level: 1, name: ui['home.heading'] }).waitFor();
  await page.context().close();
});

test('parts load from a host that sends wasm with the wrong type', async () => {
  const page = await app.page();
  const q = questionnaire('dudit', 'en');
  const served = [];
  await page.route(PART, async (route) => {
    const response = await route.fetch();
    served.push(new URL(route.request().url()).pathname);
    await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
  });
  await page.goto(`${app.base}?lang=en`);
  await page.getByRole('heading', { level: 1, name: q.ui['home.heading'] }).waitFor();
  await page.getByRole('button', { name: `${q.ui['home.open']} ${q.texts.title}` }).click();
  await page.getByRole('button', { name: q.ui['questionnaire.start'] }).click();
  await walk(page, q, firstOption(q));
  await page.getByText(pointsOf(q, 0, 44), { exact: true }).waitFor();
  assert.ok(served.some((f) => /-split_questionnaire\.wasm$/.test(f)) && served.some((f) => /-split_result\.wasm$/.test(f)), served.join());
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('an aside that cannot be fetched leaves the question usable, and its second try takes the focus back', async () => {
  const page = await app.page();
  const q = questionnaire('audit', 'en');
  await page.route(/-split_drink\.wasm$/, (route) => route.abort('internetdisconnected'));
  await page.goto(`${app.base}?q=audit&lang=en`);
  await page.getByRole('button', { name: q.ui['questionnaire.start'] }).click();
  // One point on a1 shows a2, which has the standard-drink aside.
  const a2 = await walk(page, q, (item) => {
    if (item.id === 'a2') return STOP;
    if (item.id === 'a1') return optionWorth(q, item, 1);
    return undefined;
  });
  assert.equal(a2.id, 'a2');
  const alert = page.getByRole('alert').filter({ hasText: q.ui['app.part_failed'] });
  await alert.waitFor();
  // The question keeps the focus it had (its heading), and can still be answered.
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'screen-heading');
  await page.getByRole('radio', { name: q.labelOf(a2, q.optionsOf(a2)[0].id), exact: true }).check();
  await page.unroute(/-split_drink\.wasm$/);
  await page.getByRole('button', { name: q.ui['app.try_again'], exact: true }).click();
  await page.getByRole('heading', { level: 2, name: q.ui['drink.heading'] }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'deferred-part');
  assert.equal(await alert.count(), 0);
  assert.ok(await page.getByRole('radio', { name: q.labelOf(a2, q.optionsOf(a2)[0].id), exact: true }).isChecked(), 'the answer given meanwhile is kept');
  await page.context().close();
});

test('the organisations\' page has no split parts', async () => {
  const html = await (await fetch(`${app.base}assessment.html`)).text();
  assert.match(html, /assessment-[0-9a-f]{16}\.js/);
  assert.doesNotMatch(html, /-split\.js/);
  assert.doesNotMatch(html, /data-trunk/);
});

test('a test\'s link asks for its data beside the wasm, before the app runs, and each file once', async () => {
  const page = await app.page();
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname.slice(1)));
  const q = questionnaire('dudit', 'fr');
  await page.goto(`${app.base}?q=dudit&lang=fr`);
  await page.getByRole('button', { name: q.ui['questionnaire.start'] }).click();
  await page.locator('legend').first().waitFor();
  const glue = requested.findIndex((path) => /^selfassess-[0-9a-f]{16}\.js$/.test(path));
  assert.ok(glue > 0, requested.join());
  for (const data of ['data/catalog.bin', 'data/ui/fr.bin', 'data/q/dudit.bin', 'data/q/dudit/fr.bin']) {
    assert.equal(requested.filter((path) => path === data).length, 1, `${data} once: ${requested}`);
    assert.ok(requested.indexOf(data) < glue, `${data} before the glue: ${requested}`);
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
