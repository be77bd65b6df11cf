// A journey a person could follow from today (issue 29; policy.md, "The whole journey", revised
// December 2026): the seven people who found the dates too early, each walked or linked in the
// release build, on the harness's fixed day, 6 December 2026. Applying takes about six months, so
// the PQiP starts in July 2027 at the soonest; modules before applying take time; a serving PSO
// below Level 3 has the Diploma still to finish; every route open is compared, the fastest seen on
// a phone; links keep their meaning.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { withApp, openPage, visit, cspViolations } from './harness.mjs';
import { answer, outcomeOf, assertOwnRequestsOnly } from './steps.mjs';

const env = withApp();

async function open(fragment, { width = 1280, height = 900 } = {}) {
  const opened = await openPage(env.chrome.context);
  await opened.page.setViewportSize({ width, height });
  await visit(opened.page, env.server.origin, fragment);
  return opened;
}

/** The top-level stages of the journey on the page. */
const stagesOf = (page) =>
  page.locator('[data-journey] > [data-stage]').evaluateAll((els) =>
    els.map((e) => [e.dataset.stage, e.dataset.from, e.dataset.to]));

/** The compared routes: [data-option, data-route, data-qualified, fastest, likely]. */
const optionsOf = (page) =>
  page.locator('[data-routes] [data-option]').evaluateAll((els) =>
    els.map((e) => [e.dataset.option, e.dataset.route, e.dataset.qualified, e.hasAttribute('data-fastest'), e.hasAttribute('data-likely')]));

const mainText = async (page) => (await page.locator('main').innerText()).replace(/\s+/g, ' ');

async function finish(page, errors, requests) {
  assert.deepEqual(errors, [], 'no errors in the console');
  assert.deepEqual(await cspViolations(page), []);
  assertOwnRequestsOnly(requests, env.server.origin);
  await page.close();
}

test('applying comes first: a degree in December starts the PQiP in July 2027, not next month', async () => {
  const { page, errors, requests } = await open('page=qualified');
  await answer(page, { q: /probation qualification/, pick: ['No, I do not'] });
  await answer(page, { q: /highest level/, pick: ['Level 6'] });
  await answer(page, { q: /outside the UK/, pick: ['No'] });
  await answer(page, { q: /work for the Probation Service/, pick: ['Neither of these'] });
  await answer(page, { q: /Have you worked with people/, pick: ['Yes'] });
  await answer(page, { q: /modules have you finished/, pick: ['Crime and Criminal Behaviour', 'Criminal Justice System', 'Penal Policy and Punishment of Offenders'] });
  await answer(page, { q: /Which region/, pick: ['London'] });
  await answer(page, { q: /hours a week/, pick: ['Full time (37 hours a week)'] });
  // The start question says how long applying takes and offers the first intake after it.
  await page.getByRole('heading', { level: 1, name: 'When could you start the PQiP?' }).waitFor();
  assert.ok((await mainText(page)).includes('Applying takes about 6 months'));
  // January 2027 is too soon for someone who has not applied: a clear error saying when.
  await answer(page, { q: /When could you start the PQiP/, pick: ['A later intake'], fill: { 'Month, A later intake': '1', 'Year, A later intake': '2027' } });
  await page.locator('.error-summary').waitFor();
  assert.match(await page.locator('.error-summary').innerText(), /July 2027/);
  await answer(page, { q: /When could you start the PQiP/, pick: [/^If I apply now: July 2027/] });
  await page.getByRole('button', { name: 'See your route' }).click();
  const o = await outcomeOf(page);
  assert.deepEqual([o.route, o.finish, o.qualified], ['pqip-15', '2028-10', '2028-10']);
  assert.deepEqual(await stagesOf(page), [['apply', '2026-12', '2027-07'], ['pqip', '2027-07', '2028-10']]);
  const panel = await page.locator('.panel').innerText();
  assert.match(panel, /if you apply now and start the PQiP in July 2027/);
  await finish(page, errors, requests);
});

test('someone who has applied for January names their intake, and it is theirs', async () => {
  const { page, errors, requests } = await open('page=start&level=6&done=crime,cjs,penal&exp=yes&job=none&region=london&hours=37');
  await answer(page, {
    q: /When could you start the PQiP/,
    pick: ['I have already applied for an intake, or I have an offer'],
    fill: { 'Month, I have already applied for an intake, or I have an offer': 'January', 'Year, I have already applied for an intake, or I have an offer': '2027' },
  });
  await page.getByRole('button', { name: 'See your route' }).click();
  const o = await outcomeOf(page);
  assert.deepEqual([o.finish, o.qualified], ['2028-04', '2028-04']);
  assert.match(page.url(), /start=2027-01&applied=yes/);
  assert.match(await page.locator('.panel').innerText(), /if your application succeeds/);
  await finish(page, errors, requests);
});

test('a foundation degree with no modules: apply now (21 months) or modules first (15), both with dates', async () => {
  const { page, errors, requests } = await open('level=5&done=&exp=yes&job=none&region=london');
  const options = await optionsOf(page);
  // Soonest first: applying now (July 2027, 21 months); two modules first take 8 months, then
  // applying for the July 2028 intake, 15 months.
  assert.deepEqual(options.map((x) => x.slice(0, 3)), [
    ['pqip-national', 'pqip-21', '2029-04'],
    ['modules-first', 'pqip-15', '2029-10'],
    ['pso-pathway', 'pso-pathway', '2030-04'],
  ]);
  const text = await mainText(page);
  assert.ok(!/Finish three more knowledge modules before you start/.test(text), 'never three modules in four weeks');
  assert.match(text, /we estimate 4 months a module/);
  const card = page.locator('[data-option="modules-first"]');
  assert.deepEqual(await card.locator('.route-card__stages li').count(), 3, 'modules, applying, the PQiP');
  await finish(page, errors, requests);
});

test('two modules finished: start the third now, never finish it first', async () => {
  const { page, errors, requests } = await open('level=6&done=crime,cjs&exp=yes&job=none&region=london');
  const options = await optionsOf(page);
  assert.deepEqual(options[0], ['start-third-now', 'pqip-15', '2028-10', true, false]);
  assert.deepEqual(options[1], ['pqip-national', 'pqip-21', '2029-04', false, true]);
  const text = await mainText(page);
  assert.match(text, /Start your third knowledge module before you apply/);
  assert.ok(!/Finish one more knowledge module/.test(text));
  await finish(page, errors, requests);
});

test('a serving PSO at Level 2 with 14 months is asked about the Diploma, and never applies before it', async () => {
  const { page, errors, requests } = await open('page=qualified');
  await answer(page, { q: /probation qualification/, pick: ['No, I do not'] });
  await answer(page, { q: /highest level/, pick: ['Level 2'] });
  await answer(page, { q: /outside the UK/, pick: ['No'] });
  await answer(page, { q: /work for the Probation Service/, pick: ['Probation Services Officer (PSO) in the Probation Service'] });
  await answer(page, { q: /months have you worked as a PSO/, fill: { 'How many months have you worked as a PSO?': '14' } });
  // A month that is not one: its own error, on the month box only.
  await answer(page, { q: /finish your Level 3 Diploma/, pick: ['I expect to finish in'], fill: { 'Month, I expect to finish in': '13', 'Year, I expect to finish in': '2027' } });
  await page.locator('.error-summary').waitFor();
  assert.equal(await page.locator('#diploma-month').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.locator('#diploma-year').getAttribute('aria-invalid'), null);
  await answer(page, { q: /finish your Level 3 Diploma/, pick: ['Not sure'] });
  await answer(page, { q: /modules have you finished/, pick: ['I have not finished any of these'] });
  await answer(page, { q: /Which region/, pick: ['London'] });
  await answer(page, { q: /hours a week/, pick: ['Full time (37 hours a week)'] });
  await page.getByRole('button', { name: 'See your route' }).click();
  const o = await outcomeOf(page);
  // When they can apply: the Diploma, 6 months from now by our estimate (contract.md).
  assert.deepEqual([o.route, o.months, o.finish, o.qualified], ['pso-pathway', '6', '2027-06', '2029-10']);
  assert.deepEqual(await stagesOf(page), [
    ['diploma', '2026-12', '2027-06'], ['apply', '2027-06', '2028-01'], ['pqip', '2028-01', '2029-10'],
  ]);
  await finish(page, errors, requests);
});

test('a Level 3 student with experience and a vocational qualification sees the faster PSO route on a phone', async () => {
  const { page, errors, requests } = await open('level=3&exp=yes&l3vq=yes&job=none&region=london&start=2027-01', { width: 360, height: 740 });
  const options = await optionsOf(page);
  assert.deepEqual(options, [
    ['pso-pathway', 'pso-pathway', '2029-10', true, false],
    ['cjl-access', 'cjl-access', '2030-10', false, true],
  ]);
  // The likely route is still the headline; the faster one is named in the panel and its card is
  // within the first two screens.
  assert.match(await page.locator('.panel__title').innerText(), /Community Justice Learning/);
  assert.match(await page.locator('.panel').innerText(), /Sooner: .*October 2029/s);
  const top = await page.locator('[data-fastest]').evaluate((e) => e.getBoundingClientRect().top + window.scrollY);
  assert.ok(top < 2 * 740, `the fastest route starts at ${top}px`);
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scroll <= 360, `scrolls sideways: ${scroll}px`);
  // The newer official page's Level 3 minimum, and the eligibility basics.
  const text = await mainText(page);
  assert.match(text, /lists a Level 3 qualification in any subject as the minimum/);
  assert.match(text, /you could apply for the PQiP starting in July 2027 and qualify in April 2029/);
  assert.match(text, /at least 18 years old, the right to work in the UK/);
  await page.screenshot({ path: new URL('./artifacts/routes-compared-360.png', import.meta.url).pathname, fullPage: false });
  await finish(page, errors, requests);
});

test('the QR code and the address carry the start and the day the result was worked out', async () => {
  const answers = 'level=5&done=crime,cjs,penal&exp=yes&job=none&region=london';
  const { page, errors, requests } = await open(answers);
  await page.locator('main[data-outcome]').waitFor();
  assert.match(page.url(), /start=2027-07.*&on=2026-12-06$/);
  await page.getByText('Show a QR code to open this on your phone').click();
  const code = page.locator('.qr__code svg');
  await code.waitFor();
  const png = PNG.sync.read(await code.screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.ok(decoded, 'the QR code decodes');
  assert.equal(decoded.data, `${env.server.origin}/#page=result&${answers}&start=2027-07&on=2026-12-06`);
  await finish(page, errors, requests);
});

test('a link made last January whose start has passed opens with a note and the journey from today', async () => {
  const { page, errors, requests } = await open('page=result&level=5&done=crime,cjs,penal&exp=yes&job=none&region=london&start=2026-07&on=2026-01-15');
  const o = await outcomeOf(page);
  assert.deepEqual([o.route, o.finish], ['pqip-15', '2028-10']);
  assert.equal(await page.locator('.error-summary').count(), 0, 'no error');
  const note = await page.locator('.inset--link').innerText();
  assert.match(note, /This link was made on 15 January 2026/);
  assert.match(note, /July 2026, has passed/);
  // The address keeps the day it was made.
  assert.match(page.url(), /on=2026-01-15/);
  await finish(page, errors, requests);
});

test('a start replaced on its page never comes back into the link', async () => {
  const { page, errors, requests } = await open('level=5&done=crime,cjs,penal&exp=yes&job=none&region=london&hours=37&start=2027-13');
  await page.locator('.error-summary').waitFor();
  await answer(page, { q: /When could you start the PQiP/, pick: [/^If I apply now: /] });
  await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
  assert.ok(!page.url().includes('2027-13'), page.url());
  await page.getByRole('button', { name: 'See your route' }).click();
  assert.equal((await outcomeOf(page)).finish, '2028-10');
  await finish(page, errors, requests);
});
