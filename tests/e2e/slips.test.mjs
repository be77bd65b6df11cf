// People who slip (issue 31), in English and Welsh: part-time hours that part time does not allow
// get words that say what to do, a decimal comma is taken, and switching language keeps an answer
// typed or chosen but not yet sent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, openPage, visit, cspViolations } from './harness.mjs';

// The app's release build on 127.0.0.1 and a fresh headless Chromium, for this file.
const env = withApp();

const SO_FAR = 'level=6&done=crime,cjs,penal&exp=yes&job=none&region=london';

const WORDS = {
  en: {
    part: 'Part time', box: 'Hours a week', next: 'Continue', check: 'Check your answers', other: 'Cymraeg',
    fullTime: /choose full time/i, partTime: (h) => `Part time (${h} hours a week)`,
  },
  cy: {
    part: 'Rhan amser', box: "Oriau'r wythnos", next: 'Parhau', check: 'Gwirio eich atebion', other: 'English',
    fullTime: /dewiswch lawn amser/i, partTime: (h) => `Rhan amser (${h} awr yr wythnos)`,
  },
};

/** Sends part-time hours `typed` and returns the error message shown, or null when taken. */
async function sendHours(page, w, typed) {
  await page.getByLabel(w.part, { exact: true }).check();
  await page.getByLabel(w.box, { exact: true }).fill(typed);
  const question = await page.locator('main h1').textContent();
  await page.evaluate(() => document.querySelector('.error-summary')?.remove());
  await page.getByRole('button', { name: w.next }).click();
  await page.waitForFunction((h) => document.querySelector('.error-summary')
    || document.querySelector('main h1')?.textContent !== h, question);
  const error = page.locator('.error-message');
  return (await error.count()) ? (await error.innerText()).replace(/^(Error|Gwall):\s*/, '') : null;
}

for (const [lang, w] of Object.entries(WORDS)) {
  test(`part-time hours part time does not allow: each mistake says what to do (${lang})`, async () => {
    const { page, errors } = await openPage(env.chrome.context);
    await visit(page, env.server.origin, `page=hours&lang=${lang}&${SO_FAR}`);
    const forty = await sendHours(page, w, '40');
    const thirty = await sendHours(page, w, '30');
    const twenty = await sendHours(page, w, '20');
    // Above full time: choose full time, or part-time hours in the range.
    assert.match(forty, w.fullTime);
    assert.ok(forty.includes('22.2') && forty.includes('29.6'), forty);
    // Above part time: at most 29.6, or full time.
    assert.match(thirty, w.fullTime);
    assert.ok(thirty.includes('29.6') && !thirty.includes('22.2'), thirty);
    // Below part time: at least 22.2; full time is no help.
    assert.ok(twenty.includes('22.2') && !twenty.includes('29.6'), twenty);
    assert.doesNotMatch(twenty, w.fullTime);
    assert.equal(new Set([forty, thirty, twenty]).size, 3, 'a message for each mistake');
    // The box keeps what was typed, marked as the one to correct.
    assert.equal(await page.getByLabel(w.box, { exact: true }).inputValue(), '20');
    assert.equal(await page.getByLabel(w.box, { exact: true }).getAttribute('aria-invalid'), 'true');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test(`a decimal comma is taken: "25,5" is 25.5 hours (${lang})`, async () => {
    const { page, errors } = await openPage(env.chrome.context);
    await visit(page, env.server.origin, `page=hours&lang=${lang}&${SO_FAR}`);
    assert.equal(await sendHours(page, w, '25,5'), null);
    assert.match(page.url(), /hours=25\.5(&|$)/);
    // The start question comes next; its first choice is the default.
    await page.getByRole('button', { name: w.next }).click();
    await page.getByRole('heading', { level: 1, name: w.check }).waitFor();
    assert.ok((await page.locator('.summary-list').innerText()).includes(w.partTime('25.5')));
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('switching language keeps what was typed but not sent: English to Welsh (a reload into the Welsh build)', async () => {
  const { page, errors } = await openPage(env.chrome.context);
  await visit(page, env.server.origin, `page=hours&${SO_FAR}&hours=37`);
  await page.getByLabel('Part time', { exact: true }).check();
  await page.getByLabel('Hours a week', { exact: true }).fill('25,5');
  await page.getByRole('link', { name: 'Cymraeg' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'cy' && document.querySelector('main h1'));
  assert.ok(await page.getByLabel('Rhan amser', { exact: true }).isChecked(), 'part time stays chosen');
  assert.equal(await page.getByLabel("Oriau'r wythnos", { exact: true }).inputValue(), '25,5');
  assert.equal(await page.locator('.error-summary').count(), 0, 'nothing was sent, so no error');
  // Sent in Welsh, it is the answer.
  await page.getByRole('button', { name: 'Parhau' }).click();
  await page.getByRole('button', { name: 'Parhau' }).click();
  await page.getByRole('heading', { level: 1, name: 'Gwirio eich atebion' }).waitFor();
  assert.ok((await page.locator('.summary-list').innerText()).includes('Rhan amser (25.5 awr yr wythnos)'));
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('switching language keeps what was chosen or typed but not sent: Welsh to English', async () => {
  const { page, errors } = await openPage(env.chrome.context);
  await visit(page, env.server.origin, `page=region&lang=cy&${SO_FAR.replace('&region=london', '')}`);
  await page.getByLabel('Cymru', { exact: true }).check();
  await page.getByRole('link', { name: 'English' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en' && document.querySelector('main h1'));
  assert.ok(await page.getByLabel('Wales', { exact: true }).isChecked(), 'Wales stays chosen');
  // A number typed in a box, the same way.
  await visit(page, env.server.origin, 'page=service&lang=cy&level=3&exp=no&job=pso');
  await page.locator('input[name=service]').fill('7');
  await page.getByRole('link', { name: 'English' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en' && document.querySelector('main h1'));
  assert.equal(await page.locator('input[name=service]').inputValue(), '7');
  assert.deepEqual(errors, []);
  await page.close();
});
