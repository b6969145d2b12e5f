// The human-rights self-assessment as a coordinator uses it: context with areas left out, answers,
// notes and priorities, results by area, action plan, keep on the device and reload, export and
// import (and bad files refused with nothing lost), CSV, annual review, stakeholders, report.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, questionnaire, fill, plural } from './harness.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app.stop(); });

const STATUSES = ['yes', 'partly', 'no', 'dont_know', 'not_applicable'];
const KEY = 'selfassess.assessment.rights';

function rights(lang) {
  const q = questionnaire('rights', lang);
  // The areas and the questions they ask: a retired question stays in the data, not on screen.
  q.areas = q.structure.pages.filter((p) => p.items.some((i) => i.option_set === 'status'))
    .map((p) => ({ ...p, items: p.items.filter((i) => !i.retired) }));
  q.status = (s) => q.texts[`option_sets.status.${s}`];
  /** A policy option: one of its standards says states may do it. */
  q.isOption = (item) => (item.references ?? []).some((r) => r.option);
  /** An answer's label on one question: a policy option's "no" is an option not taken. */
  q.answer = (item, s) => (s === 'no' && q.isOption(item) ? q.ui['assessment.option_not_taken'] : q.status(s));
  /** The answers a question takes, as its data says: in law and policy, in practice, or both. */
  q.dims = (item) => (item.dimensions?.length ? item.dimensions : DIMENSIONS);
  q.dimension = (d) => q.ui[`assessment.in_${d}`];
  /** A question's group of radios for one dimension. */
  q.scale = (page, item, d) => page.getByRole('group', { name: q.texts[`items.${item.id}.text`], exact: true }).getByRole('group', { name: q.dimension(d), exact: true });
  return q;
}

const DIMENSIONS = ['law', 'practice'];

/** The status given to the n-th question of an area in these tests: practice one step after law. */
const statusFor = (areaIndex, n, d = 'law') => STATUSES[(areaIndex + n + (d === 'practice' ? 1 : 0)) % STATUSES.length];

async function openAssessment(page, lang) {
  const q = rights(lang);
  await page.goto(`${app.base}?lang=${lang}&q=rights`);
  await page.getByRole('heading', { level: 1, name: q.texts.title }).waitFor();
  return q;
}

/** Fill the context, leave `outAreas` out, answer every area in scope; returns what was given. */
async function fillAssessment(page, q, { outAreas = [], note, priority } = {}) {
  await page.getByRole('button', { name: q.ui['assessment.context'], exact: true }).click();
  await page.getByRole('textbox', { name: q.texts['items.country.text'] }).fill('Montenegro');
  await page.getByRole('textbox', { name: q.texts['items.assessors.text'] }).fill('Ministry of Health');
  await page.getByRole('textbox', { name: q.texts['items.assessors.text'] }).press('Tab');
  for (const area of outAreas) await page.getByRole('checkbox', { name: q.texts[`items.out_of_scope.options.${area}`], exact: true }).check();
  await page.getByRole('button', { name: q.ui['assessment.to_questions'] }).click();
  for (const [a, area] of q.areas.entries()) {
    await page.getByRole('heading', { level: 2, name: q.texts[`pages.${area.id}.title`], exact: true }).waitFor();
    if (!outAreas.includes(area.id)) {
      for (const [n, item] of area.items.entries()) {
        const group = page.getByRole('group', { name: q.texts[`items.${item.id}.text`], exact: true });
        for (const d of q.dims(item)) await q.scale(page, item, d).getByRole('radio', { name: q.answer(item, statusFor(a, n, d)), exact: true }).check();
        if (note && item.id === note.item) {
          await group.getByRole('textbox').fill(note.text);
          await group.getByRole('textbox').press('Tab');
        }
        if (priority === item.id) await group.getByRole('checkbox', { name: q.ui['assessment.priority'] }).check();
      }
    }
    const last = a === q.areas.length - 1;
    await page.getByRole('button', { name: last ? q.ui['assessment.see_results'] : q.ui['assessment.next_area'], exact: true }).click();
  }
  await page.getByRole('heading', { level: 2, name: q.ui['assessment.results'], exact: true }).waitFor();
}

/** An area's row in one dimension: its title, then the counts of the questions that take it. */
function rowTitle(q, area, d) {
  return fill(q.ui['assessment.labelled'], { label: q.texts[`pages.${area.id}.title`], value: q.dimension(d) });
}

/** The table's columns: the scale, with "option not taken" after "no", then "not answered". */
const COLUMNS = ['yes', 'partly', 'no', 'option', 'dont_know', 'not_applicable'];

function expectedRow(q, a, area, d) {
  const counts = Object.fromEntries(COLUMNS.map((s) => [s, 0]));
  const asked = area.items.map((item, n) => [item, n]).filter(([item]) => q.dims(item).includes(d));
  asked.forEach(([item, n]) => {
    const s = statusFor(a, n, d);
    counts[s === 'no' && q.isOption(item) ? 'option' : s] += 1;
  });
  return [rowTitle(q, area, d), ...COLUMNS.map((s) => String(counts[s])), '0'];
}

async function storageKeys(page) {
  return page.evaluate(() => Object.keys(localStorage));
}

test('a full assessment with areas left out: results by area and the action plan', async () => {
  const page = await app.page({ width: 1280, height: 900 });
  const q = await openAssessment(page, 'en');
  assert.ok(q.areas.length >= 12 && q.areas.flatMap((a) => a.items).length >= 70);
  const out = [q.areas[1].id, q.areas[5].id];
  const priorityItem = q.areas[2].items[2].id; // status "no" by statusFor(2, 2)... see below
  await fillAssessment(page, q, { outAreas: out, priority: q.areas[3].items[3].id, note: { item: q.areas[0].items[0].id, text: 'Law 12/2024, art. 5; "pilot" in 3 cities' } });
  // Nothing is stored unless the person asks.
  assert.deepEqual(await storageKeys(page), []);
  const table = page.getByRole('table', { name: q.ui['assessment.table_caption'] });
  // One row per area and dimension; a law-only question counts in the law row alone.
  const rows = (await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent.trim()))));
  const expectedRows = q.areas.flatMap((area, a) => DIMENSIONS.filter((d) => area.items.some((i) => q.dims(i).includes(d))).map((d) => (
    out.includes(area.id) ? [rowTitle(q, area, d), q.ui['assessment.out_of_scope']] : expectedRow(q, a, area, d))));
  assert.deepEqual(rows, expectedRows);
  assert.ok(q.areas[0].items.some((i) => q.dims(i).length === 1), 'the first area has a question asked in one dimension');
  // The chart has the table as its text alternative, and both are labelled.
  await page.getByRole('img', { name: q.ui['assessment.chart_caption'] }).waitFor();
  // Action plan: every "no" and "partly" in scope, the priority first.
  // The plan's actions (each with its own list of standards inside).
  const plan = page.getByRole('region', { name: q.ui['assessment.action_plan'] }).getByRole('list').first().locator(':scope > li');
  let expected = 0;
  // One action per question not met in some dimension, and one per question not known.
  q.areas.forEach((area, a) => {
    if (out.includes(area.id)) return;
    area.items.forEach((item, n) => {
      const given = q.dims(item).map((d) => statusFor(a, n, d));
      // A policy option not taken calls for no action.
      const unmet = q.isOption(item) ? ['partly'] : ['no', 'partly'];
      if (given.some((s) => unmet.includes(s))) expected += 1;
      if (given.includes('dont_know')) expected += 1;
    });
  });
  assert.equal(await plan.count(), expected);
  const first = await plan.first().textContent();
  assert.ok(first.includes(q.texts[`items.${q.areas[3].items[3].id}.text`]), 'the priority question leads the plan');
  assert.ok(first.includes(q.texts[`items.${q.areas[3].items[3].id}.action`]));
  assert.ok(priorityItem);
  await page.context().close();
});

test('keep on this device, reload, see it back, and delete it', async () => {
  const page = await app.page();
  const q = await openAssessment(page, 'fr');
  await fillAssessment(page, q, { note: { item: q.areas[0].items[0].id, text: 'Rapport 2025' } });
  await page.getByRole('button', { name: q.ui['keep.keep'] }).click();
  await page.getByText(q.ui['keep.indicator']).waitFor();
  assert.deepEqual(await storageKeys(page), [KEY]);
  await page.reload();
  await page.getByText(q.ui['keep.indicator']).waitFor();
  // The day it was kept, as French writes a date ("6 décembre 2026"), not the ISO day of the file.
  const today = new Intl.DateTimeFormat('fr', { dateStyle: 'long' }).format(new Date());
  assert.match(today, /^\d{1,2} \p{L}+ \d{4}$/u);
  await page.getByRole('status').filter({ hasText: fill(q.ui['keep.restored'], { date: today }) }).waitFor();
  await page.getByRole('button', { name: q.texts[`pages.${q.areas[0].id}.title`], exact: true }).click();
  const group = page.getByRole('group', { name: q.texts[`items.${q.areas[0].items[0].id}.text`], exact: true });
  assert.ok(await q.scale(page, q.areas[0].items[0], 'law').getByRole('radio', { name: q.status(statusFor(0, 0)), exact: true }).isChecked());
  assert.equal(await group.getByRole('textbox').inputValue(), 'Rapport 2025');
  await page.getByRole('button', { name: q.ui['keep.delete'] }).click();
  assert.deepEqual(await storageKeys(page), []);
  await page.context().close();
});

test('a damaged kept copy is reported and left untouched', async () => {
  const page = await app.page();
  const q = rights('en');
  await page.goto(`${app.base}?lang=en`);
  await page.evaluate((k) => localStorage.setItem(k, '{"kind":"selfassess-assessment","format":1,"questionnaire":"rights",'), KEY);
  await page.goto(`${app.base}?lang=en&q=rights`);
  await page.getByRole('status').filter({ hasText: q.ui['keep.damaged'].split('{')[0] }).waitFor();
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), '{"kind":"selfassess-assessment","format":1,"questionnaire":"rights",');
  await page.context().close();
});

test('export to a file and open it again; bad files are refused and nothing is lost', async () => {
  const page = await app.page({ width: 1280, height: 900 });
  const q = await openAssessment(page, 'sr');
  const markup = '<img src=x onerror="window.hacked=1"> & <b>bold</b>';
  await fillAssessment(page, q, { note: { item: q.areas[0].items[0].id, text: markup }, priority: q.areas[0].items[1].id });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: q.ui['export.to_file'] }).click()]);
  assert.match(download.suggestedFilename(), /^assessment-montenegro-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = readFileSync(await download.path(), 'utf8');
  const file = JSON.parse(exported);
  assert.equal(file.kind, 'selfassess-assessment');
  assert.equal(file.notes[q.areas[0].items[0].id], markup);
  assert.equal(file.limits, q.ui['report.limits']);

  // A fresh page opens the file and has everything back; markup in notes stays text.
  const fresh = await app.page({ width: 1280, height: 900 });
  await openAssessment(fresh, 'sr');
  const picker = fresh.getByLabel(q.ui['import.open']);
  await picker.setInputFiles({ name: 'a.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await fresh.getByText(q.ui['import.opened']).waitFor();
  // The report's annex shows every note, as text.
  await fresh.getByRole('button', { name: q.ui['assessment.report'], exact: true }).click();
  await fresh.getByText(markup).first().waitFor();
  assert.equal(await fresh.evaluate(() => window.hacked), undefined);

  // Bad files: each refused with its message; what is on screen stays.
  const bad = [
    [exported.slice(0, exported.length / 2), q.ui['import.not_json'].split('{')[0]],
    [exported.replace('"format": 2', '"format": 7'), q.ui['import.newer_format']],
    [exported.replace('"questionnaire": "rights"', '"questionnaire": "dudit"'), fill(q.ui['import.other_questionnaire'], { id: 'dudit' })],
    ['{"hello": "world"}', q.ui['import.not_assessment']],
    [' '.repeat(3 * 1024 * 1024), fill(q.ui['import.too_large'], { mb: 2 })],
  ];
  // Counts the files the page reads: the one too large is refused from its size, unread.
  await fresh.evaluate(() => {
    const text = Blob.prototype.text;
    window.filesRead = 0;
    Blob.prototype.text = function () { window.filesRead += 1; return text.call(this); };
  });
  for (const [text, message] of bad) {
    await picker.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await fresh.getByRole('status').filter({ hasText: message }).waitFor();
    await fresh.getByText(markup).first().waitFor();
  }
  assert.equal(await fresh.evaluate(() => window.filesRead), bad.length - 1);
  await page.context().close();
  await fresh.context().close();
});

test('CSV export: every question, quoted as a spreadsheet reads it', async () => {
  const page = await app.page();
  const q = await openAssessment(page, 'mk');
  await fillAssessment(page, q, { note: { item: q.areas[0].items[0].id, text: 'Закон, чл. 5; "пилот"\nнова линија' } });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: q.ui['export.csv'] }).click()]);
  const text = readFileSync(await download.path(), 'utf8');
  assert.ok(text.startsWith('\ufeff'));
  const rows = text.slice(1).split('\r\n').filter((r, n, all) => n < all.length - 1);
  const itemCount = q.structure.pages.flatMap((p) => p.items).filter((i) => !i.retired).length; // a retired question is not exported
  // The note has a line break inside quotes, so count records by the row starts instead.
  assert.ok(text.includes('"Закон, чл. 5; ""пилот""\nнова линија"'));
  // The limits first, then the header, then a row per question, then the file's role and parties.
  assert.equal(rows[0], q.ui['report.limits']);
  assert.deepEqual(rows[1].split(',').slice(0, 5), [q.ui['assessment.area'], q.ui['csv.question_id'], q.ui['csv.question'], q.ui['assessment.in_law'], q.ui['assessment.in_practice']]);
  assert.equal((text.match(/\r\n/g) ?? []).length, itemCount + 4);
  assert.equal(rows.at(-2), [q.ui['assessment.context'], 'role', q.ui['parties.this_file'], q.ui['parties.role_not_given']].join(','));
  await page.context().close();
});

test('annual review: last year beside this year', async () => {
  const page = await app.page({ width: 1280, height: 900 });
  const q = await openAssessment(page, 'en');
  await fillAssessment(page, q);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: q.ui['export.to_file'] }).click()]);
  const lastYear = JSON.parse(readFileSync(await download.path(), 'utf8'));
  // Last year, the first area's first question was "no" where it is "yes" now, and one was "yes" that is "partly".
  const [improved, worsened] = [q.areas[0].items[0].id, q.areas[0].items[1].id];
  assert.equal(lastYear.positions[improved].law, 'yes');
  lastYear.positions[improved].law = 'no';
  lastYear.positions[worsened].law = 'yes';
  await page.getByRole('button', { name: q.ui['assessment.review'], exact: true }).click();
  await page.getByLabel(q.ui['review.load']).setInputFiles({ name: 'last.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(lastYear)) });
  await page.getByRole('heading', { name: fill(q.ui['review.improved'], { count: 1 }) }).waitFor();
  await page.getByRole('heading', { name: fill(q.ui['review.worsened'], { count: 1 }) }).waitFor();
  await page.getByText(`${q.dimension('law')}: ${q.status('no')} → ${q.status('yes')}`).waitFor();
  await page.context().close();
});

test('three stakeholders: where they agree and differ, with their notes side by side', async () => {
  const page = await app.page({ width: 1280, height: 900 });
  const q = await openAssessment(page, 'hr');
  const base = { kind: 'selfassess-assessment', format: 1, questionnaire: 'rights', questionnaire_version: q.structure.version, saved: '2026-11-01', notes: {}, priority: [] };
  const [a, b] = [q.areas[0].items[0].id, q.areas[0].items[1].id];
  const party = (name, first, second, note) => ({ ...base, answers: { assessors: { text: name }, [a]: { choice: first }, [b]: { choice: second } }, notes: note ? { [a]: note } : {} });
  const files = [party('Ministry of Health', 'yes', 'no', 'Programme in 3 cities'), party('Ministry of Justice', 'yes', 'no'), party('NGO Juventas', 'partly', 'yes', 'Only 3 of 20 cities')];
  await page.getByRole('button', { name: q.ui['assessment.stakeholders'], exact: true }).click();
  for (const f of files) {
    await page.getByLabel(q.ui['stakeholders.add']).setInputFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(f)) });
  }
  // Files of format 1: each party's one answer stands for law and practice, so the question
  // differs in both and is counted once.
  await page.getByText(plural(q.ui, q.lang, 'stakeholders.differ_count', 'count', 2)).waitFor();
  await page.getByText('Only 3 of 20 cities', { exact: false }).waitFor();
  await page.getByText('Programme in 3 cities', { exact: false }).waitFor();
  // Yes against partly is a minor disagreement, yes against no a major one, in each dimension.
  const [minor, major] = [q.dims(q.areas[0].items[0]).length, q.dims(q.areas[0].items[1]).length];
  const differing = minor + major;
  assert.equal(await page.getByText(q.ui['stakeholders.minor'], { exact: true }).count(), minor);
  assert.equal(await page.getByText(q.ui['stakeholders.major'], { exact: true }).count(), major);
  // The agenda for the next meeting: the limits, a header, then each difference with every party.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: q.ui['stakeholders.agenda_csv'] }).click()]);
  const agenda = readFileSync(await download.path(), 'utf8').slice(1).split('\r\n').filter(Boolean);
  assert.equal(agenda[0], q.ui['report.limits']);
  assert.equal(agenda.length, 2 + differing);
  // Files that name no role say so beside the party's name.
  const names = ['Ministry of Health', 'Ministry of Justice', 'NGO Juventas'].map((n) => `${n} (${q.ui['parties.role_not_given']})`);
  assert.ok(agenda[1].endsWith(`,${names.join(',')}`), agenda[1]);
  // Major first: the question on which the ministries said no and the NGO yes.
  assert.ok(agenda[2].includes(q.ui['stakeholders.major']), agenda[2]);
  assert.ok(agenda.at(-1).includes('Only 3 of 20 cities'), agenda.at(-1));
  await page.context().close();
});

test('the report prints with its cover, findings, plan and annex, without the controls', async () => {
  const page = await app.page({ width: 1000, height: 900 });
  const q = await openAssessment(page, 'el');
  await fillAssessment(page, q, { outAreas: [q.areas[0].id] });
  await page.getByRole('button', { name: q.ui['assessment.report'], exact: true }).click();
  await page.emulateMedia({ media: 'print' });
  assert.ok(!(await page.getByRole('navigation', { name: q.ui['assessment.sections'] }).isVisible()));
  for (const heading of [q.ui['report.findings'], q.ui['assessment.action_plan'], q.ui['report.annex']]) {
    assert.ok(await page.getByRole('heading', { name: heading, exact: true }).isVisible(), heading);
  }
  await page.getByText('Montenegro').first().waitFor();
  await page.pdf?.({ path: new URL('./artifacts/assessment-report-el.pdf', import.meta.url).pathname }).catch(() => {});
  await page.context().close();
});

/** An area's questions, reached from the overview's list of areas. */
async function openArea(page, q, id) {
  await page.getByRole('button', { name: q.ui['assessment.overview'], exact: true }).click();
  await page.getByRole('button', { name: q.texts[`pages.${id}.title`], exact: true }).click();
  await page.getByRole('heading', { level: 2, name: q.texts[`pages.${id}.title`], exact: true }).waitFor();
}

test('a file and a kept copy from the release of 2026-12-06 open with every answer, note and priority, the carried-over ones saying so', async () => {
  const fixture = readFileSync(new URL('../fixtures/assessment-format-1.json', import.meta.url), 'utf8');
  const old = JSON.parse(fixture);
  assert.equal(old.format, 1);
  for (const how of ['file', 'kept']) {
    const page = await app.page({ width: 1280, height: 900 });
    const q = rights('en');
    if (how === 'file') {
      await openAssessment(page, 'en');
      await page.getByLabel(q.ui['import.open']).setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(fixture) });
    } else {
      await page.goto(`${app.base}?lang=en`);
      await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, fixture]);
      await openAssessment(page, 'en');
    }
    // The one answer of each question stands for each dimension it takes; the notice counts them.
    // A question that replaces a retired one gets a copy of its answer, to check, too.
    const given = (item) => old.answers[item.id]?.choice
      ?? (item.replaces ?? []).filter((r) => r.carry === 'copy').map((r) => old.answers[r.item]?.choice).find(Boolean);
    const answered = q.areas.flatMap((a) => a.items).filter((i) => old.answers[i.id]?.choice);
    const copied = q.areas.flatMap((a) => a.items).filter((i) => !old.answers[i.id] && given(i));
    const carried = [...answered, ...copied].reduce((n, i) => n + q.dims(i).length, 0);
    assert.ok(carried > answered.length, 'most questions take both dimensions');
    await page.getByRole('status').filter({ hasText: plural(q.ui, 'en', 'import.carried', 'count', carried) }).waitFor();
    for (const area of q.areas.filter((a) => !(old.answers.out_of_scope?.multi ?? []).includes(a.id))) {
      await openArea(page, q, area.id);
      for (const item of area.items) {
        const status = given(item);
        for (const d of DIMENSIONS) {
          const scale = q.scale(page, item, d);
          if (!q.dims(item).includes(d)) { assert.equal(await scale.count(), 0, `${item.id} is not asked ${d}`); continue; }
          const checked = await scale.getByRole('radio').evaluateAll((radios) => radios.filter((r) => r.checked).length);
          if (status) {
            assert.ok(await scale.getByRole('radio', { name: q.answer(item, status), exact: true }).isChecked(), `${item.id} ${d}`);
            assert.ok(await scale.getByText(q.ui['assessment.carried']).isVisible(), `${item.id} ${d} says it was carried over`);
          } else assert.equal(checked, 0, `${item.id} was not answered`);
        }
      }
    }
    // The note and the priority came too.
    await openArea(page, q, 'foundations');
    const first = page.getByRole('group', { name: q.texts['items.foundations_1.text'], exact: true });
    assert.equal(await first.getByRole('textbox').inputValue(), old.notes.foundations_1);
    await openArea(page, q, 'overdose');
    const flagged = page.getByRole('group', { name: q.texts['items.overdose_2.text'], exact: true });
    assert.ok(await flagged.getByRole('checkbox', { name: q.ui['assessment.priority'] }).isChecked());
    // Keeping a carried answer makes it the person's own; the other dimension still asks.
    const [law, practice] = [q.scale(page, { id: 'overdose_2' }, 'law'), q.scale(page, { id: 'overdose_2' }, 'practice')];
    await law.getByRole('button', { name: q.ui['assessment.keep_carried'] }).click();
    await law.getByText(q.ui['assessment.carried']).waitFor({ state: 'detached' });
    assert.ok(await practice.getByText(q.ui['assessment.carried']).isVisible());
    await page.context().close();
  }
});

test('a question asked in law only is answered with one answer, and counts as answered', async () => {
  const page = await app.page();
  const q = await openAssessment(page, 'sr');
  const area = q.areas[0];
  const lawOnly = area.items.find((i) => q.dims(i).length === 1 && q.dims(i)[0] === 'law');
  assert.ok(lawOnly, 'the first area has a question asked in law only');
  const both = area.items.find((i) => q.dims(i).length === 2);
  await page.getByRole('button', { name: q.texts[`pages.${area.id}.title`], exact: true }).click();
  assert.equal(await q.scale(page, lawOnly, 'practice').count(), 0);
  await q.scale(page, lawOnly, 'law').getByRole('radio', { name: q.status('partly'), exact: true }).check();
  // A question that takes both is answered only when both are.
  await q.scale(page, both, 'law').getByRole('radio', { name: q.status('yes'), exact: true }).check();
  await page.getByRole('button', { name: q.ui['assessment.overview'], exact: true }).click();
  await page.getByText(fill(q.ui['assessment.progress'], { answered: 1, total: area.items.length })).waitFor();
  await page.context().close();
});

test('an area answered once and an area not answered: counts in words, no percentage, "not yet assessed"', async () => {
  const page = await app.page({ width: 1280, height: 900 });
  const q = await openAssessment(page, 'en');
  const [first, second] = q.areas;
  const item = first.items.find((i) => q.dims(i).length === 2);
  await page.getByRole('button', { name: q.texts[`pages.${first.id}.title`], exact: true }).click();
  await q.scale(page, item, 'law').getByRole('radio', { name: q.status('yes'), exact: true }).check();
  await q.scale(page, item, 'practice').getByRole('radio', { name: q.status('no'), exact: true }).check();
  await page.getByRole('button', { name: q.ui['assessment.results'], exact: true }).click();
  const results = page.getByRole('region', { name: q.ui['assessment.results'] });
  await results.getByText(q.ui['report.limits']).waitFor();
  // The table: counts only; the unanswered area says so instead of a row of zeros.
  const table = page.getByRole('table', { name: q.ui['assessment.table_caption'] });
  const row = async (area, d) => (await table.getByRole('row', { name: rowTitle(q, area, d), exact: false }).locator('th, td').allTextContents()).map((c) => c.trim());
  const asked = (d) => first.items.filter((i) => q.dims(i).includes(d)).length;
  assert.deepEqual(await row(first, 'law'), [rowTitle(q, first, 'law'), '1', '0', '0', '0', '0', '0', String(asked('law') - 1)]);
  assert.deepEqual(await row(second, 'practice'), [rowTitle(q, second, 'practice'), q.ui['assessment.not_assessed']]);
  // The chart says it too, and nothing on the page is a percentage.
  await page.getByRole('img', { name: q.ui['assessment.chart_caption'] }).getByText(q.ui['assessment.not_assessed']).first().waitFor();
  for (const part of [table, page.locator('figure.chart')]) assert.ok(!(await part.textContent()).includes('%'));
  // Findings in words, without zeros.
  const words = (key, n) => plural(q.ui, 'en', key, 'count', n);
  const law = fill(q.ui['report.dimension_findings'], { dimension: q.dimension('law'), counts: `${words('report.met', 1)}, ${words('report.not_answered', asked('law') - 1)}` });
  const practice = fill(q.ui['report.dimension_findings'], { dimension: q.dimension('practice'), counts: `${words('report.not_met', 1)}, ${words('report.not_answered', asked('practice') - 1)}` });
  await results.getByText(`${words('report.questions_in_area', first.items.length)} ${law} ${practice}`).waitFor();
  assert.equal(law, `In law and policy: 1 met, ${asked('law') - 1} not yet answered.`);
  // The report carries the limits on its cover.
  await page.getByRole('button', { name: q.ui['assessment.report'], exact: true }).click();
  await page.getByRole('region', { name: q.ui['assessment.report'] }).getByText(q.ui['report.limits']).first().waitFor();
  await page.context().close();
});

test('the context records whether the answers cover the whole country or one region', async () => {
  const page = await app.page();
  const q = await openAssessment(page, 'ro');
  await page.getByRole('button', { name: q.ui['assessment.context'], exact: true }).click();
  const coverage = page.getByRole('group', { name: q.texts['items.coverage.text'], exact: true });
  await coverage.getByRole('radio', { name: q.texts['items.coverage.options.region'], exact: true }).check();
  await page.getByRole('textbox', { name: q.texts['items.region.text'] }).fill('Cluj');
  await page.getByRole('textbox', { name: q.texts['items.region.text'] }).press('Tab');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: q.ui['export.to_file'] }).click()]);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.deepEqual([file.answers.coverage, file.answers.region], [{ choice: 'region' }, { text: 'Cluj' }]);
  await page.context().close();
});

test('a "yes" with no evidence is listed as unsupported until its source is named', async () => {
  const page = await app.page({ width: 1280, height: 900 });
  const q = await openAssessment(page, 'en');
  const area = q.areas[0];
  const item = area.items.find((i) => q.dims(i).length === 2);
  await page.getByRole('button', { name: q.texts[`pages.${area.id}.title`], exact: true }).click();
  await q.scale(page, item, 'law').getByRole('radio', { name: q.status('yes'), exact: true }).check();
  await q.scale(page, item, 'practice').getByRole('radio', { name: q.status('partly'), exact: true }).check();
  const unsupported = async (n) => {
    await page.getByRole('button', { name: q.ui['assessment.results'], exact: true }).click();
    const section = page.getByRole('region', { name: q.ui['evidence.unsupported_heading'] });
    await section.getByText(plural(q.ui, 'en', 'evidence.unsupported_count', 'count', n)).waitFor();
    return section;
  };
  const section = await unsupported(2);
  // The list is folded under its count; opened, it gives one line per question.
  await section.getByText(plural(q.ui, 'en', 'evidence.unsupported_count', 'count', 2)).click();
  await section.getByText(`${q.dimension('law')}: ${q.status('yes')} · ${q.dimension('practice')}: ${q.status('partly')}`).waitFor();
  assert.equal(await section.getByRole('listitem').count(), 1);
  // Evidence for the answer in law: its kind, source and date, typed as a person would.
  await page.getByRole('button', { name: q.ui['assessment.overview'], exact: true }).click();
  await page.getByRole('button', { name: q.texts[`pages.${area.id}.title`], exact: true }).click();
  const law = q.scale(page, item, 'law');
  await law.getByRole('button', { name: q.ui['evidence.add'] }).click();
  const kind = law.getByRole('combobox', { name: q.ui['evidence.kind'] });
  await kind.waitFor();
  assert.ok(await kind.evaluate((e) => e === document.activeElement), 'the new row takes the focus');
  await kind.selectOption('court_decision');
  await law.getByRole('textbox', { name: q.ui['evidence.source'] }).fill('Constitutional Court, U-123/2024');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2024-05');
  await page.keyboard.press('Tab');
  assert.equal(await law.getByRole('textbox', { name: q.ui['evidence.date'] }).inputValue(), '2024-05');
  await unsupported(1);
  // It is in the exported file.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: q.ui['export.to_file'] }).click()]);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.deepEqual(file.positions[item.id].evidence, { law: [{ kind: 'court_decision', source: 'Constitutional Court, U-123/2024', date: '2024-05' }] });
  await page.context().close();
});

test('a plan with owners and deadlines is exported, started again as next year\'s file, and reviewed', async () => {
  const page = await app.page({ width: 1280, height: 900 });
  const q = await openAssessment(page, 'en');
  const area = q.areas[0];
  const [notMet, unknown] = area.items.filter((i) => q.dims(i).length === 2);
  await page.getByRole('button', { name: q.texts[`pages.${area.id}.title`], exact: true }).click();
  await q.scale(page, notMet, 'law').getByRole('radio', { name: q.status('no'), exact: true }).check();
  await q.scale(page, notMet, 'practice').getByRole('radio', { name: q.status('partly'), exact: true }).check();
  await q.scale(page, unknown, 'law').getByRole('radio', { name: q.status('dont_know'), exact: true }).check();
  await page.getByRole('button', { name: q.ui['assessment.results'], exact: true }).click();
  const plan = page.getByRole('region', { name: q.ui['assessment.action_plan'] });
  const action = (item) => plan.getByRole('listitem').filter({ hasText: q.texts[`items.${item.id}.text`] });
  // One action per question, naming the dimensions that fail; "don't know" asks for evidence.
  await action(notMet).getByText(`${q.dimension('law')}: ${q.status('no')}`).waitFor();
  await action(notMet).getByText(`${q.dimension('practice')}: ${q.status('partly')}`).waitFor();
  await action(unknown).getByText(q.ui['plan.evidence'], { exact: true }).waitFor();
  await action(unknown).getByText(q.ui['plan.evidence_action']).waitFor();
  const follow = async (item, { owner, deadline, status }) => {
    const a = action(item);
    await a.getByRole('textbox', { name: q.ui['plan.owner'] }).fill(owner);
    await a.getByRole('textbox', { name: q.ui['plan.owner'] }).press('Tab');
    if (deadline) await a.getByLabel(q.ui['plan.deadline']).fill(deadline);
    await a.getByRole('combobox', { name: q.ui['plan.status'] }).selectOption(status);
  };
  await follow(notMet, { owner: 'Ministry of Health', deadline: '2026-01-31', status: 'under_way' });
  await follow(unknown, { owner: 'Statistics office', status: 'done' });
  await action(notMet).getByRole('textbox', { name: q.ui['plan.indicator'] }).fill('Sites open in 5 cities');
  await action(notMet).getByRole('textbox', { name: q.ui['plan.indicator'] }).press('Tab');
  // The follow-up is in the file.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: q.ui['export.to_file'] }).click()]);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.deepEqual(file.plan[notMet.id], { owner: 'Ministry of Health', deadline: '2026-01-31', status: 'under_way', indicator: 'Sites open in 5 cities' });
  assert.equal(file.plan[`${unknown.id}:evidence`].status, 'done');
  // Next year: this year's file is saved first; the answers are cleared, the plan comes along.
  const [saved] = await Promise.all([page.waitForEvent('download'), plan.getByRole('button', { name: q.ui['plan.next_year'] }).click()]);
  assert.deepEqual(JSON.parse(readFileSync(await saved.path(), 'utf8')).plan, file.plan);
  await page.getByRole('status').filter({ hasText: q.ui['plan.next_year_done'] }).waitFor();
  await plan.getByText(q.ui['assessment.plan_empty']).waitFor();
  // The annual review opens on last year's plan: late where the deadline passed, done where done.
  await page.getByRole('button', { name: q.ui['assessment.review'], exact: true }).click();
  const last = page.getByRole('region', { name: q.ui['review.last_plan'] });
  await last.getByRole('listitem').filter({ hasText: q.texts[`items.${notMet.id}.text`] }).getByText(q.ui['review.outcome_late'], { exact: true }).waitFor();
  await last.getByRole('listitem').filter({ hasText: q.texts[`items.${unknown.id}.text`] }).getByText(q.ui['review.outcome_done'], { exact: true }).waitFor();
  await page.context().close();
});

test('a question whose standards mix a treaty and guidance shows which binds, when "not applicable" fits and where to look; a policy option\'s "no" is an option not taken, with no action', async () => {
  const page = await app.page({ width: 1280, height: 900 });
  const q = await openAssessment(page, 'el');
  const kind = (id) => q.structure.instruments.find((i) => i.id === id).kind;
  const area = q.areas.find((a) => a.items.some((i) => (i.references ?? []).some((r) => kind(r.instrument) === 'treaty' && r.at?.length) && i.references.some((r) => kind(r.instrument) === 'guidance')));
  const item = area.items.find((i) => (i.references ?? []).some((r) => kind(r.instrument) === 'treaty' && r.at?.length) && i.references.some((r) => kind(r.instrument) === 'guidance'));
  await page.getByRole('button', { name: q.texts[`pages.${area.id}.title`], exact: true }).click();
  const question = page.getByRole('group', { name: q.texts[`items.${item.id}.text`], exact: true });
  await question.getByText(q.ui['assessment.standards_and_action']).click();
  const lines = question.getByRole('list').last().getByRole('listitem');
  const texts = await lines.allTextContents();
  assert.equal(texts.length, item.references.length);
  // Each reference is marked, binding ones first, with its places written as Greek writes them.
  const treaty = item.references.find((r) => kind(r.instrument) === 'treaty' && r.at?.length);
  const treatyLine = texts.find((t) => t.includes(q.texts[`instruments.${treaty.instrument}`]));
  assert.ok(treatyLine.startsWith(q.ui['references.treaty']), treatyLine);
  const cites = q.structure.instruments.find((i) => i.id === treaty.instrument).cites;
  // A place that is more than a number is written as Greek legal texts write it.
  const place = (a) => (/^\d+$/.test(a) ? a : q.texts[`places.${a}`]);
  if (cites === 'article') assert.ok(treatyLine.includes(plural(q.ui, 'el', 'references.article', 'count', treaty.at.length, { at: treaty.at.map(place).join(', ') })), treatyLine);
  const guidance = item.references.find((r) => kind(r.instrument) === 'guidance');
  const guidanceAt = texts.findIndex((t) => t.includes(q.texts[`instruments.${guidance.instrument}`]));
  assert.ok(texts[guidanceAt].startsWith(q.ui['references.guidance']));
  assert.ok(texts.findIndex((t) => t === treatyLine) < guidanceAt, 'binding standards come first');
  await question.getByText(fill(q.ui['assessment.labelled'], { label: q.ui['references.guidance'], value: q.ui['references.guidance_binds'] }), { exact: false }).waitFor();

  // Guidance beside the answers: when "not applicable" fits, and where to look, as prompts.
  await question.getByText(q.texts[`items.${item.id}.not_applicable`]).waitFor();
  await question.getByText(q.ui['references.where_to_look']).click();
  for (const source of item.sources) {
    await question.getByText(fill(q.ui['assessment.labelled'], { label: q.texts[`sources.${source}.name`], value: q.texts[`sources.${source}.about`] })).waitFor();
  }
  await question.getByText(q.ui['references.prompts_not_benchmarks']).waitFor();

  // An article cited with its paragraph and letter, written the Greek way.
  const structured = (i) => (i.references ?? []).find((r) => q.structure.instruments.find((x) => x.id === r.instrument).cites === 'article' && r.at?.some((a) => !/^\d+$/.test(a)));
  const placeArea = q.areas.find((a) => a.items.some(structured));
  const placeItem = placeArea.items.find(structured);
  const placeAt = structured(placeItem).at.find((a) => !/^\d+$/.test(a));
  assert.notEqual(q.texts[`places.${placeAt}`], placeAt, 'Greek writes the place its own way');
  await page.getByRole('button', { name: q.ui['assessment.overview'], exact: true }).click();
  await page.getByRole('button', { name: q.texts[`pages.${placeArea.id}.title`], exact: true }).click();
  const placeQuestion = page.getByRole('group', { name: q.texts[`items.${placeItem.id}.text`], exact: true });
  await placeQuestion.getByText(q.ui['assessment.standards_and_action']).click();
  await placeQuestion.getByText(q.texts[`places.${placeAt}`], { exact: false }).first().waitFor();

  // A policy option: the standards say states may do it.
  const optionArea = q.areas.find((a) => a.items.some(q.isOption));
  const option = optionArea.items.find(q.isOption);
  await page.getByRole('button', { name: q.ui['assessment.overview'], exact: true }).click();
  await page.getByRole('button', { name: q.texts[`pages.${optionArea.id}.title`], exact: true }).click();
  const optionQuestion = page.getByRole('group', { name: q.texts[`items.${option.id}.text`], exact: true });
  await optionQuestion.getByText(q.ui['references.option']).waitFor();
  for (const d of q.dims(option)) await q.scale(page, option, d).getByRole('radio', { name: q.ui['assessment.option_not_taken'], exact: true }).check();
  const other = optionArea.items.find((i) => !q.isOption(i));
  for (const d of q.dims(other)) await q.scale(page, other, d).getByRole('radio', { name: q.status('no'), exact: true }).check();
  await page.getByRole('button', { name: q.ui['assessment.results'], exact: true }).click();
  const table = page.getByRole('table', { name: q.ui['assessment.table_caption'] });
  const header = (await table.getByRole('columnheader').allTextContents()).map((c) => c.trim());
  assert.equal(header[4], q.ui['assessment.option_not_taken']);
  const row = (await table.getByRole('row', { name: rowTitle(q, optionArea, 'law') }).locator('th, td').allTextContents()).map((c) => c.trim());
  assert.deepEqual(row.slice(3, 5), ['1', '1'], 'one standard not met, one option not taken');
  const plan = page.getByRole('region', { name: q.ui['assessment.action_plan'] });
  await plan.getByText(q.texts[`items.${other.id}.text`]).waitFor();
  assert.equal(await plan.getByText(q.texts[`items.${option.id}.text`]).count(), 0, 'an option not taken calls for no action');
  await page.getByText(plural(q.ui, 'el', 'report.options_not_taken', 'count', 1), { exact: false }).first().waitFor();
  await page.context().close();
});

test('a ministry and an organisation of people who use drugs disagree: each file names its role, the answers are grouped by side, and the agenda prints', async () => {
  const page = await app.page({ width: 1280, height: 900 });
  const q = await openAssessment(page, 'mk');
  // The ministry's file: its role, and the parties taking part.
  await page.getByRole('button', { name: q.ui['assessment.context'], exact: true }).click();
  await page.getByRole('textbox', { name: q.texts['items.assessors.text'] }).fill('Министерство за здравство');
  await page.getByRole('textbox', { name: q.texts['items.assessors.text'] }).press('Tab');
  await page.getByRole('combobox', { name: q.ui['parties.this_file'] }).selectOption('ministry');
  const parties = page.getByRole('group', { name: q.ui['parties.heading'] });
  await parties.getByText(q.ui['parties.none']).waitFor();
  const addParty = async (name, role) => {
    await parties.getByRole('button', { name: q.ui['parties.add'] }).click();
    const field = parties.getByRole('textbox', { name: q.ui['parties.name'] }).last();
    await field.waitFor();
    assert.ok(await field.evaluate((e) => e === document.activeElement), "the new party's name takes the focus");
    await page.keyboard.type(name);
    await page.keyboard.press('Tab');
    await parties.getByRole('combobox', { name: q.ui['parties.role'] }).last().selectOption(role);
  };
  await addParty('Министерство за здравство', 'ministry');
  await addParty('Омбудсман', 'nhri');
  await addParty('ХОПС', 'people_who_use_drugs');
  // One removed by its own button; the others keep what was typed.
  await parties.getByRole('button', { name: fill(q.ui['parties.remove'], { name: 'Омбудсман' }) }).click();
  assert.deepEqual(await parties.getByRole('textbox', { name: q.ui['parties.name'] }).evaluateAll((es) => es.map((e) => e.value)), ['Министерство за здравство', 'ХОПС']);
  // Who answers a question is shown with it.
  const area = q.areas[0];
  const item = area.items.find((i) => q.dims(i).length === 2 && i.lead);
  await page.getByRole('button', { name: q.ui['assessment.overview'], exact: true }).click();
  await page.getByRole('button', { name: q.texts[`pages.${area.id}.title`], exact: true }).click();
  const question = page.getByRole('group', { name: q.texts[`items.${item.id}.text`], exact: true });
  await question.getByText(fill(q.ui['assessment.labelled'], { label: q.ui['parties.lead'], value: q.texts[`bodies.${item.lead}`] })).waitFor();
  await question.getByText(fill(q.ui['assessment.labelled'], { label: q.ui['parties.consult'], value: item.consult.map((b) => q.texts[`bodies.${b}`]).join(', ') })).waitFor();
  await q.scale(page, item, 'law').getByRole('radio', { name: q.status('yes'), exact: true }).check();
  await q.scale(page, item, 'practice').getByRole('radio', { name: q.status('partly'), exact: true }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: q.ui['export.to_file'] }).click()]);
  const ministry = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(ministry.role, 'ministry');
  assert.deepEqual(ministry.parties, [{ name: 'Министерство за здравство', role: 'ministry' }, { name: 'ХОПС', role: 'people_who_use_drugs' }]);
  // The organisation's file: the same question, "no" in law.
  const community = structuredClone(ministry);
  community.role = 'people_who_use_drugs';
  community.answers.assessors = { text: 'ХОПС' };
  community.positions[item.id].law = 'no';
  community.notes = { [item.id]: 'Нема програма во затворите' };
  await page.getByRole('button', { name: q.ui['assessment.stakeholders'], exact: true }).click();
  // Added in the order community, then ministry: the view shows the government first.
  for (const f of [community, ministry]) {
    await page.getByLabel(q.ui['stakeholders.add']).setInputFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(f)) });
  }
  const label = (name, role) => `${name} (${q.ui[`parties.role_${role}`]})`;
  const position = page.getByRole('listitem').filter({ hasText: q.ui['stakeholders.major'] });
  await position.getByText(q.ui['parties.side_government'], { exact: true }).waitFor();
  const order = await position.getByRole('listitem').allTextContents();
  assert.ok(order[0].startsWith(label('Министерство за здравство', 'ministry')), order[0]);
  assert.ok(order[1].startsWith(label('ХОПС', 'people_who_use_drugs')) && order[1].includes('Нема програма во затворите'), order[1]);
  // The agenda: a page to print, with the parties by side and the disagreement.
  await page.getByRole('button', { name: q.ui['stakeholders.agenda_page'] }).click();
  const agenda = page.getByRole('region', { name: q.ui['stakeholders.agenda_heading'] });
  await agenda.getByText(q.ui['report.limits']).waitFor();
  for (const side of ['government', 'community']) await agenda.getByText(q.ui[`parties.side_${side}`], { exact: true }).first().waitFor();
  assert.equal(await agenda.getByText(q.ui['parties.side_nhri'], { exact: true }).count(), 0);
  await agenda.getByText(q.texts[`items.${item.id}.text`]).waitFor();
  await agenda.getByText(q.ui['stakeholders.major'], { exact: true }).waitFor();
  await agenda.getByRole('button', { name: q.ui['result.print'] }).waitFor();
  // The controls do not print.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await agenda.getByRole('button', { name: q.ui['result.print'] }).isVisible(), false);
  await page.emulateMedia({ media: 'screen' });
  await agenda.getByRole('button', { name: q.ui['stakeholders.back'] }).click();
  await page.getByRole('heading', { name: q.ui['assessment.stakeholders'], exact: true }).waitFor();
  await page.context().close();
});

test('a file saved with the questions of 2026.1 opens in the revised questions: every answer, note and follow-up kept, the new questions asked', async () => {
  const fixture = readFileSync(new URL('../fixtures/assessment-2026.1.json', import.meta.url), 'utf8');
  const old = JSON.parse(fixture);
  const page = await app.page({ width: 1280, height: 900 });
  const q = await openAssessment(page, 'ro');
  assert.notEqual(q.structure.version, old.questionnaire_version);
  await page.getByLabel(q.ui['import.open']).setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(fixture) });
  await page.getByRole('status').filter({ hasText: q.ui['import.opened'] }).waitFor();
  // The overview counts the new questions of health services, one of them answered.
  const health = q.areas.find((a) => a.id === 'health_services');
  assert.ok(health.items.length > 7);
  await page.getByRole('listitem').filter({ hasText: q.texts['pages.health_services.title'] }).getByText(fill(q.ui['assessment.progress'], { answered: 1, total: health.items.length })).waitFor();
  // Answers, evidence and notes are where they were.
  await openArea(page, q, 'detention');
  const detention4 = q.structure.pages.flatMap((p) => p.items).find((i) => i.id === 'detention_4');
  assert.ok(await q.scale(page, detention4, 'practice').getByRole('radio', { name: q.status('no'), exact: true }).isChecked());
  const group = page.getByRole('group', { name: q.texts['items.detention_4.text'], exact: true });
  assert.equal(await group.getByRole('textbox').last().inputValue(), old.notes.detention_4);
  // liberty_1 was split into an obligation and a policy option: its answer is shown beside each,
  // in its own terms and with its wording; both stay unanswered until the person answers them.
  await openArea(page, q, 'liberty');
  const liberty1 = q.structure.pages.flatMap((p) => p.items).find((i) => i.id === 'liberty_1');
  const words = q.dims(liberty1).map((d) => fill(q.ui['assessment.labelled'], { label: q.dimension(d), value: q.answer(liberty1, old.positions.liberty_1[d]) })).join(' · ');
  for (const id of ['liberty_9', 'liberty_10']) {
    const split = page.getByRole('group', { name: q.texts[`items.${id}.text`], exact: true });
    await split.getByText(fill(q.ui['assessment.earlier_answer'], { answer: words }), { exact: true }).waitFor();
    await split.getByText(fill(q.ui['assessment.earlier_question'], { question: q.texts['items.liberty_1.text'] }), { exact: true }).waitFor();
    assert.equal(await split.getByRole('radio', { checked: true }).count(), 0, `${id} is not answered for the person`);
  }
  // The plan keeps its follow-up; the retired liberty_1 asks for no action.
  await page.getByRole('button', { name: q.ui['assessment.results'], exact: true }).click();
  const plan = page.getByRole('region', { name: q.ui['assessment.action_plan'] });
  await plan.getByText(q.texts['items.health_services_2.text']).waitFor();
  const owners = await plan.getByRole('textbox', { name: q.ui['plan.owner'] }).evaluateAll((es) => es.map((e) => e.value).filter(Boolean));
  assert.deepEqual(owners.sort(), ['Ministry of Health', 'Prison administration']);
  for (const id of ['liberty_1', 'liberty_9', 'liberty_10']) assert.equal(await plan.getByText(q.texts[`items.${id}.text`]).count(), 0);
  await page.context().close();
});
