// Issue 14, as a partner site's editor and a careers adviser at an event would meet it: a frame
// that shrinks as well as grows, presets that survive Start again, a notice for setting mistakes
// in the editor's preview, a copyable snippet, a privacy sentence true in a frame, the QR code's language, Back
// from the privacy page, a longer idle time on the result, a dated printout with the answers, a
// loading state for deep links, Space on link-buttons, and the QR code outside adviser mode.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { serve, browser, openPage, visit, appReady, cspViolations, DIST } from './harness.mjs';
import { answer } from './steps.mjs';

/** Picks each label on the question page, then Continue, and waits for the next page. */
async function step(frame, picks) {
  const heading = await frame.locator('main h1').textContent();
  for (const l of picks) await (typeof l === 'string' ? frame.getByLabel(l, { exact: true }) : frame.getByLabel(l)).check();
  await frame.getByRole('button', { name: 'Continue' }).click();
  await frame.waitForFunction((h) => document.querySelector('main h1')?.textContent !== h, heading);
}

/** The app's frame inside a partner page, once it shows a heading. */
async function appFrame(p) {
  await p.waitForFunction((origin) => [...document.querySelectorAll('iframe')].some((f) => f.src.startsWith(origin)), app.origin);
  let frame;
  await p.waitForFunction(() => true);
  for (let i = 0; i < 100 && !frame; i += 1) {
    frame = p.frames().find((f) => f.url().startsWith(app.origin));
    if (!frame) await p.waitForTimeout(50);
  }
  await frame.waitForFunction(() => !document.getElementById('prerendered') && document.querySelector('main h1'));
  return frame;
}

let app, partner, chrome;
const example = readFileSync(join(DIST, 'examples', 'partner.html'), 'utf8');
const page = (body, embed) => () => `<!doctype html><html lang="en"><title>Partner</title><link rel="icon" href="data:,">
  <body style="margin:0">${body}<script src="${embed}"></script></body></html>`;

before(async () => {
  app = await serve(DIST);
  const embed = `${app.origin}/embed.js`;
  partner = await serve(join(DIST, 'examples'), {
    '/partner.html': () => example.replace('<script src="../embed.js"', `<script src="${embed}"`),
    '/question.html': page('<div data-probation-route-finder data-start="question"></div>', embed),
    '/default.html': page('<div data-probation-route-finder></div>', embed),
    '/presets.html': page('<div data-probation-route-finder data-region="wales" data-start="question" data-brand="#5b2d86"></div>', embed),
    '/unknown-region.html': page('<div data-probation-route-finder data-region="Atlantis"></div>', embed),
    '/light.html': page('<div data-probation-route-finder data-brand="#ffdd00"></div>', embed),
  });
  chrome = await browser();
});
after(async () => {
  await chrome?.close();
  await partner?.close();
  await app?.close();
});

const frameHeight = (p) => p.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);

test('the frame shrinks after a tall page as well as growing', async () => {
  const { page: p } = await openPage(chrome.context);
  await p.setViewportSize({ width: 375, height: 700 });
  await p.goto(`${partner.origin}/question.html`);
  const frame = await appFrame(p);
  await answer(frame, { q: /probation qualification/, pick: ['No, I do not'] });
  await frame.getByRole('heading', { level: 1, name: /highest level/ }).waitFor();
  await p.waitForFunction(() => parseFloat(document.querySelector('iframe').style.height) > 1200);
  const tall = await frameHeight(p);
  await answer(frame, { q: /highest level/, pick: ['Level 6'] });
  await frame.getByRole('heading', { level: 1, name: /outside the UK/ }).waitFor();
  await p.waitForTimeout(500);
  const short = await frameHeight(p);
  const content = await frame.locator('footer').evaluate((f) => f.getBoundingClientRect().bottom + parseFloat(getComputedStyle(f).marginBottom));
  assert.ok(short < tall - 300, `the frame shrank: ${tall}px -> ${short}px`);
  assert.ok(short - content <= 40, `no blank space below the content: frame ${short}px, content ${content}px`);
  console.log(`frame heights at 375px: level question ${tall}px, next question ${short}px`);
  await p.close();
});

test('embed presets survive Start again and every in-app link', async () => {
  const { page: p, errors } = await openPage(chrome.context);
  await p.goto(`${partner.origin}/presets.html`);
  const frame = await appFrame(p);
  const inFrame = () => frame;
  const checkLinks = async () => {
    const hrefs = await frame.locator('a[href^="#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const href of hrefs.filter((h) => h !== '#main')) {
      for (const key of ['embed=1', 'brand=5b2d86']) {
        assert.ok(href.includes(key), `${href} keeps ${key}`);
      }
    }
  };
  await answer(frame, { q: /probation qualification/, pick: ['No, I do not'] });
  await checkLinks();
  await answer(frame, { q: /highest level/, pick: ['Level 6'] });
  await answer(frame, { q: /outside the UK/, pick: ['No'] });
  await answer(frame, { q: /work for/, pick: ['Neither of these'] });
  await step(frame, ['Yes']);
  await step(frame, ['Crime and Criminal Behaviour']);
  await checkLinks();
  await step(frame, ['Full time (37 hours a week)']);
  await step(frame, [/^If I apply now: /]);
  await frame.getByRole('button', { name: 'See your route' }).click();
  await frame.locator('main[data-outcome]').waitFor();
  assert.equal(await frame.locator('main').getAttribute('data-university'), 'portsmouth');
  await checkLinks();
  await frame.getByRole('link', { name: 'Start again' }).click();
  await frame.getByRole('heading', { level: 1, name: /probation qualification/ }).waitFor({ timeout: 5000 });
  const url = new URL(inFrame().url());
  assert.match(url.hash, /region=wales/, `the region preset is back: ${url.hash}`);
  assert.ok(!url.hash.includes('level='), `the answers are gone: ${url.hash}`);
  const brand = await frame.locator('html').evaluate((el) => getComputedStyle(el).getPropertyValue('--colour-brand').trim());
  assert.equal(brand, '#5b2d86');
  await checkLinks();
  assert.deepEqual(errors, []);
  await p.close();
});

// Visitors never see the notice (embed.test.mjs); the editor does in a preview of their page.
for (const [name, file, words] of [
  ['a region the tool does not know', 'unknown-region.html', /data-region/],
  ['a brand colour with too little contrast', 'light.html', /data-brand/],
]) {
  test(`a setting mistake shows a notice for the editor inside the frame, in preview: ${name}`, async () => {
    const { page: p } = await openPage(chrome.context);
    const warnings = [];
    p.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    await p.goto(`${partner.origin}/${file}?route-finder-preview`);
    const frame = p.frameLocator('iframe');
    const notice = frame.getByRole('region', { name: /website's editor/ });
    await notice.waitFor({ timeout: 5000 });
    assert.match(await notice.textContent(), words);
    assert.ok(await notice.isVisible());
    assert.ok(warnings.some((w) => w.startsWith('Probation route finder')), warnings.join('\n'));
    await p.close();
  });
}

test('no notice of a mistake when the settings are right', async () => {
  const { page: p } = await openPage(chrome.context);
  await p.goto(`${partner.origin}/presets.html`);
  const frame = p.frameLocator('iframe');
  await frame.getByRole('heading', { level: 1, name: /probation qualification/ }).waitFor();
  assert.equal(await frame.getByRole('region', { name: /website's editor/ }).count(), 0);
  await p.close();
});

test('the example page shows the snippets it uses, and embed.js points only to documents that are served', async () => {
  const { page: p } = await openPage(chrome.context);
  await p.goto(`${partner.origin}/partner.html`);
  const live = await p.$$eval('[data-probation-route-finder]', (hs) => hs.map((h) => ({ ...h.dataset })));
  const shown = await p.$$eval('pre code', (codes) => codes.map((c) => {
    const doc = new DOMParser().parseFromString(c.textContent, 'text/html');
    const holder = doc.querySelector('[data-probation-route-finder]');
    return { data: holder ? { ...holder.dataset } : null, script: doc.querySelector('script')?.getAttribute('src') ?? null };
  }));
  assert.deepEqual(shown.map((s) => s.data), live, 'one snippet per embed, with the same settings');
  for (const s of shown) assert.match(s.script ?? '', /embed\.js$/, 'each snippet has the script');
  const js = readFileSync(join(DIST, 'embed.js'), 'utf8');
  const docs = [...js.matchAll(/[\w./-]+\.(?:md|html)\b/g)].map((m) => m[0]);
  for (const doc of docs) {
    const res = await fetch(new URL(doc, `${app.origin}/embed.js`));
    assert.equal(res.status, 200, `embed.js points to ${doc}, which is served`);
  }
  await p.close();
});

test('inside a frame, the start page does not promise the answers are kept in the web address', async () => {
  const { page: p } = await openPage(chrome.context);
  await p.goto(`${partner.origin}/default.html`);
  const frame = p.frameLocator('iframe');
  await frame.getByRole('heading', { level: 1, name: /Find your route/ }).waitFor();
  const text = await frame.locator('main').textContent();
  assert.ok(!text.includes('web address'), text);
  assert.match(text, /Nothing you enter leaves your device/);
  await p.close();
});

async function decodeQr(p) {
  const code = p.locator('.qr__code svg');
  await code.waitFor();
  const png = PNG.sync.read(await code.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

const RESULT = 'level=4&exp=yes&l3vq=yes&job=none&region=north-west&start=2027-01';

test('adviser mode: the QR code of a Welsh result opens it in Welsh', async () => {
  const { page: p } = await openPage(chrome.context);
  await visit(p, app.origin, `mode=kiosk&lang=cy&${RESULT}`);
  await p.getByText('Cod QR ar gyfer eich ffôn').click();
  const link = await decodeQr(p);
  assert.ok(link, 'the QR code decodes');
  assert.match(link, /[#&]lang=cy(&|$)/, link);
  assert.ok(!link.includes('kiosk'), link);
  await p.close();
});

test('adviser mode: Back from the privacy page returns to the page it came from, with the answers', async () => {
  const { page: p } = await openPage(chrome.context);
  await visit(p, app.origin, 'mode=kiosk');
  await p.getByRole('button', { name: 'Start now' }).click();
  await answer(p, { q: /probation qualification/, pick: ['No, I do not'] });
  await answer(p, { q: /highest level/, pick: ['Level 5'] });
  await p.getByRole('heading', { level: 1, name: /outside the UK/ }).waitFor();
  await p.getByRole('link', { name: 'Privacy' }).click();
  await p.getByRole('heading', { level: 1, name: 'Privacy' }).waitFor();
  await p.getByRole('link', { name: 'Back' }).click();
  await p.getByRole('heading', { level: 1, name: /outside the UK/ }).waitFor({ timeout: 5000 });
  assert.match(p.url(), /level=5/);
  await p.close();
});

test('adviser mode: the result page allows longer before the idle countdown than a question', async () => {
  const { page: p } = await openPage(chrome.context);
  await p.clock.install();
  await visit(p, app.origin, `mode=kiosk&${RESULT}`);
  await p.locator('main[data-outcome]').waitFor();
  // Past a question page's two minutes: still no countdown on the result.
  await p.clock.runFor(140_000);
  assert.equal(await p.getByRole('alertdialog').count(), 0, 'no countdown on the result after two minutes and twenty seconds');
  // At five minutes it comes.
  await p.clock.runFor(165_000);
  await p.getByRole('alertdialog', { name: 'Are you still there?' }).waitFor({ timeout: 5000 });
  await p.close();
});

test('the printout starts with the answers and the date it was made', async () => {
  const { page: p } = await openPage(chrome.context);
  await visit(p, app.origin, RESULT);
  await p.emulateMedia({ media: 'print' });
  const printed = await p.locator('main').innerText();
  const today = await p.evaluate(() => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }));
  const head = printed.slice(0, 400);
  assert.ok(head.includes(today), `the date ${today} opens the printout:\n${head}`);
  assert.match(head, /Your answers/);
  assert.match(head, /Level 4/);
  assert.ok(printed.indexOf('Your answers') < printed.indexOf('Your likely route'), 'the answers come first');
  // On screen the summary is not shown: the result page itself comes first.
  await p.emulateMedia({ media: 'screen' });
  assert.ok(!(await p.getByText(today).first().isVisible()));
  await p.close();
});

test('a deep link shows a light loading state at once, within the CSP', async () => {
  const slow = await browser({ serviceWorkers: 'block' });
  try {
    const { page: p, errors } = await openPage(slow.context);
    await p.route('**/*.wasm', () => {}); // never answered, like a very slow connection
    await p.goto(`${app.origin}/#page=result&${RESULT}`, { waitUntil: 'domcontentloaded' });
    const loading = p.getByRole('status');
    await loading.waitFor({ timeout: 3000 });
    assert.match(await loading.innerText(), /Loading/);
    assert.ok(await loading.isVisible());
    assert.deepEqual(await cspViolations(p), []);
    assert.deepEqual(errors, []);
  } finally {
    await slow.close();
  }
  // Once the app is there, the loading state is gone; and the plain start page never shows it.
  const { page: p } = await openPage(chrome.context);
  await visit(p, app.origin, `page=result&${RESULT}`);
  assert.equal(await p.getByText('Loading').count(), 0);
  await p.goto(`${app.origin}/?start`);
  assert.equal(await p.getByText('Loading').first().isVisible().catch(() => false), false);
  await p.close();
});

test('Space activates link-buttons, as GOV.UK buttons do', async () => {
  const { page: p } = await openPage(chrome.context);
  await visit(p, app.origin);
  await p.getByRole('button', { name: 'Start now' }).focus();
  await p.keyboard.press('Space');
  await p.getByRole('heading', { level: 1, name: /probation qualification/ }).waitFor({ timeout: 3000 });
  await visit(p, app.origin, `page=check&${RESULT}`);
  await p.getByRole('button', { name: 'See your route' }).focus();
  await p.keyboard.press('Space');
  await p.locator('main[data-outcome]').waitFor({ timeout: 3000 });
  await p.close();
});

test('outside adviser mode the result offers its QR code behind a control', async () => {
  const { page: p } = await openPage(chrome.context);
  await visit(p, app.origin, RESULT);
  const control = p.getByText('Show a QR code to open this on your phone');
  await control.waitFor({ timeout: 3000 });
  assert.equal(await p.locator('.qr__code svg').isVisible(), false, 'hidden until asked for');
  await control.click();
  // The start it used and the day it was worked out (policy.md, "Links keep their meaning").
  assert.equal(await decodeQr(p), `${app.origin}/#page=result&${RESULT}&on=2026-12-06`);
  await p.close();
});

test('inside a frame too the result offers its QR code, without the frame settings', async () => {
  const { page: p } = await openPage(chrome.context);
  await visit(p, app.origin, `embed=1&brand=5b2d86&${RESULT}`);
  await p.getByText('Show a QR code to open this on your phone').click();
  // The start it used and the day it was worked out (policy.md, "Links keep their meaning").
  assert.equal(await decodeQr(p), `${app.origin}/#page=result&${RESULT}&on=2026-12-06`);
  await p.close();
});
