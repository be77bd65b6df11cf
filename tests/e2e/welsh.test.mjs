// Cymraeg: a complete journey in Welsh with axe clean and no English message left on any page;
// the switch keeps the answers and the page; the browser's preference; embedded and kiosk.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { withApp, serve, browser, openPage, visit, cspViolations } from './harness.mjs';
import { outcomeOf } from './steps.mjs';

// Written by `cargo test --test fast languages`: every English message that has its own Welsh one.
const ENGLISH = JSON.parse(readFileSync(new URL('../../target/catalogue-english.json', import.meta.url), 'utf8'));

// The app's release build on 127.0.0.1 and a fresh headless Chromium, for this file.
const env = withApp();

/** The checks every Welsh page must pass. */
async function checkWelshPage(page, where) {
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'cy', `${where}: lang`);
  // English names in brackets are meant: where a programme has no official Welsh name, the Welsh
  // gives the English one in brackets, as the application system and UK ENIC use it.
  const text = (await page.locator('body').innerText()).replace(/\([^()]*\)/g, '');
  const left = ENGLISH.filter((s) => text.includes(s));
  assert.deepEqual(left, [], `${where}: English left on the page`);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), [], `${where}: axe`);
}

test('a complete journey in Welsh, by clicking', async () => {
  const { page, errors } = await openPage(env.chrome.context);
  await visit(page, env.server.origin, 'lang=cy');
  const pages = [];
  const step = async (name, pick, fill = {}) => {
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await checkWelshPage(page, String(name));
    pages.push(String(name));
    for (const p of pick) await page.getByLabel(p, { exact: typeof p === 'string' }).check();
    for (const [label, value] of Object.entries(fill)) await page.getByLabel(label, { exact: true }).fill(value);
    await page.getByRole('button', { name: 'Parhau' }).click();
  };
  await page.getByRole('heading', { level: 1, name: /Dewch o hyd i'ch llwybr/ }).waitFor();
  await checkWelshPage(page, 'start');
  await page.getByRole('button', { name: 'Dechrau nawr' }).click();
  await step(/gymhwyster prawf yn barod/, ['Nac oes']);
  await step(/lefel uchaf eich cymwysterau/, ['Lefel 6']);
  await step(/y tu allan i'r DU/, ['Naddo']);
  await step(/Ydych chi'n gweithio i'r Gwasanaeth Prawf/, ["Dim un o'r rhain"]);
  await step(/Ydych chi wedi gweithio gyda phobl/, ['Ydw']);
  await step(/modiwlau gwybodaeth hyn/, ['Troseddu ac Ymddygiad Troseddol', 'System Cyfiawnder Troseddol']);
  // An error page in Welsh too.
  await page.getByRole('heading', { level: 1, name: /astudio unrhyw un o'r modiwlau eraill/ }).waitFor();
  await page.getByRole('button', { name: 'Parhau' }).click();
  await page.locator('.error-summary').waitFor();
  assert.match(await page.title(), /^Gwall: /);
  await checkWelshPage(page, 'error');
  await step(/astudio unrhyw un o'r modiwlau eraill/, ['Adsefydlu Troseddwyr']);
  await step(/Ym mha ranbarth/, ['Cymru']);
  await step(/Sawl awr yr wythnos/, ['Rhan amser'], { "Oriau'r wythnos": '29.6' });
  // The first intake they could join, July 2027 (today is the harness's 6 December 2026).
  await step(/Pryd allech chi ddechrau'r PQiP/, ['Cymeriant diweddarach'], { 'Mis, Cymeriant diweddarach': '7', 'Blwyddyn, Cymeriant diweddarach': '2027' });
  await page.getByRole('heading', { level: 1, name: 'Gwirio eich atebion' }).waitFor();
  await checkWelshPage(page, 'check');
  await page.getByRole('button', { name: 'Gweld eich llwybr' }).click();
  const o = await outcomeOf(page);
  assert.deepEqual(o, { route: 'pqip-15', entry: 'national', months: '19', conditional: 'finish-third-module', university: 'portsmouth', finish: '2029-02', qualified: '2029-02' });
  await checkWelshPage(page, 'result');
  assert.ok((await page.locator('main').innerText()).includes('Chwefror 2029'));
  assert.deepEqual(errors, []);
  assert.deepEqual(await cspViolations(page), []);
  console.log(`welsh journey: ${pages.length + 4} pages checked, axe clean, no English left`);
  await page.close();
});

test('the switch keeps the answers and the page, both ways', async () => {
  const { page } = await openPage(env.chrome.context);
  await visit(page, env.server.origin, 'page=region&level=6&exp=yes&job=none&done=crime');
  await page.getByRole('heading', { level: 1, name: 'Which region do you want to work in?' }).waitFor();
  await page.getByRole('link', { name: 'Cymraeg' }).click();
  await page.getByRole('heading', { level: 1, name: 'Ym mha ranbarth ydych chi eisiau gweithio?' }).waitFor();
  assert.match(page.url(), /level=6.*done=crime.*lang=cy|lang=cy.*level=6/);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'cy');
  await page.getByLabel('Cymru', { exact: true }).check();
  await page.getByRole('button', { name: 'Parhau' }).click();
  await page.getByRole('heading', { level: 1, name: /Sawl awr/ }).waitFor();
  await page.getByRole('link', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: /How many hours/ }).waitFor();
  assert.match(page.url(), /region=wales/);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await page.close();
});

test('a browser that prefers Welsh gets Welsh, unless the link says otherwise', async () => {
  const welshBrowser = await browser({ locale: 'cy-GB' });
  const { page } = await openPage(welshBrowser.context);
  await visit(page, env.server.origin);
  await page.getByRole('heading', { level: 1, name: /Dewch o hyd i'ch llwybr/ }).waitFor();
  await visit(page, env.server.origin, 'lang=en');
  await page.getByRole('heading', { level: 1, name: /Find your route/ }).waitFor();
  await welshBrowser.close();
});

test('Welsh embedded and in kiosk mode', async () => {
  const partner = await serve(undefined, {
    '/cy.html': () => `<!doctype html><html lang="cy"><title>Partner</title><link rel="icon" href="data:,">
      <div data-probation-route-finder data-lang="cy" data-start="question"></div>
      <script src="${env.server.origin}/embed.js"></script></html>`,
  });
  const { page } = await openPage(env.chrome.context);
  await page.goto(`${partner.origin}/cy.html`);
  const frame = page.frameLocator('iframe');
  await frame.getByRole('heading', { level: 1, name: /gymhwyster prawf yn barod/ }).waitFor();
  await frame.getByLabel('Diploma mewn Astudiaethau Prawf (DipPS)').check();
  await frame.getByRole('button', { name: 'Parhau' }).click();
  await frame.getByLabel('Ym mha flwyddyn wnaethoch chi gymhwyso?').fill('2004');
  await frame.getByRole('button', { name: 'Parhau' }).click();
  await frame.getByRole('button', { name: 'Gweld eich llwybr' }).click();
  assert.equal(await frame.locator('main[data-outcome]').getAttribute('data-route'), 'already-qualified');
  assert.ok((await frame.locator('main').innerText()).includes('Gallwch wneud cais am swyddi swyddog prawf'));
  await page.close();
  await partner.close();

  const kiosk = await openPage(env.chrome.context);
  await kiosk.page.clock.install();
  // From the start page to the result in Welsh, by clicking, in kiosk mode.
  await visit(kiosk.page, env.server.origin, 'mode=kiosk&lang=cy');
  await checkWelshPage(kiosk.page, 'kiosk start');
  await kiosk.page.getByRole('button', { name: 'Dechrau nawr' }).click();
  await kiosk.page.getByRole('heading', { level: 1, name: /gymhwyster prawf yn barod/ }).waitFor();
  await kiosk.page.getByLabel('Fframwaith Cymwysterau Prawf (PQF)').check();
  await kiosk.page.getByRole('button', { name: 'Parhau' }).click();
  await kiosk.page.getByLabel('Ym mha flwyddyn wnaethoch chi gymhwyso?').fill('2014');
  await kiosk.page.getByRole('button', { name: 'Parhau' }).click();
  await kiosk.page.getByRole('button', { name: 'Gweld eich llwybr' }).click();
  await kiosk.page.locator('main[data-outcome]').waitFor();
  assert.equal(await kiosk.page.locator('main').getAttribute('data-route'), 'already-qualified');
  await checkWelshPage(kiosk.page, 'kiosk result');
  assert.ok(await kiosk.page.getByRole('button', { name: 'Dechrau eto' }).isVisible());
  // The result waits five minutes before the countdown (two on a question): EMBEDDING.md.
  await kiosk.page.clock.runFor(301_000);
  const dialog = kiosk.page.getByRole('alertdialog', { name: "Ydych chi'n dal yna?" });
  await dialog.waitFor();
  await checkWelshPage(kiosk.page, 'kiosk countdown');
  await kiosk.page.getByRole('button', { name: "Rydw i'n dal yma" }).click();
  await dialog.waitFor({ state: 'detached' });
  await kiosk.page.close();
});

test('an English page loads the build without Welsh; Welsh loads the build with it, once', async () => {
  const wasmOf = (requests) => requests.filter((u) => u.endsWith('.wasm')).map((u) => new URL(u).pathname.slice(1));
  const welshBuild = (f) => /-cy-[0-9a-f]{16}_bg\.wasm$/.test(f);
  const { page, requests, errors } = await openPage(env.chrome.context);
  let loads = 0;
  page.on('load', () => { loads += 1; });

  await visit(page, env.server.origin, 'page=region&level=6&exp=yes&job=none&done=crime');
  await page.getByRole('heading', { level: 1, name: 'Which region do you want to work in?' }).waitFor();
  const english = wasmOf(requests);
  assert.equal(english.length, 1, english.join(' '));
  assert.ok(!welshBuild(english[0]), `an English link loaded ${english[0]}`);
  const sizeOf = async (f) => (await page.request.get(`${env.server.origin}/${f}`)).body().then((b) => b.length);

  // The switch reloads the page into the build with Welsh, and keeps the answers.
  await page.getByRole('link', { name: 'Cymraeg' }).click();
  await page.getByRole('heading', { level: 1, name: 'Ym mha ranbarth ydych chi eisiau gweithio?' }).waitFor();
  assert.equal(loads, 2, 'one reload');
  const both = wasmOf(requests);
  assert.equal(both.length, 2, both.join(' '));
  assert.ok(welshBuild(both[1]), `the switch to Welsh loaded ${both[1]}`);
  // The Welsh catalogue is what the English build leaves out: at least 40 KB of raw wasm.
  assert.ok(await sizeOf(both[1]) - await sizeOf(both[0]) > 40_000, 'the English build is smaller');

  // Back to English: the build with Welsh has English too, so no reload.
  await page.getByRole('link', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: 'Which region do you want to work in?' }).waitFor();
  assert.equal(loads, 2, 'no reload for English');
  assert.equal(wasmOf(requests).length, 2);

  // A Welsh link loads only the build with Welsh.
  const welsh = await openPage(env.chrome.context);
  await visit(welsh.page, env.server.origin, 'lang=cy&page=intro');
  await welsh.page.getByRole('heading', { level: 1, name: /Dewch o hyd i'ch llwybr/ }).waitFor();
  assert.deepEqual(wasmOf(welsh.requests).map(welshBuild), [true]);
  assert.deepEqual([...errors, ...welsh.errors], []);
  assert.deepEqual(await cspViolations(welsh.page), []);
  await welsh.page.close();
  await page.close();
});

test('if the loader and the app ever read the language differently, the page stays in English rather than reloading for ever', async () => {
  const { page, errors } = await openPage(env.chrome.context);
  let loads = 0;
  page.on('load', () => { loads += 1; });
  await visit(page, env.server.origin, 'page=region&level=6&exp=yes&job=none&done=crime');
  // As if the loader had read the Welsh link as English.
  await page.evaluate(() => { window.prfWelsh = () => false; });
  await page.getByRole('link', { name: 'Cymraeg' }).click();
  await page.waitForFunction(() => location.hash.includes('lang=cy'));
  await page.getByRole('heading', { level: 1, name: 'Which region do you want to work in?' }).waitFor();
  await page.waitForTimeout(500);
  assert.equal(loads, 1, 'no reload');
  assert.deepEqual(errors, []);
  await page.close();
});
