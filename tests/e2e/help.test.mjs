// Help for a person at risk: the crisis line and emergency number beside the note that asks for
// them, as tap-to-call links, from the country the browser points to (never from location).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, questionnaire, fill, countries, walk, optionWorth, eventually, STOP } from './harness.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app.stop(); });

const dial = (number) => `tel:${number.replace(/[^0-9+]/g, '')}`;

/** A DUDIT with no points, and thoughts of self-harm answered `answer`, up to its result. */
async function selfHarmResult(page, lang, answer) {
  const q = questionnaire('dudit', lang);
  await page.goto(`${app.base}?lang=${lang}&q=dudit`);
  await page.getByRole('button', { name: q.ui['questionnaire.start'] }).click();
  await walk(page, q, (item) => {
    if (item.id === 'self_harm_thoughts') return answer;
    if (item.kind === 'number') return 30;
    return item.required ? optionWorth(q, item, 0) : undefined;
  });
  return q;
}

/** The links in a part of the page, as [name, href]. */
async function links(region) {
  return region.getByRole('link').evaluateAll((all) => all.map((a) => [a.textContent.trim(), a.getAttribute('href')]));
}

test('thoughts of self-harm in French on a phone: France’s crisis line and 112 as links beside the note', async () => {
  const page = await app.page({ locale: 'fr-FR', width: 360 });
  const q = await selfHarmResult(page, 'fr', 'yes');
  const france = countries().find((c) => c.country === 'FR');
  assert.ok(france.crisis_line, 'France’s help file names its crisis line');
  const urgent = page.getByRole('region', { name: q.ui['result.urgent_heading'] });
  await urgent.getByText(q.texts['notes.self_harm.text'], { exact: true }).waitFor();
  assert.deepEqual(await links(urgent), [
    [france.crisis_line.phone, dial(france.crisis_line.phone)],
    [france.emergency, dial(france.emergency)],
  ]);
  // The line is named in French, with its hours; the link is big enough to tap.
  await urgent.getByText(france.crisis_line.name.fr, { exact: false }).waitFor();
  await urgent.getByText(france.crisis_line.hours.fr, { exact: true }).waitFor();
  const box = await urgent.getByRole('link', { name: france.crisis_line.phone, exact: true }).boundingBox();
  assert.ok(box.height >= 44 && box.width >= 44, `tap target ${box.width}x${box.height}`);
  // The help panel shows it in full, above the services.
  const help = page.getByRole('region', { name: q.ui['help.heading'] });
  await help.getByRole('heading', { level: 3, name: q.ui['help.crisis_heading'] }).waitFor();
  assert.equal(await help.getByRole('link', { name: france.crisis_line.phone, exact: true }).getAttribute('href'), dial(france.crisis_line.phone));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the printout of that result names the country and keeps the crisis line', async () => {
  const page = await app.page({ locale: 'fr-FR', width: 800 });
  const q = await selfHarmResult(page, 'fr', 'yes');
  const france = countries().find((c) => c.country === 'FR');
  await page.emulateMedia({ media: 'print' });
  const help = page.getByRole('region', { name: q.ui['help.heading'] });
  assert.ok(await help.getByRole('heading', { level: 3, name: q.ui['help.crisis_heading'] }).isVisible());
  assert.ok(await page.getByRole('region', { name: q.ui['result.urgent_heading'] }).getByRole('link', { name: france.crisis_line.phone, exact: true }).isVisible());
  // The select is not printed, so the country is said in words.
  const country = await page.evaluate(() => new Intl.DisplayNames(['fr'], { type: 'region' }).of('FR'));
  assert.ok(await help.getByText(fill(q.ui['help.printed_country'], { country }), { exact: true }).isVisible());
  assert.ok(!(await help.getByRole('combobox').isVisible()));
  await page.emulateMedia({ media: 'screen' });
  assert.ok(!(await help.getByText(fill(q.ui['help.printed_country'], { country }), { exact: true }).isVisible()));
  await page.context().close();
});

test('a country without a crisis line: the note offers its emergency number and names no line', async () => {
  const without = countries().find((c) => !c.crisis_line);
  assert.ok(without, 'a help file without a crisis line');
  // The browser's region leads to that country.
  const page = await app.page({ locale: `en-${without.country}` });
  const q = await selfHarmResult(page, 'en', 'rather_not_say');
  const urgent = page.getByRole('region', { name: q.ui['result.urgent_heading'] });
  await urgent.getByText(q.texts['notes.self_harm_unsaid.text'], { exact: true }).waitFor();
  assert.deepEqual(await links(urgent), [[without.emergency, dial(without.emergency)]]);
  const help = page.getByRole('region', { name: q.ui['help.heading'] });
  await eventually(async () => assert.equal(await help.getByRole('combobox', { name: q.ui['help.country'] }).inputValue(), without.country));
  assert.equal(await help.getByRole('heading', { name: q.ui['help.crisis_heading'] }).count(), 0);
  // Choosing a country that has one brings its line into the note at once.
  const withLine = countries().find((c) => c.crisis_line);
  await help.getByRole('combobox', { name: q.ui['help.country'] }).selectOption(withLine.country);
  await urgent.getByRole('link', { name: withLine.crisis_line.phone, exact: true }).waitFor();
  await page.context().close();
});

test('the country offered first follows the browser’s region, then a language a help file claims', async () => {
  const cases = [
    ['sr-ME', 'sr', 'ME'], // a region with a help file
    ['bs', 'hr', 'BA'], // a language Bosnia and Herzegovina's file claims
    ['el', 'el', 'GR'],
    ['el', 'fr', 'GR'], // ?lang= changes the language, not the country
    ['el-CY', 'el', 'CY'],
    ['ro-MD', 'ro', 'MD'],
  ];
  for (const [locale, lang, expected] of cases) {
    const page = await app.page({ locale });
    const q = questionnaire('audit', lang);
    await page.goto(`${app.base}?lang=${lang}&q=audit`);
    await page.getByRole('button', { name: q.ui['questionnaire.start'] }).click();
    const scored = q.items.filter((i) => q.optionsOf(i)?.some((o) => o.points > 0));
    // The second AUDIT item has the standard drink, and its country, beside it.
    await walk(page, q, (item) => (item === scored[0] ? optionWorth(q, item, 1) : item === scored[1] ? STOP : undefined));
    const select = page.getByRole('combobox', { name: q.ui['help.country'] });
    // The help files arrive with the aside: wait for the choice, not for a first empty value.
    await eventually(async () => assert.equal(await select.inputValue(), expected, `${locale} with ?lang=${lang}`));
    await page.context().close();
  }
});
