// Hints and errors are announced with their field: on every question page, in both languages, the
// question's hint and (after a bad value from a link) its error message are in the description of
// every control, through aria-describedby on the control or its fieldset; inputs holding a bad
// value carry aria-invalid. axe does not flag a hint or error left out of the description, and a
// screen reader user who tabs to the field would not hear it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, openPage, visit } from './harness.mjs';

const env = withApp();

const BEFORE_REGION = 'qualified=none&level=6&overseas=no&job=none&exp=yes&done=crime,cjs,penal';
// Each question: the answers that make it the page to show, and a bad value for it.
const QUESTIONS = [
  ['qualified', '', 'qualified=phd'],
  ['qualyear', 'qualified=pqf', 'qualyear=1900'],
  ['level', 'qualified=none', 'level=9'],
  ['overseas', 'qualified=none&level=6', 'overseas=maybe'],
  ['job', 'qualified=none&level=6&overseas=no', 'job=judge'],
  ['service', 'qualified=none&level=3&overseas=no&job=pso', 'service=1%26level%3D9'],
  ['credits5', 'qualified=none&level=5&overseas=no&job=moj', 'credits5=maybe'],
  ['exp', 'qualified=none&level=6&overseas=no&job=none', 'exp=maybe'],
  ['l3vq', 'qualified=none&level=3&overseas=no&job=none&exp=yes', 'l3vq=maybe'],
  ['done', 'qualified=none&level=6&overseas=no&job=none&exp=yes', 'done=law'],
  ['doing', 'qualified=none&level=6&overseas=no&job=none&exp=yes&done=crime,cjs', 'doing=law'],
  ['region', BEFORE_REGION, 'region=mars'],
  ['hours', `${BEFORE_REGION}&region=london`, 'hours=40'],
  // A month that is not one: only the month box is marked (issue 31).
  ['start', `${BEFORE_REGION}&region=london&hours=37`, 'start=2027-13', ['start-month']],
  ['diploma', 'qualified=none&level=2&overseas=no&job=pso&service=4', 'diploma=2027-13', ['diploma-month']],
];

/** What the page's form tells assistive technology, read in the page. */
function readForm() {
  const form = document.querySelector('main form');
  const text = (el) => el.textContent.replace(/\s+/g, ' ').trim();
  const described = (el) => {
    const ids = (el?.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    return {
      text: ids.map((id) => document.getElementById(id)).filter(Boolean).map(text).join(' '),
      missing: ids.filter((id) => !document.getElementById(id)),
    };
  };
  const controls = [...form.querySelectorAll('input, select, textarea')]
    .filter((c) => !['hidden', 'submit', 'button'].includes(c.type));
  const item = (hint) => hint.closest('.radios__item, .checkboxes__item');
  return {
    questionHints: [...form.querySelectorAll('.hint')].filter((h) => !item(h)).map(text),
    itemHints: [...form.querySelectorAll('.hint')].filter(item)
      .map((h) => ({ hint: text(h), input: described(item(h).querySelector('input')) })),
    errorMessages: [...form.querySelectorAll('.error-message')].map(text),
    summary: [...document.querySelectorAll('[role=alert] a')].map(text),
    controls: controls.map((c) => ({
      name: c.name,
      type: c.type,
      invalid: c.getAttribute('aria-invalid'),
      own: described(c),
      group: described(c.closest('fieldset')),
    })),
    invalidElsewhere: [...document.querySelectorAll('[aria-invalid]')].filter((e) => !controls.includes(e)).length,
  };
}

/** Opens `fragment` in a fresh tab and checks the wiring; returns how many question hints it had. */
async function check(key, fragment, withError, marked) {
  const where = `#${fragment}`;
  const { page, errors } = await openPage(env.chrome.context);
  await visit(page, env.server.origin, fragment);
  const f = await page.evaluate(readForm);
  assert.ok(f.controls.some((c) => c.name === key), `${where}: not the ${key} page (${f.controls.map((c) => c.name)})`);
  assert.ok(f.questionHints.length <= 1, `${where}: ${f.questionHints}`);
  if (withError) {
    assert.equal(f.summary.length, 1, `${where}: error summary`);
    assert.equal(f.errorMessages.length, 1, `${where}: one error message by the field`);
    assert.ok(f.errorMessages[0].includes(f.summary[0]), `${where}: ${f.errorMessages[0]} / ${f.summary[0]}`);
  } else {
    assert.deepEqual([f.summary, f.errorMessages], [[], []], `${where}: an error without a bad value`);
  }
  for (const c of f.controls) {
    const at = `${where}: ${c.type} ${c.name}`;
    assert.deepEqual([...c.own.missing, ...c.group.missing], [], `${at}: aria-describedby names no element`);
    const heard = `${c.own.text} ${c.group.text}`;
    for (const hint of f.questionHints) assert.ok(heard.includes(hint), `${at}: hint "${hint}" not in "${heard}"`);
    for (const e of f.errorMessages) assert.ok(heard.includes(e), `${at}: error "${e}" not in "${heard}"`);
    const typed = c.type === 'text' || c.type === 'number';
    // A page with one text box marks it; one with several (a month and a year, under two
    // choices) marks only the boxes the error is about.
    if (withError && typed && !marked) assert.equal(c.invalid, 'true', `${at}: aria-invalid on a field in error`);
    if (withError && typed && marked) {
      assert.equal(c.invalid, marked.includes(c.name) ? 'true' : null, `${at}: aria-invalid only on ${marked}`);
    }
    if (!withError) assert.equal(c.invalid, null, `${at}: aria-invalid without an error`);
  }
  for (const { hint, input } of f.itemHints) {
    assert.ok(input.text.includes(hint), `${where}: choice hint "${hint}" not in its input's description`);
  }
  assert.equal(f.invalidElsewhere, 0, `${where}: aria-invalid on something that is not a control`);
  assert.deepEqual(errors, []);
  await page.close();
  return f.questionHints.length;
}

for (const lang of ['en', 'cy']) {
  const hints = [];
  for (const [key, before, bad, marked] of QUESTIONS) {
    test(`${lang}: the ${key} page announces its hint, and its error after ${bad}`, async () => {
      const join = (...parts) => parts.filter(Boolean).join('&');
      hints.push(await check(key, join(`page=${key}`, before, `lang=${lang}`), false));
      await check(key, join(before, bad, `lang=${lang}`), true, marked);
    });
  }
  test(`${lang}: the hint checks above found the hints`, () => {
    // Thirteen of the fifteen question pages have a hint; a renamed hint class would otherwise
    // make every hint check above pass without looking at anything.
    assert.equal(hints.length, QUESTIONS.length);
    assert.ok(hints.reduce((a, b) => a + b, 0) >= 13, `${hints}`);
  });
}
