// Offline: after one visit the app opens and works with no network; a new deploy replaces the
// old cache. The service worker caches only the app's own files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { serve, browser, openPage, visit, cspViolations, DIST } from './harness.mjs';
import { answer, outcomeOf } from './steps.mjs';

let server, chrome, copy;
before(async () => {
  copy = mkdtempSync(join(tmpdir(), 'prf-dist-'));
  cpSync(DIST, copy, { recursive: true });
  server = await serve(copy);
  chrome = await browser();
});
after(async () => {
  await chrome?.close();
  await server?.close();
  rmSync(copy, { recursive: true, force: true });
});

const cacheNames = (page) => page.evaluate(() => caches.keys());

test('after one visit the app works offline, and a new deploy replaces the cache', async () => {
  const { page, requests, errors } = await openPage(chrome.context);
  await visit(page, server.origin);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
  const [first] = await cacheNames(page);
  assert.match(first, /^probation-route-finder-\d{14}-[0-9a-f]{12}$/);

  await chrome.context.setOffline(true);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: /Find your route/ }).waitFor();
  await page.getByRole('button', { name: 'Start now' }).click();
  await answer(page, { q: /probation qualification/, pick: ['No, I do not'] });
  await answer(page, { q: /highest level/, pick: ['Level 2'] });
  await answer(page, { q: /outside the UK/, pick: ['No'] });
  await answer(page, { q: /work for the Probation Service/, pick: ['Neither of these'] });
  await answer(page, { q: /Have you worked with people/, pick: ['Yes'] });
  await answer(page, { q: /Level 3 vocational/, pick: ['No'] });
  await answer(page, { q: /When would you like to start/, pick: [/^The next start/] });
  await page.getByRole('button', { name: 'See your route' }).click();
  assert.equal((await outcomeOf(page)).route, 'pso-pathway');
  assert.deepEqual(await cspViolations(page), []);
  await chrome.context.setOffline(false);

  // A new deploy: same files, a new sw.js version. The browser picks it up and drops the old cache.
  const sw = readFileSync(join(copy, 'sw.js'), 'utf8').replace(/const VERSION = '[0-9a-f-]+'/, "const VERSION = '99991231235959-newdeploy'");
  writeFileSync(join(copy, 'sw.js'), sw);
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  await page.waitForFunction(
    () => caches.keys().then((k) => k.length === 1 && k[0] === 'probation-route-finder-99991231235959-newdeploy'),
    null, { timeout: 15_000, polling: 200 },
  );
  // Once the new worker controls the page, pages keep working and the old cache does not return.
  await page.waitForFunction(async () => {
    const r = await navigator.serviceWorker.getRegistration();
    return r && !r.installing && !r.waiting && r.active && r.active === navigator.serviceWorker.controller;
  }, null, { timeout: 15_000, polling: 100 });
  await page.reload();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.reload();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForFunction(
    () => caches.keys().then((k) => k.length === 1 && k[0] === 'probation-route-finder-99991231235959-newdeploy'),
    null, { timeout: 10_000, polling: 200 },
  );
  // And it stays that way.
  await page.waitForTimeout(1000);
  assert.deepEqual(await cacheNames(page), ['probation-route-finder-99991231235959-newdeploy']);
  assert.ok(requests.every((u) => u.startsWith(server.origin + '/')), requests.join('\n'));
  console.log(`offline journey: ${requests.length} requests, all to ${server.origin}; caches ${first} -> ${(await cacheNames(page))[0]}`);
  assert.deepEqual(errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED')), []);
  await page.close();
});
