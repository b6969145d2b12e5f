// The self-test as a person takes it: the guided start, AUDIT and CAST against their published
// cut-offs, feedback, where to get help, quick exit, and the printout.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, questionnaire, pointsOf, fill, catalog, countries, walk, optionWorth, eventually, STOP } from './harness.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app.stop(); });

const sum = (a) => a.reduce((x, y) => x + y, 0);

/** Points per scored item, in questionnaire order, for the items of the page holding scores. */
function scoredItems(q) {
  return q.items.filter((i) => q.optionsOf(i)?.some((o) => o.points !== undefined && o.points !== null));
}

async function openTest(page, lang, id) {
  const q = questionnaire(id, lang);
  await page.goto(`${app.base}?lang=${lang}`);
  await page.getByRole('button', { name: `${q.ui['home.open']} ${q.texts.title}` }).click();
  await page.getByRole('button', { name: q.ui['questionnaire.start'] }).click();
  return q;
}

async function resultShows(page, q, { points, max, band, notes = [] }) {
  await page.getByRole('heading', { level: 1, name: q.ui['result.heading'] }).waitFor();
  await page.getByText(pointsOf(q, points, max), { exact: true }).waitFor();
  await page.getByRole('heading', { level: 3, name: q.texts[`bands.${band}.label`], exact: true }).waitFor();
  for (const note of notes) await page.getByText(note, { exact: true }).waitFor();
}

// AUDIT (WHO 2001): zones I 0-7, II 8-15, III 16-19, IV 20-40; one zone up when items 4-6 score
// 2 or more or items 9-10 score 4; items 2-8 are not asked when item 1 is "never".
function auditExpected(p) {
  const shown = p.map((v, n) => (p[0] === 0 && n >= 1 && n <= 7 ? 0 : v));
  const total = sum(shown);
  let zone = total >= 20 ? 4 : total >= 16 ? 3 : total >= 8 ? 2 : 1;
  const raise = shown.slice(3, 6).some((v) => v >= 2) || shown[8] === 4 || shown[9] === 4;
  if (raise) zone = Math.min(4, zone + 1);
  return { total, band: `zone_${zone}`, raised: raise };
}

const AUDIT_PATTERNS = [
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 2],   // never drinks: 2-8 skipped, 2 points
  [2, 1, 1, 0, 1, 0, 1, 1, 0, 0],   // 7: zone I
  [2, 2, 1, 0, 1, 0, 1, 1, 0, 0],   // 8: zone II
  [3, 2, 2, 1, 1, 1, 1, 2, 2, 0],   // 15: zone II
  [3, 3, 2, 1, 1, 1, 2, 1, 2, 0],   // 16: zone III
  [4, 3, 3, 1, 1, 1, 2, 2, 2, 0],   // 19: zone III
  [4, 4, 3, 1, 1, 1, 2, 2, 2, 0],   // 20: zone IV
  [2, 1, 1, 2, 0, 0, 0, 0, 0, 0],   // 6 with item 4 at 2: raised to zone II
  [1, 0, 0, 0, 0, 0, 0, 0, 0, 4],   // 5 with item 10 at 4: raised to zone II
];

for (const [lang, patterns] of [['en', AUDIT_PATTERNS], ['ro', AUDIT_PATTERNS.slice(4)], ['mk', AUDIT_PATTERNS.slice(0, 4)]]) {
  test(`AUDIT in ${lang}: WHO zones on both sides of each cut-off, and the zone-up rule`, async () => {
    for (const p of patterns) {
      const page = await app.page();
      const q = await openTest(page, lang, 'audit');
      const items = scoredItems(q);
      assert.equal(items.length, 10);
      await walk(page, q, (item) => {
        const n = items.indexOf(item);
        return n >= 0 ? optionWorth(q, item, p[n]) : undefined;
      });
      const { total, band, raised } = auditExpected(p);
      const adjust = Object.keys(q.texts).find((k) => k.startsWith('scores.') && k.includes('.adjust.'));
      await resultShows(page, q, { points: total, max: 40, band, notes: raised ? [q.texts[adjust]] : [] });
      if (!raised) assert.equal(await page.getByText(q.texts[adjust], { exact: true }).count(), 0);
      await page.context().close();
    }
  });
}

// CAST (OFDT): under 3 no risk, 3-6 low risk, 7 and more high risk.
const CAST_BANDS = (total) => (total >= 7 ? 'high_risk' : total >= 3 ? 'low_risk' : 'no_risk');
for (const [lang, patterns] of [['fr', [[0, 0, 1, 1, 0, 0], [1, 1, 1, 0, 0, 0], [2, 1, 1, 1, 1, 0], [3, 2, 1, 1, 0, 0], [4, 4, 4, 4, 4, 4]]], ['el', [[0, 2, 0, 0, 0, 0], [0, 3, 0, 0, 0, 0], [4, 2, 0, 0, 0, 0], [4, 3, 0, 0, 0, 0]]]]) {
  test(`CAST in ${lang}: OFDT bands on both sides of each cut-off`, async () => {
    for (const p of patterns) {
      const page = await app.page();
      const q = await openTest(page, lang, 'cast');
      const items = scoredItems(q);
      assert.equal(items.length, 6);
      await walk(page, q, (item) => (items.includes(item) ? optionWorth(q, item, p[items.indexOf(item)]) : undefined));
      await resultShows(page, q, { points: sum(p), max: 24, band: CAST_BANDS(sum(p)) });
      await page.context().close();
    }
  });
}

test('the guided start leads to the tests that fit, taken in turn, with the results together', async () => {
  const page = await app.page();
  const cat = catalog();
  const ui = questionnaire('audit', 'en').ui;
  await page.goto(`${app.base}?lang=en`);
  await page.getByRole('button', { name: ui['home.guide_start'] }).click();
  await eventually(async () => assert.equal((await page.getByRole('alert').first().textContent()).trim(), ui['home.guide_none']));
  // The topics' labels, as each questionnaire's own texts give them.
  await page.getByRole('checkbox', { name: questionnaire('audit', 'en').texts.topic, exact: true }).check();
  await page.getByRole('checkbox', { name: questionnaire('cast', 'en').texts.topic, exact: true }).check();
  await page.getByRole('button', { name: ui['home.guide_start'] }).click();
  // The tests come in the catalogue's order; DUDIT was not chosen.
  const order = cat.questionnaires.filter((e) => ['audit', 'cast'].includes(e.id)).map((e) => e.id);
  const first = questionnaire(order[0], 'en');
  for (const [n, id] of order.entries()) {
    const q = questionnaire(id, 'en');
    await page.getByRole('heading', { level: 1, name: q.texts.title }).waitFor();
    await page.getByRole('button', { name: ui['questionnaire.start'] }).click();
    await walk(page, q, (item) => (item.required ? q.optionsOf(item).find((o) => o.points > 0).id : undefined));
    if (n === 0) {
      const next = questionnaire(order[1], 'en');
      await page.getByRole('button', { name: fill(ui['sitting.next'], { title: next.texts.title }) }).click();
    }
  }
  await page.getByRole('heading', { name: ui['sitting.other_results'] }).waitFor();
  // The first test's result is shown here too: each scored item answered with its lowest non-zero option.
  const together = page.getByRole('region', { name: ui['sitting.other_results'] });
  const firstPoints = sum(scoredItems(first).map((i) => Math.min(...first.optionsOf(i).map((o) => o.points).filter((p) => p > 0))));
  const max = sum(scoredItems(first).map((i) => Math.max(...first.optionsOf(i).map((o) => o.points))));
  await together.getByText(pointsOf(first, firstPoints, max), { exact: false }).waitFor();
  await page.getByRole('button', { name: fill(ui['sitting.see_result'], { title: first.texts.title }) }).click();
  await page.getByRole('heading', { level: 2, name: first.texts['scores.total.label'] }).waitFor();
  await page.context().close();
});

test('where to get help: the country follows the browser, can be changed, and lists its services', async () => {
  const page = await app.page({ locale: 'hr-HR' });
  const q = await openTest(page, 'hr', 'dudit');
  await walk(page, q, (item) => (item.required ? optionWorth(q, item, 0) : undefined));
  const all = countries();
  const croatia = all.find((c) => c.country === 'HR');
  const select = page.getByRole('combobox', { name: q.ui['help.country'] });
  assert.equal(await select.inputValue(), 'HR');
  await page.getByText(fill(q.ui['help.emergency'], { number: croatia.emergency })).first().waitFor();
  for (const s of croatia.services) await page.getByRole('heading', { level: 3, name: s.name, exact: true }).waitFor();
  await select.selectOption('GB');
  const britain = all.find((c) => c.country === 'GB');
  await page.getByText(fill(q.ui['help.emergency'], { number: britain.emergency })).first().waitFor();
  for (const s of britain.services) await page.getByRole('heading', { level: 3, name: s.name, exact: true }).waitFor();
  await page.context().close();
});

test('a standard drink is shown in grams and amounts for the chosen country', async () => {
  for (const [lang, code] of [['fr', 'FR'], ['en', 'GB']]) {
    const page = await app.page({ locale: `${lang}-${code}` });
    const q = await openTest(page, lang, 'audit');
    const items = scoredItems(q);
    // Item 1 "monthly or less" leads to item 2, which has the standard drink beside it.
    const stopped = await walk(page, q, (item) => (item === items[0] ? optionWorth(q, item, 1) : item === items[1] ? STOP : undefined));
    assert.equal(stopped, items[1]);
    const grams = countries().find((c) => c.country === code).standard_drink.grams;
    await page.getByText(fill(q.ui['drink.grams'], { grams })).waitFor();
    const beer = Math.round(grams / (0.05 * 0.789) / 5) * 5;
    await page.getByText(fill(q.ui['drink.beer'], { ml: beer, abv: 5 })).waitFor();
    await page.context().close();
  }
});

test('quick exit, by button or Esc twice, replaces the page and forgets the answers', async () => {
  for (const how of ['button', 'escape']) {
    const page = await app.page();
    const neutral = catalog().site.quick_exit_url;
    await page.context().route(`${neutral}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>neutral</title>' }));
    const q = await openTest(page, 'en', 'dudit');
    await page.getByRole('radio', { name: q.labelOf(q.items[0], 'female'), exact: true }).check();
    if (how === 'button') await page.getByRole('button', { name: q.ui['exit.button'] }).click();
    else { await page.keyboard.press('Escape'); await page.keyboard.press('Escape'); }
    await page.waitForURL(neutral);
    // The test is not in the back-button history: back leads to where the person came from.
    await page.goBack().catch(() => {});
    assert.ok(!page.url().startsWith(app.base), `back returned to ${page.url()}`);
    await page.context().close();
  }
});

test('an optional page can be skipped as a whole; what it asks never changes the score', async () => {
  const page = await app.page();
  const q = await openTest(page, 'en', 'dudit');
  const optional = q.structure.pages.find((p) => p.optional);
  assert.ok(optional, 'the DUDIT has a voluntary page');
  const stopped = await walk(page, q, (item) => {
    if (optional.items.some((i) => i.id === item.id)) return STOP;
    // Items 1-9 score 1 here, items 10-11 (0, 2 or 4) score 2: 13 in all.
    return item.required ? optionWorth(q, item, ['q10', 'q11'].includes(item.id) ? 2 : 1) : undefined;
  });
  assert.equal(stopped.id, optional.items[0].id);
  // On the first voluntary question: skip the page.
  await page.getByRole('button', { name: q.ui['questionnaire.skip_page'] }).click();
  await resultShows(page, q, { points: 13, max: 44, band: 'problems' });
  await page.context().close();
});

test('urgent answers on the voluntary page lead to immediate help, first on the result', async () => {
  const page = await app.page({ locale: 'sr-RS' });
  const q = await openTest(page, 'sr', 'dudit');
  const urgent = q.structure.notes.filter((n) => n.urgent);
  assert.ok(urgent.length >= 2);
  // Answer the voluntary page so that the first urgent note's condition holds.
  const note = urgent[0];
  const wanted = note.when.item ? { [note.when.item]: note.when.in ?? [] } : {};
  await walk(page, q, (item) => {
    if (wanted[item.id]) return item.kind === 'multi' ? wanted[item.id] : wanted[item.id][0];
    return item.required ? optionWorth(q, item, 0) : undefined;
  });
  const section = page.getByRole('region', { name: q.ui['result.urgent_heading'] });
  await section.getByText(q.texts[`notes.${note.id}.text`], { exact: true }).waitFor();
  const serbia = countries().find((c) => c.country === 'RS');
  await section.getByText(fill(q.ui['help.emergency'], { number: serbia.emergency })).first().waitFor();
  assert.equal(await section.getByRole('link', { name: serbia.emergency }).first().getAttribute('href'), `tel:${serbia.emergency}`);
  await page.context().close();
});

test('the printout has the result and help, and the answers only when asked for', async () => {
  const page = await app.page({ width: 800 });
  const q = await openTest(page, 'en', 'dudit');
  await walk(page, q, (item) => (item.required ? optionWorth(q, item, 2) : undefined));
  await page.emulateMedia({ media: 'print' });
  const printed = page.locator('.printed-answers');
  assert.equal(await printed.count(), 0);
  assert.ok(await page.getByRole('heading', { name: q.ui['help.heading'] }).isVisible());
  assert.ok(!(await page.getByRole('button', { name: q.ui['exit.button'] }).isVisible()));
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('checkbox', { name: q.ui['result.print_with_answers'] }).check();
  assert.ok(!(await printed.isVisible()), 'the printed answers are for paper only');
  await page.emulateMedia({ media: 'print' });
  assert.ok(await printed.isVisible());
  await printed.getByText(q.texts['items.q1.text']).waitFor();
  await page.context().close();
});
