// index.html carries the start page, so the heading is on screen before the wasm arrives; the
// app takes it over as it is when it mounts (painted once, never drawn again), and a link to another
// page (or a Welsh browser) never shows it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, openPage, browser, appReady, cspViolations } from './harness.mjs';

const env = withApp();

/** Opens `fragment` in a fresh browser whose wasm never arrives, as on a connection that drops
 * mid-load, and hands the page to `check`. Service workers are blocked: one installed by another
 * test would fetch the wasm where the route cannot see it. */
async function withoutWasm(fragment, check, options = {}) {
  const chrome = await browser({ serviceWorkers: 'block', ...options });
  try {
    const { page } = await openPage(chrome.context);
    await page.route('**/*.wasm', (route) => route.abort());
    await page.goto(`${env.server.origin}/${fragment ? '#' + fragment : ''}`);
    await page.locator('#prerendered').waitFor({ state: 'attached' });
    await check(page);
  } finally {
    await chrome.close();
  }
}

test('the start page heading and Start now are there before the app loads', async () => {
  await withoutWasm('', async (page) => {
    const heading = page.getByRole('heading', { level: 1, name: 'Find your route to becoming a probation officer' });
    assert.equal(await heading.isVisible(), true);
    const start = page.getByRole('button', { name: 'Start now' });
    assert.equal(await start.getAttribute('href'), '#page=qualified');
  });
});

test('Start now tapped before the app is there opens the first question once it is', async () => {
  const chrome = await browser({ serviceWorkers: 'block' });
  try {
    const { page, errors } = await openPage(chrome.context);
    // The wasm is held back until after the tap, as on a slow connection.
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
    await page.goto(`${env.server.origin}/`);
    await page.locator('#prerendered').getByRole('button', { name: 'Start now' }).click();
    assert.equal(new URL(page.url()).hash, '#page=qualified');
    release();
    await page.getByRole('heading', { level: 1, name: 'Do you already have a probation qualification?' }).waitFor();
    assert.equal(await page.locator('main').count(), 1);
    assert.equal(await page.locator('#prerendered').count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await chrome.close();
  }
});

test('Start now tapped before the app is there shows at once that the tap was heard, within the CSP', async () => {
  const chrome = await browser({ serviceWorkers: 'block' });
  try {
    const { page, errors } = await openPage(chrome.context);
    // The wasm is held back until after the checks, as on a slow phone.
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
    await page.goto(`${env.server.origin}/`);
    const start = page.locator('#prerendered').getByRole('button', { name: 'Start now' });
    await start.click();
    // The start page gives way to the loading state (in both languages: the app has not yet read
    // the link's), without the app.
    const loading = page.getByRole('status');
    await loading.waitFor();
    const said = await loading.innerText();
    assert.match(said, /Loading the page…/);
    assert.match(said, /Wrthi'n llwytho'r dudalen…/);
    assert.equal(await start.isVisible(), false, 'the start page has gone');
    assert.deepEqual(await cspViolations(page), []);
    release();
    await page.getByRole('heading', { level: 1, name: 'Do you already have a probation qualification?' }).waitFor();
    assert.equal(await page.getByRole('status').count(), 0, 'the loading state goes when the app is there');
    assert.equal(await page.locator('main').count(), 1);
    assert.deepEqual(await cspViolations(page), []);
    assert.deepEqual(errors, []);
  } finally {
    await chrome.close();
  }
});

// A new user's trial (December 2026): when the app's download failed after "Start now", the
// loading state stayed for ever with no word of what to do.
test('a loading state that lasts says what to do, in both languages', async () => {
  const chrome = await browser({ serviceWorkers: 'block' });
  try {
    const { page } = await openPage(chrome.context);
    await page.route('**/*.wasm', (route) => route.abort());
    await page.goto(`${env.server.origin}/#page=qualified`);
    const loading = page.getByRole('status');
    await loading.waitFor();
    assert.doesNotMatch(await loading.innerText(), /reload the page/);
    await page.getByText('If nothing happens, check your connection and reload the page.').waitFor({ timeout: 25_000 });
    assert.match(await loading.innerText(), /ail-lwythwch y dudalen/);
    assert.deepEqual(await cspViolations(page), []);
  } finally {
    await chrome.close();
  }
});

test('the app replaces the early start page with the same page, once', async () => {
  let earlyText = '';
  await withoutWasm('', async (page) => {
    earlyText = await page.locator('#prerendered main').innerText();
  });
  const { page, errors } = await openPage(env.chrome.context);
  await page.goto(`${env.server.origin}/`);
  await appReady(page);
  assert.equal(await page.locator('main').count(), 1);
  assert.equal(await page.locator('h1').count(), 1);
  assert.equal(await page.locator('main').innerText(), earlyText);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the app takes over the early start page: the same elements, never drawn twice', async () => {
  const { page, errors } = await openPage(env.chrome.context);
  // The heading and the button index.html drew, kept before the app starts.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      window.__early = [document.querySelector('#prerendered h1'), document.querySelector('#prerendered main a[role=button]')];
      window.__lcp = [];
      new PerformanceObserver((l) => window.__lcp.push(...l.getEntries())).observe({ type: 'largest-contentful-paint', buffered: true });
    });
  });
  await page.goto(`${env.server.origin}/`);
  await appReady(page);
  assert.equal(await page.evaluate(() => window.__early[0] === document.querySelector('main h1')), true);
  assert.equal(await page.evaluate(() => window.__early[1] === document.querySelector('main a[role=button]')), true);
  // The largest paint is index.html's, and nothing the app drew is larger or later.
  await page.waitForTimeout(300);
  const fromEarly = await page.evaluate(() => window.__lcp.every((e) => window.__early[0].closest('.app').contains(e.element)));
  assert.equal(fromEarly, true);
  // It still works: Start now goes to the first question.
  await page.getByRole('button', { name: 'Start now' }).click();
  await page.waitForFunction(() => location.hash === '#page=qualified' && document.querySelector('main h1') !== window.__early[0]);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a link to another page never shows the early start page', async () => {
  await withoutWasm('page=level&level=6', async (page) => {
    assert.equal(await page.locator('#prerendered').isVisible(), false);
  });
});

test('a browser that prefers Welsh never shows the English early start page', async () => {
  await withoutWasm('', async (page) => {
    assert.equal(await page.locator('#prerendered').isVisible(), false);
  }, { locale: 'cy' });
});
