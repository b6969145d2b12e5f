// The DUDIT, clicked through as a person would, checked against the manual's cut-offs:
// drug-related problems from 6 points for men and 2 for women, probable dependence from 25.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, questionnaire, pointsOf, fill, eventually, uiStrings } from './harness.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app.stop(); });

/** The band the DUDIT manual gives; sex not given or "other" takes the lower (women's) cut-off. */
function expectedBand(total, sex) {
  const problems = sex === 'male' ? 6 : 2;
  if (total >= 25) return 'dependence';
  return total >= problems ? 'problems' : 'no_problems';
}

function expectedCutoffs(sex) {
  return sex === 'male' ? 'men' : sex === 'female' ? 'women' : 'sex_not_given';
}

/** Open the DUDIT from the start page and answer every screen; `points` are q1..q11. */
async function takeDudit(page, lang, { sex, age, points }) {
  const q = questionnaire('dudit', lang);
  const ui = q.ui;
  await page.goto(`${app.base}?lang=${lang}`);
  await page.getByRole('button', { name: `${ui['home.open']} ${q.texts.title}` }).click();
  await page.getByRole('button', { name: ui['questionnaire.start'] }).click();
  for (const item of q.items) {
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    if (item.id === 'sex' && sex) {
      await page.getByRole('radio', { name: q.labelOf(item, sex), exact: true }).check();
    } else if (item.id === 'age' && age !== undefined) {
      await page.getByRole('spinbutton', { name: q.texts['items.age.text'] }).pressSequentially(String(age));
    } else if (/^q\d+$/.test(item.id)) {
      const wanted = points[Number(item.id.slice(1)) - 1];
      const option = q.optionsOf(item).find((o) => o.points === wanted);
      assert.ok(option, `${item.id} has an option worth ${wanted}`);
      await page.getByRole('radio', { name: q.labelOf(item, option.id), exact: true }).check();
    }
    const last = item === q.items.at(-1);
    await page.getByRole('button', { name: last ? ui['nav.see_result'] : ui['nav.next'], exact: true }).click();
  }
  return q;
}

async function assertResult(page, q, total, sex) {
  const band = expectedBand(total, sex);
  await page.getByRole('heading', { level: 1, name: q.ui['result.heading'] }).waitFor();
  await page.getByText(pointsOf(q, total, 44), { exact: true }).waitFor();
  await page.getByRole('heading', { level: 3, name: q.texts[`bands.${band}.label`] }).waitFor();
  const note = q.texts[`scores.total.cutoffs.${expectedCutoffs(sex)}.note`];
  await page.getByText(note, { exact: true }).waitFor();
  await page.getByText(q.ui['result.not_diagnosis']).waitFor();
}

const sum = (a) => a.reduce((x, y) => x + y, 0);
// Both sides of every cut-off, for each way of answering the sex question.
const PATTERNS = [
  { sex: 'male', points: [1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0] },   // 5: men below 6
  { sex: 'male', points: [0, 0, 0, 1, 1, 0, 0, 0, 0, 4, 0] },   // 6: men at 6
  { sex: 'female', points: [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0] }, // 1: women below 2
  { sex: 'female', points: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2] }, // 2: women at 2
  { sex: undefined, points: [0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0] }, // 1: not given, below 2
  { sex: 'other', points: [0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0] },  // 2: other, at 2
  { sex: 'male', points: [4, 4, 4, 4, 4, 0, 0, 0, 0, 2, 2] },   // 24: below 25
  { sex: 'female', points: [4, 4, 4, 4, 4, 1, 0, 0, 0, 0, 4] }, // 25: at 25
  { sex: 'male', points: [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4] },   // 44: the top
];

for (const [lang, patterns] of [['en', PATTERNS], ['el', PATTERNS.slice(0, 6)], ['mk', PATTERNS.slice(2, 8)], ['sr', [PATTERNS[1], PATTERNS[7]]]]) {
  test(`DUDIT in ${lang}: score and band on both sides of each cut-off`, async () => {
    for (const { sex, points } of patterns) {
      const page = await app.page();
      const q = await takeDudit(page, lang, { sex, age: 27, points });
      await assertResult(page, q, sum(points), sex);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      assert.deepEqual(page.errors, []);
      await page.context().close();
    }
  });
}

test('an unanswered question is refused with a message, and the answer then lets the person go on', async () => {
  const page = await app.page();
  const q = questionnaire('dudit', 'en');
  await page.goto(`${app.base}?lang=en&q=dudit`);
  await page.getByRole('button', { name: q.ui['questionnaire.start'] }).click();
  await page.getByRole('button', { name: q.ui['nav.next'] }).click(); // sex: optional
  await page.getByRole('button', { name: q.ui['nav.next'] }).click(); // age: optional
  await page.getByRole('heading', { name: q.texts['pages.use.title'] }).waitFor();
  await page.getByRole('button', { name: q.ui['nav.next'] }).click(); // q1: required
  const alert = page.getByRole('alert');
  await eventually(async () => assert.equal((await alert.textContent()).trim(), q.ui['questionnaire.choose_an_answer']));
  await page.getByRole('radio', { name: q.labelOf(q.items[2], 'never'), exact: true }).check();
  await eventually(async () => assert.equal((await alert.textContent()).trim(), ''));
  await page.getByRole('button', { name: q.ui['nav.next'] }).click();
  const total = q.items.filter((i) => !i.show_if).length;
  await page.getByText(fill(q.ui['questionnaire.progress'], { current: 4, total })).waitFor();
  await page.context().close();
});

test('an age out of range is refused with a message', async () => {
  const page = await app.page();
  const q = questionnaire('dudit', 'fr');
  await page.goto(`${app.base}?lang=fr&q=dudit`);
  await page.getByRole('button', { name: q.ui['questionnaire.start'] }).click();
  await page.getByRole('button', { name: q.ui['nav.next'] }).click();
  const age = page.getByRole('spinbutton', { name: q.texts['items.age.text'] });
  await age.pressSequentially('7');
  await page.getByRole('button', { name: q.ui['nav.next'] }).click();
  const message = fill(q.ui['questionnaire.number_range'], { min: 12, max: 99 });
  await eventually(async () => assert.equal((await page.getByRole('alert').textContent()).trim(), message));
  assert.equal(await age.inputValue(), '7', 'what was typed stays in the field');
  // Typed digit by digit, "1" is out of range on its way to "19": the field keeps it.
  await age.fill('');
  await age.pressSequentially('19');
  assert.equal(await age.inputValue(), '19');
  await page.getByRole('button', { name: q.ui['nav.next'] }).click();
  await page.getByRole('heading', { name: q.texts['pages.use.title'] }).waitFor();
  await page.context().close();
});

test('changing an answer from the result page changes the result', async () => {
  const page = await app.page();
  const points = [1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0];
  const q = await takeDudit(page, 'en', { sex: 'male', points });
  await assertResult(page, q, 5, 'male');
  await page.getByText(q.ui['result.your_answers'], { exact: true }).click();
  const q10 = q.texts['items.q10.text'];
  await page.getByRole('button', { name: fill(q.ui['result.change_answer'], { question: q10 }) }).click();
  await page.getByRole('radio', { name: q.labelOf(q.items.find((i) => i.id === 'q10'), 'yes_past_year'), exact: true }).check();
  await page.getByRole('button', { name: q.ui['nav.see_result'] }).click();
  await assertResult(page, q, 9, 'male');
  await page.context().close();
});

// Both builds: the test's link (its screens in the main module) and the start page (a part).
for (const way of ['by its link', 'from the start page']) test(`switching language mid-questionnaire keeps every answer (opened ${way})`, async () => {
  const page = await app.page();
  const en = questionnaire('dudit', 'en');
  const hr = questionnaire('dudit', 'hr');
  if (way === 'by its link') {
    await page.goto(`${app.base}?lang=en&q=dudit`);
  } else {
    await page.goto(`${app.base}?lang=en`);
    await page.getByRole('button', { name: `${en.ui['home.open']} ${en.texts.title}` }).click();
  }
  await page.getByRole('button', { name: en.ui['questionnaire.start'] }).click();
  await page.getByRole('radio', { name: en.labelOf(en.items[0], 'female'), exact: true }).check();
  await page.getByRole('button', { name: en.ui['nav.next'] }).click();
  await page.getByRole('button', { name: en.ui['nav.next'] }).click();
  await page.getByRole('radio', { name: en.labelOf(en.items[2], 'monthly_or_less'), exact: true }).check();
  await page.getByRole('combobox', { name: en.ui['app.language'] }).selectOption('hr');
  // Same screen, now in Croatian, with the answer still chosen.
  await page.getByRole('heading', { name: hr.texts['pages.use.title'] }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'hr');
  assert.ok(page.url().includes('lang=hr'));
  assert.ok(await page.getByRole('radio', { name: hr.labelOf(hr.items[2], 'monthly_or_less'), exact: true }).isChecked());
  await page.getByRole('button', { name: hr.ui['nav.back'] }).click();
  await page.getByRole('button', { name: hr.ui['nav.back'] }).click();
  assert.ok(await page.getByRole('radio', { name: hr.labelOf(hr.items[0], 'female'), exact: true }).isChecked());
  await page.context().close();
});

test('a full run fetches only the app\'s own files, and writes nothing to storage', async () => {
  const page = await app.page();
  const requests = [];
  page.on('request', (r) => requests.push({ method: r.method(), url: r.url(), body: r.postData() }));
  const points = [2, 1, 0, 3, 1, 0, 2, 0, 1, 2, 4];
  const q = await takeDudit(page, 'ro', { sex: 'female', age: 31, points });
  await assertResult(page, q, sum(points), 'female');
  const origin = new URL(app.base).origin;
  assert.ok(requests.length > 0);
  for (const r of requests) {
    const url = new URL(r.url);
    assert.equal(url.origin, origin, `${r.url} is not the app's own origin`);
    assert.equal(r.method, 'GET', r.url);
    assert.equal(r.body, null, r.url);
    // The only query string is the page's own (?lang=…); data files carry none.
    assert.ok(url.pathname === '/' || url.search === '', `${r.url} carries a query`);
    for (const answer of ['female', 'sex=', 'age=', 'q1=', 'yes_past_year']) assert.ok(!r.url.includes(answer), `${r.url} names an answer`);
  }
  const stored = await page.evaluate(async () => ({
    local: localStorage.length, session: sessionStorage.length, cookie: document.cookie,
    idb: (await indexedDB.databases()).length,
  }));
  assert.deepEqual(stored, { local: 0, session: 0, cookie: '', idb: 0 });
  // Answers are not in the address either.
  assert.ok(!page.url().includes('female'));
  await page.context().close();
});

test('a heading drawn late never takes the focus from a field the person is already typing in', async () => {
  const page = await app.page();
  const q = questionnaire('dudit', 'en');
  // A busy machine: every animation frame comes 400 ms late, so the new screen's heading would take
  // the focus only after the person has moved into the age field and started typing.
  await page.addInitScript(() => {
    const frame = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) => frame(() => setTimeout(() => callback(performance.now()), 400));
  });
  await page.goto(`${app.base}?lang=en&q=dudit`);
  await page.getByRole('button', { name: q.ui['questionnaire.start'] }).click();
  await page.getByRole('radio', { name: q.labelOf(q.items.find((i) => i.id === 'sex'), 'female'), exact: true }).check();
  await page.getByRole('button', { name: q.ui['nav.next'], exact: true }).click();
  const age = page.getByRole('spinbutton', { name: q.texts['items.age.text'] });
  await age.focus();
  await page.keyboard.type('3');
  await page.waitForTimeout(900);
  await page.keyboard.type('4');
  assert.equal(await age.inputValue(), '34');
  assert.ok(await age.evaluate((e) => document.activeElement === e), 'the age field kept the focus');
  // A screen reached by a click with nothing focused inside it still starts at its heading.
  await page.getByRole('button', { name: q.ui['nav.next'], exact: true }).click();
  await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement?.id), 'screen-heading'), 3000);
  await page.context().close();
});

// A score as each language writes it, from CLDR's plural rules: Serbian has one (1, 21), few
// (2-4, 22-24) and other (5-20); Romanian one (1), few (2-19) and other (20 and more: "de").
const WRITTEN = {
  1: { en: '1 point out of 44', sr: '1 poen od 44', ro: '1 punct din 44' },
  2: { sr: '2 poena od 44', ro: '2 puncte din 44' },
  5: { sr: '5 poena od 44', ro: '5 puncte din 44' },
  21: { sr: '21 poen od 44', ro: '21 de puncte din 44' },
};
const ANSWERS = {
  1: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  2: [2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  5: [4, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  21: [4, 4, 4, 4, 4, 1, 0, 0, 0, 0, 0],
};

test('a score is written in the plural form of its language: 1 in English; 1, 2, 5 and 21 in Serbian and Romanian; country names in its script', async () => {
  for (const [total, written] of Object.entries(WRITTEN)) {
    const page = await app.page();
    await takeDudit(page, 'en', { points: ANSWERS[total] });
    let lang = 'en';
    for (const [next, text] of Object.entries(written)) {
      if (next !== lang) {
        await page.getByRole('combobox', { name: uiStrings(lang)['app.language'] }).selectOption(next);
        lang = next;
      }
      await page.getByRole('heading', { level: 1, name: uiStrings(lang)['result.heading'] }).waitFor();
      await page.getByText(text, { exact: true }).waitFor({ timeout: 5000 });
      if (lang === 'sr') {
        // Serbian in Latin script, country names too (the browser's plain "sr" is Cyrillic).
        await eventually(async () => {
          const names = await page.getByRole('combobox', { name: uiStrings('sr')['help.country'] }).locator('option').allTextContents();
          assert.ok(names.length > 5 && names.every((n) => !/[\u0400-\u04FF]/.test(n)), names.join(', '));
        });
      }
    }
    if (total === '1') {
      // Macedonian country names in Cyrillic, from the help files where the browser has none.
      await page.getByRole('combobox', { name: uiStrings(lang)['app.language'] }).selectOption('mk');
      await eventually(async () => {
        const names = await page.getByRole('combobox', { name: uiStrings('mk')['help.country'] }).locator('option').allTextContents();
        assert.ok(names.length > 5 && names.every((n) => /^[\u0400-\u04FF ]+$/.test(n)), names.join(', '));
      });
    }
    await page.context().close();
  }
});
