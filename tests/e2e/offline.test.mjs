// Offline: after one visit the app opens and works with no network; a new deploy replaces the
// old cache. The service worker caches only the app's own files. Each test has its own copy of
// the build, its own server and a fresh browser profile, so that no worker outlives its test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { brotliCompressSync, gzipSync } from 'node:zlib';
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
    // The PQiP at the end of the journey: its modules, university and hours.
    await answer(page, { q: /modules have you finished/, pick: ['I have not finished any of these'] });
    await answer(page, { q: /Which region/, pick: ['London'] });
    await answer(page, { q: /hours a week/, pick: ['Full time (37 hours a week)'] });
    await answer(page, { q: 'When could you start work as a Probation Services Officer (PSO)?', pick: [/^Not sure: count from /] });
    await page.getByRole('button', { name: 'See your route' }).click();
    assert.equal((await outcomeOf(page)).route, 'pso-pathway');
    // Welsh offline too: the switch reloads the page into the build with Welsh, which the worker
    // cached with the rest, though this visit never loaded it.
    await page.getByRole('link', { name: 'Cymraeg' }).click();
    await page.locator('main[data-outcome]').waitFor();
    await page.waitForFunction(() => document.documentElement.lang === 'cy');
    assert.equal((await outcomeOf(page)).route, 'pso-pathway');
    assert.ok(requests.some((u) => /-cy-[0-9a-f]{16}_bg\.wasm$/.test(u)), 'the build with Welsh was loaded');
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
    const sw = readFileSync(join(copy, 'sw.js'), 'utf8');
    const deployed = sw.replace(/const VERSION = '[0-9a-f-]+'/, "const VERSION = '99991231235959-newdeploy'");
    assert.notEqual(deployed, sw, 'the test could not give sw.js a new version');
    writeFileSync(join(copy, 'sw.js'), deployed);
    // With its compressed copies, as a deploy of the whole build would (a host such as nginx with
    // brotli_static sends sw.js.br, not sw.js).
    writeFileSync(join(copy, 'sw.js.br'), brotliCompressSync(deployed));
    writeFileSync(join(copy, 'sw.js.gz'), gzipSync(deployed));
    // The new worker is 'activated' only once its activate handler's work (deleting the caches of
    // earlier deploys) has finished, so the caches are read after that, with no waiting on time.
    const afterUpdate = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration.update();
      const worker = registration.installing ?? registration.waiting ?? registration.active;
      if (worker.state !== 'activated') {
        await new Promise((ok) => worker.addEventListener('statechange', () => worker.state === 'activated' && ok()));
      }
      return caches.keys();
    });
    assert.deepEqual(afterUpdate, [NEW], `caches after the new deploy (old: ${old})`);
    // The new cache holds the whole app: every file in the new worker's list.
    const listed = JSON.parse(deployed.match(/const FILES = (\[[^\]]*\]);/)[1]);
    const held = await page.evaluate((name) => caches.open(name).then((c) => c.keys()).then((r) => r.map((q) => q.url)), NEW);
    assert.deepEqual(held.sort(), listed.map((f) => new URL(f, `${server.origin}/`).href).sort());
    // A visit after the deploy works, and the old cache has not come back.
    const again = await openPage(chrome.context);
    await visit(again.page, server.origin, 'level=2&exp=no&job=none&start=2027-01');
    assert.equal((await outcomeOf(again.page)).route, 'pso-pathway');
    assert.deepEqual(await cacheNames(again.page), [NEW]);
    console.log(`new deploy: cache ${old} -> ${NEW}`);
  });
});
