// Offline: after one visit the app opens and works with no network; a new deploy replaces the
// old cache. The service worker caches only the app's own files. Each test has its own copy of
// the build, its own server and a fresh browser profile, so that no worker outlives its test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { serve, browser, openPage, visit, appReady, cspViolations, DIST } from './harness.mjs';
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
    // The QR code offline too: its encoder is a wasm of its own, loaded only now, from the cache.
    await page.getByText('Dangos cod QR i agor hwn ar eich ffôn').click();
    await page.locator('.qr__code svg').waitFor();
    assert.ok(requests.some((u) => /-qr-[0-9a-f]{16}_bg\.wasm$/.test(u)), 'the QR encoder was loaded');
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

/** The caches once the worker of the latest deploy is activated (its activate handler, which
 * deletes the other deploys' caches, has then finished). */
async function settledCaches(page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration.update();
    const worker = registration.installing ?? registration.waiting ?? registration.active;
    if (worker.state !== 'activated') {
      await new Promise((ok) => worker.addEventListener('statechange', () => worker.state === 'activated' && ok()));
    }
    return caches.keys();
  });
}

/** Which deploy's page is on screen: the marker a test deploy writes into index.html. */
const deployOf = (page) => page.evaluate(() => document.querySelector('meta[name="prf-test-deploy"]')?.content ?? 'first');

/** Writes `body` as `file` of the served copy, with its compressed copies, dated `mtime`. */
function deploy(copy, file, body, mtime) {
  const path = join(copy, file);
  writeFileSync(path, body);
  writeFileSync(`${path}.br`, brotliCompressSync(body));
  writeFileSync(`${path}.gz`, gzipSync(body));
  for (const p of [path, `${path}.br`, `${path}.gz`]) utimesSync(p, mtime, mtime);
}

const daysAgo = (n) => new Date(Date.now() - n * 86_400_000);

// Issue 30: on a host without `Cache-Control: no-cache` on the page, the browser kept the old page
// by its age alone (a tenth of the time since it was last modified), and the old version ran on
// the next two visits; a rollback left the newer deploy's cache behind for good.
for (const [host, plain] of [
  ['sends no caching headers (Last-Modified only)', {}],
  ['sends max-age=600 on every file (as GitHub Pages does)', { cacheControl: 'max-age=600' }],
]) {
  test(`on a host that ${host}, a deploy is seen on the next visit, and a rollback leaves only its own cache`, async () => {
    const copy = mkdtempSync(join(tmpdir(), 'prf-dist-'));
    cpSync(DIST, copy, { recursive: true });
    // The first deploy's files were last changed a month ago, as a checkout or a copy that keeps
    // dates leaves them.
    const walk = (dir) => {
      for (const name of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, name.name);
        if (name.isDirectory()) walk(p);
        else utimesSync(p, daysAgo(30), daysAgo(30));
      }
    };
    walk(copy);
    const first = { html: readFileSync(join(copy, 'index.html'), 'utf8'), sw: readFileSync(join(copy, 'sw.js'), 'utf8') };
    const server = await serve(copy, {}, { plain });
    const chrome = await browser();
    try {
      const { page } = await firstVisit(chrome, server.origin);
      const [firstCache] = await cacheNames(page);
      assert.equal(await deployOf(page), 'first');

      // The second deploy: another page and worker, made ten days ago.
      const sw = first.sw.replace(/const VERSION = '[0-9a-f-]+'/, "const VERSION = '99991231235959-second'");
      assert.notEqual(sw, first.sw, 'the test could not give sw.js a new version');
      const html = first.html.replace(/<meta charset="?utf-8"?>/i, '$&<meta name="prf-test-deploy" content="second">');
      assert.notEqual(html, first.html, 'the test could not mark the second deploy\'s page');
      deploy(copy, 'index.html', html, daysAgo(10));
      deploy(copy, 'sw.js', sw, daysAgo(10));
      const second = await openPage(chrome.context);
      await visit(second.page, server.origin, 'level=5');
      assert.equal(await deployOf(second.page), 'second', 'the next visit after a deploy shows it');
      assert.deepEqual(await settledCaches(second.page), ['probation-route-finder-99991231235959-second']);

      // A rollback to the first deploy, copied to the host today: its version sorts before the
      // second's.
      deploy(copy, 'index.html', first.html, new Date());
      deploy(copy, 'sw.js', first.sw, new Date());
      const third = await openPage(chrome.context);
      await visit(third.page, server.origin, 'level=5');
      assert.equal(await deployOf(third.page), 'first', 'the next visit after a rollback shows it');
      assert.deepEqual(await settledCaches(third.page), [firstCache], 'only the rolled-back deploy\'s cache is left');
      // And it still works offline, from that cache.
      await chrome.context.setOffline(true);
      await third.page.reload();
      await appReady(third.page);
      assert.match(third.page.url(), /level=5/);
      assert.equal(await deployOf(third.page), 'first');
      console.log(`host that ${host}: first -> second -> rollback, caches ${firstCache}`);
    } finally {
      await chrome.close();
      await server.close();
      rmSync(copy, { recursive: true, force: true });
    }
  });
}

// Issue 30: where sw.js is missing (or site data is blocked), registering the worker rejected,
// and every load reported it as an uncaught error. The app works without it.
test('without sw.js the app works, with no uncaught error', async () => {
  await isolated(async ({ copy, server, chrome }) => {
    for (const f of ['sw.js', 'sw.js.br', 'sw.js.gz']) rmSync(join(copy, f));
    const { page } = await openPage(chrome.context);
    const uncaught = [];
    const logged = [];
    page.on('pageerror', (e) => uncaught.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') logged.push(m.text()); });
    await visit(page, server.origin);
    // The registration has been refused once the browser has reported the missing script.
    await page.waitForFunction(() => true);
    for (let i = 0; i < 100 && !logged.some((t) => /\b404\b/.test(t)); i += 1) await page.waitForTimeout(50);
    await page.getByRole('button', { name: 'Start now' }).click();
    await answer(page, { q: /probation qualification/, pick: ['No, I do not'] });
    await page.getByRole('heading', { level: 1, name: /highest level/ }).waitFor();
    assert.ok(logged.some((t) => /\b404\b/.test(t)), 'the browser reported the missing worker script');
    assert.deepEqual(uncaught, []);
    // Only the browser's own report of the missing file.
    assert.deepEqual(logged.filter((t) => !/\b404\b/.test(t)), []);
  });
});

// The QR encoder is loaded only when a QR control is opened. Where it cannot be (offline, on a
// device that never kept the app), the figure says so instead of staying empty.
test('a QR code whose encoder cannot be loaded says so', async () => {
  await isolated(async ({ copy, server, chrome }) => {
    for (const f of readdirSync(copy).filter((n) => /-qr-[0-9a-f]{16}/.test(n))) rmSync(join(copy, f));
    const { page, errors } = await openPage(chrome.context);
    await visit(page, server.origin, 'page=result&level=5&done=crime,cjs,penal&exp=yes&job=none&region=london&start=2027-07');
    const failed = page.getByText('The QR code could not be loaded. When this device is back online, reload the page to see it.');
    assert.equal(await failed.isVisible(), false);
    await page.getByText('Show a QR code to open this on your phone').click();
    await failed.waitFor();
    assert.equal(await page.locator('.qr__code svg').count(), 0);
    // Only the browser's reports of the missing files.
    assert.deepEqual(errors.filter((e) => !/\b404\b|Failed to fetch dynamically imported module/.test(e)), []);
  });
});
