// Deep links, bad values, check-your-answers changes, Back/Forward and reload: all state is the
// URL fragment (contract.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, openPage, visit, cspViolations, stored } from './harness.mjs';
import { answer, continueWith, outcomeOf, assertOwnRequestsOnly } from './steps.mjs';

// The app's release build on 127.0.0.1 and a fresh headless Chromium, for this file.
const env = withApp();

// Today is the harness's 6 December 2026. A PQiP start of January 2027 is too soon to apply for
// (about six months, policy.md): the link still opens its result, counted from July 2027.
const CASES = [
  ['level=5&done=crime,cjs,penal&exp=yes&job=none&region=london&start=2027-01',
    { route: 'pqip-15', entry: 'national', months: '15', conditional: '', university: 'portsmouth', finish: '2028-10', qualified: '2028-10' }],
  ['level=6&done=crime,cjs&doing=penal&exp=yes&job=none&region=kent-surrey-sussex&hours=29.6&start=2027-07',
    { route: 'pqip-15', entry: 'national', months: '19', conditional: 'finish-third-module', university: 'de-montfort', finish: '2029-02', qualified: '2029-02' }],
  ['level=3&exp=no&job=pso&service=6&done=&region=north-east&start=2027-01',
    { route: 'pqip-21', entry: 'pso-progression', months: '21', conditional: '', university: 'sheffield-hallam', finish: '2029-04', qualified: '2029-04' }],
  ['level=4&exp=yes&l3vq=yes&job=none&region=north-west&start=2027-01',
    { route: 'cjl-access', entry: '', months: '15', conditional: '', university: 'cjl-providers', finish: '2028-04', qualified: '2030-10' }],
  ['level=2&exp=no&job=none&start=2027-01',
    { route: 'pso-pathway', entry: '', months: '12', conditional: '', university: '', finish: '2028-01', qualified: '2030-04' }],
  ['qualified=pqf&qualyear=2012',
    { route: 'already-qualified', entry: '', months: '0', conditional: '', university: '', finish: '', qualified: '' }],
];

for (const [fragment, want] of CASES) {
  test(`a complete link opens the result: ${want.route} ${want.entry}`, async () => {
    const { page, requests, errors } = await openPage(env.chrome.context);
    await visit(page, env.server.origin, fragment);
    assert.deepEqual(await outcomeOf(page), want);
    assert.deepEqual(errors, []);
    assertOwnRequestsOnly(requests, env.server.origin);
    assert.deepEqual(await cspViolations(page), []);
    await page.close();
  });
}

test('a partial link opens the first unanswered question and keeps the answers', async () => {
  const { page } = await openPage(env.chrome.context);
  await visit(page, env.server.origin, 'level=6&exp=yes&region=wales');
  await page.getByRole('heading', { level: 1, name: /work for the Probation Service/ }).waitFor();
  await answer(page, { q: /work for the Probation Service/, pick: ['Neither of these'] });
  await page.getByRole('heading', { level: 1, name: /modules have you finished/ }).waitFor();
  assert.match(page.url(), /region=wales/);
  await page.close();
});

test('a bad value opens its question with the error, keeping every other answer', async () => {
  const { page, errors } = await openPage(env.chrome.context);
  await visit(page, env.server.origin, 'level=9&done=crime,cjs,penal&exp=yes&job=none&region=london&start=2027-01');
  const summary = page.locator('.error-summary');
  await summary.waitFor();
  assert.equal(await summary.getByRole('heading').textContent(), 'There is a problem');
  await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
  assert.match(await page.title(), /^Error: What is the highest level/);
  assert.ok(await page.locator('.error-message').isVisible());
  // The summary's link moves focus to the field.
  await summary.getByRole('link').click();
  await page.waitForFunction(() => document.activeElement?.id === 'level-0');
  await answer(page, { q: /highest level/, pick: ['Level 5'] });
  // Walking on, the other answers are still there: straight on through to check answers.
  // Questions already answered by the link are not asked again; those still open are.
  await answer(page, { q: /outside the UK/, pick: ['No'] });
  await answer(page, { q: /hours a week/, pick: ['Full time (37 hours a week)'] });
  await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
  const rows = await page.locator('.summary-list__row').allTextContents();
  assert.ok(rows.some((r) => r.includes('London')), rows.join('|'));
  assert.deepEqual(errors, []);
  await page.close();
});

for (const [fragment, field] of [
  ['region=mars&level=6&exp=yes&job=none&done=', /Which region/],
  ['hours=40&level=6&exp=yes&job=none&done=&region=london', /hours a week/],
  ['start=3000-01&level=6&exp=yes&job=none&done=&region=london', /When could you start the PQiP/],
  ['service=abc&level=3&job=pso', /months have you worked as a PSO/],
]) {
  test(`bad value ${fragment.split('&')[0]} shows its error on the right question`, async () => {
    const { page } = await openPage(env.chrome.context);
    await visit(page, env.server.origin, fragment);
    await page.getByRole('heading', { level: 1, name: field }).waitFor();
    assert.ok(await page.locator('.error-summary').isVisible());
    assert.ok((await page.locator('.error-message').textContent()).length > 10);
    await page.close();
  });
}

test('an empty answer shows an error, and fixing it moves on', async () => {
  const { page } = await openPage(env.chrome.context);
  await visit(page, env.server.origin, 'page=level');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('.error-summary').waitFor();
  assert.match(await page.title(), /^Error: /);
  await answer(page, { q: /highest level/, pick: ['Level 7'] });
  await page.getByRole('heading', { level: 1, name: /outside the UK/ }).waitFor();
  await page.close();
});

test('changing an answer from check your answers keeps the others and returns there', async () => {
  const { page } = await openPage(env.chrome.context);
  await visit(page, env.server.origin, 'page=check&level=5&done=crime,cjs,penal&exp=yes&job=none&region=london&start=2027-01');
  await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
  await page.getByRole('link', { name: 'Change region' }).click();
  await answer(page, { q: /Which region/, pick: ['Wales'] });
  await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
  const text = await page.locator('.summary-list').textContent();
  assert.ok(text.includes('Wales') && text.includes('Level 5') && text.includes('Rehabilitation') === false);
  await page.getByRole('button', { name: 'See your route' }).click();
  const o = await outcomeOf(page);
  assert.equal(o.route, 'pqip-15');
  assert.equal(o.finish, '2028-10');
  await page.close();
});

test('Back and Forward move between questions, and reload keeps everything', async () => {
  const { page } = await openPage(env.chrome.context);
  await visit(page, env.server.origin);
  await page.getByRole('button', { name: 'Start now' }).click();
  await answer(page, { q: /probation qualification/, pick: ['No, I do not'] });
  await answer(page, { q: /highest level/, pick: ['Level 6'] });
  await page.getByRole('heading', { level: 1, name: /outside the UK/ }).waitFor();
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: /highest level/ }).waitFor();
  assert.ok(await page.getByLabel('Level 6', { exact: true }).isChecked(), 'the answer is kept going back');
  await page.goForward();
  await page.getByRole('heading', { level: 1, name: /outside the UK/ }).waitFor();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: /outside the UK/ }).waitFor();
  assert.match(page.url(), /level=6/);
  // The back link goes to the previous question.
  await page.getByRole('link', { name: 'Back' }).click();
  await page.getByRole('heading', { level: 1, name: /highest level/ }).waitFor();
  await page.close();
});

test('nothing is written to cookies or storage', async () => {
  const { page } = await openPage(env.chrome.context);
  await visit(page, env.server.origin, 'level=5&done=crime,cjs,penal&exp=yes&job=none&region=london&start=2027-01');
  await page.locator('main[data-outcome]').waitFor();
  assert.deepEqual(await stored(page), { cookies: '', local: 0, session: 0, indexedDb: 0 });
  await page.close();
});

test('"none" and the modules exclude each other, as GOV.UK checkboxes do', async () => {
  const { page } = await openPage(env.chrome.context);
  await visit(page, env.server.origin, 'page=done&level=6&exp=yes&job=none');
  await page.getByLabel('Crime and Criminal Behaviour').check();
  await page.getByLabel('I have not finished any of these').check();
  assert.equal(await page.getByLabel('Crime and Criminal Behaviour').isChecked(), false);
  await page.getByLabel('Rehabilitation of Offenders').check();
  assert.equal(await page.getByLabel('I have not finished any of these').isChecked(), false);
  await page.close();
});

test('the app works from a folder of a host, not only its root', async () => {
  const { serve } = await import('./harness.mjs');
  const folder = await serve(undefined, {}, { folder: '/tools/probation/' });
  try {
    const { page, requests, errors } = await openPage(env.chrome.context);
    await visit(page, `${folder.origin}/tools/probation`, CASES[0][0]);
    assert.deepEqual(await outcomeOf(page), CASES[0][1]);
    assert.deepEqual(errors, []);
    assert.ok(requests.every((u) => u.startsWith(`${folder.origin}/tools/probation/`)), requests.join('\n'));
    await page.close();
  } finally {
    await folder.close();
  }
});

test('a bad value holding &, =, %, # and accented letters stays percent-encoded in the links the app writes', async () => {
  const { page, errors } = await openPage(env.chrome.context);
  // "1&level=9%#ŵ é", as a partner's page or a browser writes it in a link.
  const typed = '1&level=9%#ŵ é';
  const bad = 'service=1%26level%3D9%25%23%C5%B5%20%C3%A9';
  await visit(page, env.server.origin, `level=3&overseas=no&job=pso&${bad}`);
  const field = page.getByLabel(/months have you worked as a PSO|wedi gweithio fel PSO/);
  assert.equal(await field.inputValue(), typed);
  // The back link and the language switch are links the app wrote with the value still in them.
  // Written raw, it would become level=9 and a second fragment after the #.
  const keys = (link) => link.replace(/^#/, '').split('&');
  const keeps = (link) => {
    assert.ok(keys(link).includes(bad), link);
    assert.deepEqual(keys(link).filter((k) => k.startsWith('level=')), ['level=3'], link);
  };
  keeps(await page.getByRole('link', { name: 'Back' }).getAttribute('href'));
  keeps(await page.getByRole('link', { name: 'Cymraeg' }).getAttribute('href'));
  // Following one: the same question in Welsh, with the value as typed and its error.
  await page.getByRole('link', { name: 'Cymraeg' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'cy' && document.querySelector('main h1'));
  keeps(new URL(page.url()).hash);
  assert.equal(await field.inputValue(), typed);
  assert.ok(await page.locator('.error-summary').isVisible());
  assert.deepEqual(errors, []);
  await page.close();
});
