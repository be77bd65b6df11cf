// Steps the browser tests share: answering a question page, reading the outcome, checking requests.
import assert from 'node:assert/strict';

const label = (page, text) =>
  typeof text === 'string' ? page.getByLabel(text, { exact: true }) : page.getByLabel(text);

/** Answers one question page: checks each `pick` label, fills each `fill` field, then Continue. */
export async function answer(page, { q, pick = [], fill = {} }) {
  const heading = page.getByRole('heading', { level: 1, name: q });
  await heading.waitFor();
  for (const text of pick) await label(page, text).check();
  for (const [text, value] of Object.entries(fill)) await label(page, text).fill(value);
  await continueWith(page);
}

/** Clicks Continue and waits for the next page's heading. */
export async function continueWith(page) {
  const before = await page.locator('main h1').textContent();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForFunction(
    (b) => document.querySelector('main h1')?.textContent !== b || document.querySelector('.error-summary'),
    before,
  );
}

/** The contract's data attributes on the result page's main region. */
export async function outcomeOf(page) {
  const main = page.locator('main[data-outcome]');
  await main.waitFor();
  const read = (name) => main.getAttribute(`data-${name}`);
  return {
    route: await read('route'),
    entry: await read('entry'),
    months: await read('months'),
    conditional: await read('conditional'),
    university: await read('university'),
    finish: await read('finish'),
    qualified: await read('qualified'),
  };
}

/** Every request went to the app's own origin (the fragment never reaches a server). */
export function assertOwnRequestsOnly(requests, origin) {
  const foreign = requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('data:'));
  assert.deepEqual(foreign, [], 'requests outside the app');
  for (const u of requests) assert.ok(!u.includes('#'), `a fragment was sent: ${u}`);
}
