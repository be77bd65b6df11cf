// index.html carries the start page, so the heading is on screen before the wasm arrives; the
// app replaces it when it mounts, and a link to another page (or a Welsh browser) never shows it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, openPage, browser, appReady } from './harness.mjs';

const env = withApp();

/** A page whose wasm never arrives, as on a connection that drops mid-load. */
async function withoutWasm(context) {
  const opened = await openPage(context);
  await opened.page.route('**/*.wasm', (route) => route.abort());
  return opened;
}

test('the start page heading and Start now are there before the app loads', async () => {
  const { page } = await withoutWasm(env.chrome.context);
  await page.goto(`${env.server.origin}/`);
  const heading = page.getByRole('heading', { level: 1, name: 'Find your route to becoming a probation officer' });
  await heading.waitFor();
  assert.equal(await heading.isVisible(), true);
  const start = page.getByRole('button', { name: 'Start now' });
  assert.equal(await start.getAttribute('href'), '#page=qualified');
  await page.close();
});

test('the app replaces the early start page with the same page, once', async () => {
  const { page, errors } = await openPage(env.chrome.context);
  await page.goto(`${env.server.origin}/`);
  const early = await page.locator('#prerendered main').innerText();
  await appReady(page);
  assert.equal(await page.locator('main').count(), 1);
  assert.equal(await page.locator('h1').count(), 1);
  assert.equal(await page.locator('main').innerText(), early);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a link to another page never shows the early start page', async () => {
  const { page } = await withoutWasm(env.chrome.context);
  await page.goto(`${env.server.origin}/#page=level&level=6`);
  await page.locator('#prerendered').waitFor({ state: 'attached' });
  assert.equal(await page.locator('#prerendered').isVisible(), false);
  await page.close();
});

test('a browser that prefers Welsh never shows the English early start page', async () => {
  const welsh = await browser({ locale: 'cy' });
  try {
    const { page } = await withoutWasm(welsh.context);
    await page.goto(`${env.server.origin}/`);
    await page.locator('#prerendered').waitFor({ state: 'attached' });
    assert.equal(await page.locator('#prerendered').isVisible(), false);
  } finally {
    await welsh.close();
  }
});
