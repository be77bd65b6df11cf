// Offline: after one visit the app opens and works with no network; a new deploy replaces the
// old cache. The service worker caches only the app's own files. Each test has its own copy of
// the build, its own server and a fresh browser profile, so that no worker outlives its test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { serve, browser, openPage, visit, cspViolations, DIST } from './harness.mjs';
import { answer, outcomeOf } from './steps.mjs';

const cacheNames = (page) => page.evaluate(() => caches.keys());

/** A copy of the build, served, and a fresh browser; `body` gets them and they are cleaned up. */
async function isolated(body) {
  const copy = mkdtempSync(join(tmpdir(), 'prf-dist-'));
  cpSync(DIST, copy, { recursive: true });
  const server = await serve(copy);
  const chrome = await browser();
  try {
    await body({ copy, server, chrome });
  } finally {
    await chrome.close();
    await server.close();
    rmSync(copy, { recursive: true, force: true });
  }
}

/** Opens the app and waits until its service worker controls the page. */
async function firstVisit(chrome, origin) {
  const opened = await openPage(chrome.context);
  await visit(opened.page, origin);
  await opened.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
  return opened;
}

test('after one visit the app opens and works with no network', async () => {
  await isolated(async ({ server, chrome }) => {
    const { page, requests, errors } = await firstVisit(chrome, server.origin);
    const [cache] = await cacheNames(page);
    assert.match(cache, /^probation-route-finder-\d{14}-[0-9a-f]{12}$/);

    await chrome.context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Find your route/ }).waitFor();
    await page.getByRole('button', { name: 'Start now' }).click();
    await answer(page, { q: /probation qualification/, pick: ['No, I do not'] });
    // Level 3: the Level 3 vocational question is asked only at Levels 3 and 4.
    await answer(page, { q: /highest level/, pick: ['Level 3'] });
    await answer(page, { q: /outside the UK/, pick: ['No'] });
    await answer(page, { q: /work for the Probation Service/, pick: ['Neither of these'] });
    await answer(page, { q: /Have you worked with people/, pick: ['Yes'] });
    await answer(page, { q: /Level 3 vocational/, pick: ['No'] });
    await answer(page, { q: /When would you like to start/, pick: [/^The next start/] });
    await page.getByRole('button', { name: 'See your route' }).click();
    assert.equal((await outcomeOf(page)).route, 'pso-pathway');
    assert.deepEqual(await cspViolations(page), []);
    assert.ok(requests.every((u) => u.startsWith(server.origin + '/')), requests.join('\n'));
    assert.deepEqual(errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED')), []);
    console.log(`offline journey: ${requests.length} requests, all to ${server.origin}, cache ${cache}`);
  });
});

test('a new deploy replaces the old cache', async () => {
  await isolated(async ({ copy, server, chrome }) => {
    const { page } = await firstVisit(chrome, server.origin);
    const [old] = await cacheNames(page);
    const NEW = 'probation-route-finder-99991231235959-newdeploy';
    const sw = readFileSync(join(copy, 'sw.js'), 'utf8').replace(/const VERSION = '[0-9a-f-]+'/, "const VERSION = '99991231235959-newdeploy'");
    writeFileSync(join(copy, 'sw.js'), sw);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    const onlyNew = (p) => p.waitForFunction((name) => caches.keys().then((k) => k.length === 1 && k[0] === name), NEW, { timeout: 15_000, polling: 200 });
    await onlyNew(page);
    // Let the browser finish its own update checks before the next visit.
    await page.waitForTimeout(2000);
    // A visit after the deploy works, and the old cache is gone for good.
    const again = await openPage(chrome.context);
    await visit(again.page, server.origin, 'level=2&exp=no&job=none&start=2027-01');
    assert.equal((await outcomeOf(again.page)).route, 'pso-pathway');
    await onlyNew(again.page);
    console.log(`new deploy: cache ${old} -> ${NEW}`);
  });
});
