// Complete journeys by clicking, for every route, against the release build in headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, openPage, visit, cspViolations, stored } from './harness.mjs';
import { answer, outcomeOf, assertOwnRequestsOnly } from './steps.mjs';

// The app's release build on 127.0.0.1 and a fresh headless Chromium, for this file.
const env = withApp();

/** Starts from the start page and answers each step by its visible labels. */
async function journey(steps) {
  const { page, requests, errors } = await openPage(env.chrome.context);
  await visit(page, env.server.origin);
  await page.getByRole('button', { name: 'Start now' }).click();
  for (const step of steps) {
    await answer(page, step);
  }
  await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
  await page.getByRole('button', { name: 'See your route' }).click();
  await page.locator('main[data-outcome]').waitFor();
  const outcome = await outcomeOf(page);
  assert.deepEqual(errors, [], 'no errors in the console');
  assertOwnRequestsOnly(requests, env.server.origin);
  assert.deepEqual(await cspViolations(page), [], 'no Content Security Policy violations');
  assert.deepEqual(await stored(page), { cookies: '', local: 0, session: 0, indexedDb: 0 });
  console.log(`journey to ${outcome.route}/${outcome.entry || '-'}: ${requests.length} requests, all to ${env.server.origin}`);
  await page.close();
  return outcome;
}

const notQualified = { q: 'Do you already have a probation qualification?', pick: ['No, I do not'] };
const fullTime = { q: 'How many hours a week do you want to work?', pick: ['Full time (37 hours a week)'] };
// The PQiP's start: the first intake they could join if they apply now (policy.md).
const nextStart = { q: 'When could you start the PQiP?', pick: [/^If I apply now: /] };
// Off the PQiP routes the PQiP comes at the end of the journey, and the start is the route's own.
const laterPqipFullTime = { q: 'When you train on the PQiP, how many hours a week do you want to work?', pick: ['Full time (37 hours a week)'] };

test('PQiP 15 months, national campaign, by clicking', async () => {
  const o = await journey([
    notQualified,
    { q: 'What is the highest level of qualification you have?', pick: ['Level 5'] },
    { q: 'Did you get this qualification outside the UK?', pick: ['No'] },
    { q: /work for the Probation Service/, pick: ['Neither of these'] },
    { q: /Have you worked with people/, pick: ['Yes'] },
    { q: /knowledge modules have you finished/, pick: ['Crime and Criminal Behaviour', 'Criminal Justice System', 'Rehabilitation of Offenders'] },
    { q: 'Which region do you want to work in?', pick: ['London'] },
    fullTime,
    nextStart,
  ]);
  assert.equal(o.route, 'pqip-15');
  assert.equal(o.entry, 'national');
  assert.equal(o.months, '15');
  assert.equal(o.university, 'portsmouth');
  assert.equal(o.conditional, '');
  assert.match(o.finish, /^\d{4}-\d{2}$/);
});

// A Level 6 with experience, two modules finished and the third in progress, in Kent, Surrey and Sussex.
const degreeTwoModulesThirdStarted = [
  notQualified,
  { q: /highest level/, pick: ['Level 6'] },
  { q: /outside the UK/, pick: ['No'] },
  { q: /work for the Probation Service/, pick: ['Neither of these'] },
  { q: /Have you worked with people/, pick: ['Yes'] },
  { q: /modules have you finished/, pick: ['Crime and Criminal Behaviour', 'Criminal Justice System'] },
  { q: /studying any of the other modules/, pick: ['Penal Policy and Punishment of Offenders'] },
  { q: /Which region/, pick: ['Kent, Surrey and Sussex'] },
];

test('PQiP 15 months conditional on the third module, part time', async () => {
  const o = await journey([
    ...degreeTwoModulesThirdStarted,
    { q: /hours a week/, pick: ['Part time'], fill: { 'Hours a week': '22.2' } },
    { q: /When could you start the PQiP/, pick: ['A later intake'], fill: { 'Month, A later intake': '7', 'Year, A later intake': '2027' } },
  ]);
  assert.equal(o.route, 'pqip-15');
  assert.equal(o.conditional, 'finish-third-module');
  assert.equal(o.months, '25');
  assert.equal(o.university, 'de-montfort');
  assert.equal(o.finish, '2029-08');
});

test('hours and a month typed without ticking their choice are the ones used', async () => {
  // The boxes are on screen whatever is chosen, and the start's first choice is ticked from the
  // start: typing chooses the box's own choice, or the month would be dropped unseen.
  const o = await journey([
    ...degreeTwoModulesThirdStarted,
    { q: /hours a week/, fill: { 'Hours a week': '22.2' } },
    { q: /When could you start the PQiP/, fill: { 'Month, A later intake': '7', 'Year, A later intake': '2027' } },
  ]);
  assert.equal(o.months, '25');
  assert.equal(o.finish, '2029-08');
});

test('PQiP 21 months through PSO Progression', async () => {
  const o = await journey([
    notQualified,
    { q: /highest level/, pick: ['Level 3'] },
    { q: /outside the UK/, pick: ['No'] },
    { q: /work for the Probation Service/, pick: ['Probation Services Officer (PSO) in the Probation Service'] },
    { q: /months have you worked as a PSO/, fill: { 'How many months have you worked as a PSO?': '6' } },
    // A serving PSO's work is relevant experience: the question is not asked (policy.md).
    { q: /modules have you finished/, pick: ['I have not finished any of these'] },
    { q: /Which region/, pick: ['North West'] },
    fullTime,
    nextStart,
  ]);
  assert.equal(o.route, 'pqip-21');
  assert.equal(o.entry, 'pso-progression');
  assert.equal(o.months, '21');
  assert.equal(o.university, 'liverpool-john-moores');
});

test('PQiP through the Internal MoJ route', async () => {
  const o = await journey([
    notQualified,
    { q: /highest level/, pick: ['Level 5'] },
    { q: /outside the UK/, pick: ['Yes'] },
    { q: /work for the Probation Service/, pick: ['Another job in the Ministry of Justice'] },
    { q: /120 credits at Level 5/, pick: ['Yes'] },
    { q: /Have you worked with people/, pick: ['No'] },
    { q: /modules have you finished/, pick: ['Crime and Criminal Behaviour', 'Criminal Justice System', 'Penal Policy and Punishment of Offenders', 'Rehabilitation of Offenders'] },
    { q: /Which region/, pick: ['Wales'] },
    fullTime,
    nextStart,
  ]);
  assert.equal(o.route, 'pqip-15');
  assert.equal(o.entry, 'internal-moj');
  assert.equal(o.university, 'portsmouth');
});

test('CJL access route', async () => {
  const o = await journey([
    notQualified,
    { q: /highest level/, pick: ['Level 4'] },
    { q: /outside the UK/, pick: ['No'] },
    { q: /work for the Probation Service/, pick: ['Neither of these'] },
    { q: /Have you worked with people/, pick: ['Yes'] },
    { q: /relevant Level 3 vocational qualification/, pick: ['Yes'] },
    // The PQiP at the end of the journey depends on the modules, the region and the hours.
    { q: /modules have you finished/, pick: ['I have not finished any of these'] },
    { q: /Which region/, pick: ['Greater Manchester'] },
    laterPqipFullTime,
    { q: 'When could you start the access route?', pick: [/^Not sure: count from /] },
  ]);
  assert.equal(o.route, 'cjl-access');
  assert.equal(o.entry, '');
  assert.equal(o.months, '15');
  assert.equal(o.university, 'cjl-providers');
  assert.match(o.qualified, /^\d{4}-\d{2}$/);
  assert.ok(o.qualified > o.finish, 'qualifying comes after the access study');
});

test('PSO pathway', async () => {
  const o = await journey([
    notQualified,
    { q: /highest level/, pick: ['No qualifications, or entry level'] },
    { q: /work for the Probation Service/, pick: ['Neither of these'] },
    { q: /Have you worked with people/, pick: ['No'] },
    { q: /modules have you finished/, pick: ['I have not finished any of these'] },
    { q: /Which region/, pick: ['Wales'] },
    { q: 'When you train on the PQiP, how many hours a week do you want to work?', pick: ['Part time'], fill: { 'Hours a week': '29.6' } },
    { q: 'When could you start work as a Probation Services Officer (PSO)?', pick: [/^Not sure: count from /] },
  ]);
  assert.equal(o.route, 'pso-pathway');
  assert.equal(o.months, '12');
  assert.equal(o.university, '');
  assert.ok(o.qualified > o.finish, 'qualifying comes after the Diploma');
});

test('A serving PSO is not asked when they would start', async () => {
  const o = await journey([
    notQualified,
    { q: /highest level/, pick: ['Level 4'] },
    { q: /outside the UK/, pick: ['No'] },
    { q: /work for the Probation Service/, pick: ['Probation Services Officer (PSO) in the Probation Service'] },
    { q: /months have you worked as a PSO/, fill: { 'How many months have you worked as a PSO?': '2' } },
    { q: /modules have you finished/, pick: ['I have not finished any of these'] },
    { q: /Which region/, pick: ['London'] },
    laterPqipFullTime,
  ]);
  assert.equal(o.route, 'pso-pathway');
  assert.match(o.qualified, /^\d{4}-\d{2}$/);
});

test('Already qualified', async () => {
  const o = await journey([
    { q: /probation qualification/, pick: ['Diploma in Probation Studies (DipPS)'] },
    { q: 'What year did you qualify?', fill: { 'What year did you qualify?': '2005' } },
  ]);
  assert.equal(o.route, 'already-qualified');
  assert.equal(o.months, '0');
  assert.equal(o.finish, '');
  assert.equal(o.qualified, '');
});

test('keyboard alone completes a journey', async () => {
  const { page, errors } = await openPage(env.chrome.context);
  await visit(page, env.server.origin);
  // Tab to "Start now" and press Enter.
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent ?? '')).includes('Start now')) break;
  }
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: /probation qualification/ }).waitFor();
  // Each question: Tab into the first radio (arrow keys move within the group), then to Continue.
  const keys = async (...seq) => { for (const k of seq) await page.keyboard.press(k); };
  const focusFirstField = async () => {
    // Focus lands on the new page's heading first; Tab goes on from there.
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      const tag = await page.evaluate(() => document.activeElement?.tagName);
      if (tag === 'INPUT') return;
    }
    throw new Error('no field reached by Tab');
  };
  const submit = async () => {
    for (let i = 0; i < 20; i++) {
      const isButton = await page.evaluate(() => document.activeElement?.tagName === 'BUTTON');
      if (isButton) break;
      await page.keyboard.press('Tab');
    }
    const before = await page.locator('main h1').textContent();
    await page.keyboard.press('Enter');
    await page.waitForFunction((b) => document.querySelector('main h1')?.textContent !== b, before);
  };
  await focusFirstField(); await keys('Space'); await submit();                       // qualified: No
  await focusFirstField(); await keys('ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown'); await submit(); // level 5
  await focusFirstField(); await keys('ArrowRight'); await submit();                   // overseas: No
  await focusFirstField(); await keys('Space'); await submit();                        // job: neither
  await focusFirstField(); await keys('Space'); await submit();                        // experience: yes
  await focusFirstField(); await keys('Space', 'Tab', 'Space', 'Tab', 'Space'); await submit(); // three modules
  await focusFirstField(); await keys('ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown'); await submit(); // London
  await focusFirstField(); await keys('Space'); await submit();                        // full time
  await focusFirstField(); await keys('Space'); await submit();                        // next start
  await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
  await page.getByRole('button', { name: 'See your route' }).focus();
  await page.keyboard.press('Enter');
  await page.locator('main[data-outcome]').waitFor();
  const o = await outcomeOf(page);
  assert.equal(o.route, 'pqip-15');
  assert.equal(o.university, 'portsmouth');
  assert.deepEqual(errors, []);
  await page.close();
});

test('focus moves to the heading on each page change', async () => {
  const { page } = await openPage(env.chrome.context);
  await visit(page, env.server.origin);
  await page.getByRole('button', { name: 'Start now' }).click();
  await page.getByRole('heading', { level: 1, name: /probation qualification/ }).waitFor();
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  assert.match(await page.title(), /^Do you already have a probation qualification\? – /);
  await page.close();
});

