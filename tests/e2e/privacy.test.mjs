// The privacy page says only what is true (issue 30): each of its sentences has a check here, and
// the page fails the test if it says anything without one. Above all, "Start again" clears the
// answers from every entry of the visit the Back and Forward buttons reach, while Back between
// questions still works; and a partner's site cannot read the answers, only the tool's height.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, browser, openPage, visit, appReady, stored, DIST } from './harness.mjs';
import { answer, continueWith } from './steps.mjs';

let app, partner, chrome;
before(async () => {
  app = await serve(DIST);
  partner = await serve(DIST, {
    '/partner.html': () => `<!doctype html><html lang="en"><title>Partner</title><link rel="icon" href="data:,">
      <body><div data-probation-route-finder data-start="question"></div>
      <script>window.heard = []; addEventListener('message', (e) => window.heard.push(e.data));</script>
      <script src="${app.origin}/embed.js"></script></body></html>`,
  });
  chrome = await browser();
});
after(async () => {
  await chrome?.close();
  await partner?.close();
  await app?.close();
});

const ANSWERS = 'level=5&done=crime,cjs,penal&exp=yes&job=none&region=london&start=2027-01';
const ANSWER_KEYS = /(^|[#&])(level|overseas|done|doing|exp|l3vq|job|service|credits5|region|hours|start|qualified|qualyear)=/;

/** The tab's history as the browser keeps it for Back and Forward (the DevTools protocol's own
 * list: every entry, same-document ones included, with the address each now has), and where in
 * it the page is. */
async function tabHistory(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    return await cdp.send('Page.getNavigationHistory');
  } finally {
    await cdp.detach();
  }
}

/** In a frame: goes to entry `id` of the tab's history and resolves to the frame's address once
 * its `popstate` has come (each entry after the partner page's own differs by the frame's). */
async function frameAt(page, frame, id) {
  await frame.evaluate(() => { window.__popped = new Promise((ok) => addEventListener('popstate', () => ok(location.href), { once: true })); });
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Page.navigateToHistoryEntry', { entryId: id });
  } finally {
    await cdp.detach();
  }
  return frame.evaluate(() => window.__popped);
}

/** Walks from a link with answers (as a QR code or a bookmark opens it) through a change on the
 * check page to the result; with `reload`, reloads the page on the way. */
async function walkToResult(page, { reload = false } = {}) {
  await page.goto('about:blank');
  await visit(page, app.origin, `page=check&${ANSWERS}`);
  await page.getByRole('link', { name: 'Change region' }).click();
  await page.getByRole('heading', { level: 1, name: /Which region/ }).waitFor();
  if (reload) {
    await page.reload();
    await appReady(page);
  }
  await answer(page, { q: /Which region/, pick: ['Wales'] });
  await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
  await page.getByRole('button', { name: 'See your route' }).click();
  await page.locator('main[data-outcome]').waitFor();
}

for (const reload of [false, true]) {
  test(`Start again leaves no answers within reach of Back or Forward${reload ? ', after a reload on the way' : ''}`, async () => {
    const { page, errors } = await openPage(chrome.context);
    await walkToResult(page, { reload });
    const before = (await tabHistory(page)).entries.map((e) => e.url);
    assert.ok(before.filter((u) => ANSWER_KEYS.test(new URL(u).hash)).length >= 4, before.join('\n'));
    await page.getByRole('link', { name: 'Start again' }).click();
    await page.getByRole('heading', { level: 1, name: /Find your route/ }).waitFor();
    // Once Start again's way back has ended (on a build without it, the checks below say why).
    await page.waitForFunction(() => history.state === 0, null, { timeout: 5000 }).catch(() => {});
    assert.equal(new URL(page.url()).hash, '', page.url());
    const { entries, currentIndex } = await tabHistory(page);
    const after = entries.map((e) => e.url);
    const kept = after.filter((u) => ANSWER_KEYS.test(new URL(u).hash));
    assert.deepEqual(kept, [], `Back or Forward still reach answers:\n${after.join('\n')}`);
    assert.ok(after[currentIndex - 1].startsWith('about:'), `Back leaves the tool: ${after.join('\n')}`);
    // And the browser's own Back goes there.
    await page.goBack();
    assert.ok(page.url().startsWith('about:'), page.url());
    assert.deepEqual(errors, []);
    console.log(`Start again${reload ? ' (after a reload)' : ''}: ${before.length} entries before, ${after.length} after: ${after.map((u) => new URL(u).hash || u).join(' ')}`);
    await page.close();
  });
}

test('after Start again, Back between questions works as before, and the language switch adds no entry', async () => {
  const { page, errors } = await openPage(chrome.context);
  await walkToResult(page);
  await page.getByRole('link', { name: 'Start again' }).click();
  await page.getByRole('heading', { level: 1, name: /Find your route/ }).waitFor();
  await page.getByRole('button', { name: 'Start now' }).click();
  await answer(page, { q: /probation qualification/, pick: ['No, I do not'] });
  await answer(page, { q: /highest level/, pick: ['Level 6'] });
  await page.getByRole('heading', { level: 1, name: /outside the UK/ }).waitFor();
  const entries = await page.evaluate(() => history.length);
  await page.getByRole('link', { name: 'Cymraeg' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'cy' && document.querySelector('main h1'));
  await page.getByRole('link', { name: 'English' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en' && document.querySelector('main h1'));
  assert.equal(await page.evaluate(() => history.length), entries, 'the language switch adds no entry');
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: /highest level/ }).waitFor();
  assert.ok(await page.getByLabel('Level 6', { exact: true }).isChecked(), 'the answer is kept going back');
  await page.goForward();
  await page.getByRole('heading', { level: 1, name: /outside the UK/ }).waitFor();
  await page.getByRole('link', { name: 'Back' }).click();
  await page.getByRole('heading', { level: 1, name: /highest level/ }).waitFor();
  await continueWith(page);
  await page.getByRole('heading', { level: 1, name: /outside the UK/ }).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test('Start again inside a partner\'s frame leaves no answers within reach of Back, and the partner hears only heights', async () => {
  const { page, errors } = await openPage(chrome.context);
  await page.goto('about:blank');
  await page.goto(`${partner.origin}/partner.html`);
  let frame;
  for (let i = 0; i < 100 && !frame; i += 1) {
    frame = page.frames().find((x) => x.url().startsWith(app.origin));
    if (!frame) await page.waitForTimeout(50);
  }
  await appReady(frame);
  await answer(frame, { q: /probation qualification/, pick: ['No, I do not'] });
  await answer(frame, { q: /highest level/, pick: ['Level 6'] });
  await answer(frame, { q: /outside the UK/, pick: ['No'] });
  await frame.getByRole('heading', { level: 1, name: /work for/ }).waitFor();
  // The partner cannot read the frame's address, where the answers are.
  const read = await page.evaluate(() => { try { return document.querySelector('iframe').contentWindow.location.href; } catch (e) { return e.name; } });
  assert.equal(read, 'SecurityError');
  // It hears the height, and nothing else; the height changes from page to page.
  const heard = await page.evaluate(() => window.heard);
  assert.ok(heard.length > 0);
  for (const m of heard) assert.deepEqual(Object.keys(m).sort(), ['height', 'type'], JSON.stringify(m));
  assert.ok(new Set(heard.map((m) => m.height)).size > 1, `heights heard: ${heard.map((m) => m.height)}`);
  // A result, as a link followed inside the frame would open it; then Start again.
  await frame.evaluate((a) => { location.hash = `embed=1&home=question&page=result&${a}`; }, ANSWERS);
  await frame.locator('main[data-outcome]').waitFor();
  await frame.getByRole('link', { name: 'Start again' }).click();
  await frame.getByRole('heading', { level: 1, name: /probation qualification/ }).waitFor();
  await frame.waitForFunction(() => history.state === 0, null, { timeout: 5000 }).catch(() => {});
  // Every entry Back and Forward reach on the partner page, with the frame's address in each.
  const { entries, currentIndex } = await tabHistory(page);
  const seen = [frame.url()];
  for (const [k, entry] of entries.entries()) {
    if (k !== currentIndex && entry.url.startsWith(partner.origin)) {
      seen.push(await frameAt(page, frame, entry.id));
      if (ANSWER_KEYS.test(new URL(seen.at(-1)).hash)) break;
    }
  }
  assert.ok(seen.length >= 2, `${entries.length} entries`);
  const withAnswers = seen.filter((u) => ANSWER_KEYS.test(new URL(u).hash.replace(/(^#|&)(preset-)?region=wales/g, '')));
  assert.deepEqual(withAnswers, [], seen.join('\n'));
  assert.deepEqual(errors, []);
  console.log(`Start again in a frame: ${entries.length} entries in the tab; the frame's: ${seen.map((u) => new URL(u).hash).join(' ')}`);
  await page.close();
});

/** Each sentence of the English privacy page, and the check that makes it true. */
const SENTENCES = [
  ['This tool runs on your device. Your answers are not sent to us or to anyone else.', async ({ requests }) => {
    assert.ok(requests.length > 0);
    for (const u of requests) {
      assert.ok(u.startsWith(`${app.origin}/`), `a request outside the tool: ${u}`);
      assert.ok(!ANSWER_KEYS.test(new URL(u).search.replace('?', '&')), `answers in a request: ${u}`);
    }
  }],
  ['Your answers are kept in the web address of this page, after the # sign. That part of a web address is never sent to a website.', async ({ page, requests }) => {
    assert.match(new URL(page.url()).hash, /level=5/);
    for (const u of requests) assert.ok(!u.includes('#'), `a web address was sent with its # part: ${u}`);
  }],
  ["We do not use cookies or save your answers anywhere else on your device. But your browser's history keeps the web address of each page you see, answers included, and shares it with your other devices if you use sync.", async ({ page }) => {
    assert.deepEqual(await stored(page), { cookies: '', local: 0, session: 0, indexedDb: 0 });
    // The history this tab's Back button reaches holds the earlier pages' addresses, answers and all.
    const was = page.url();
    await page.goBack();
    await page.waitForFunction((u) => location.href !== u, was);
    assert.match(new URL(page.url()).hash, /level=5/);
    await page.goForward();
    await page.waitForFunction((u) => location.href === u, was);
  }],
  ["So that the tool works without an internet connection, your browser keeps a copy of the tool's own files. They hold no answers.", async ({ page }) => {
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
    const held = await page.evaluate(async () => {
      const out = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const r of await cache.keys()) out.push({ url: r.url, body: await (await cache.match(r)).text() });
      }
      return out;
    });
    assert.ok(held.length > 0);
    for (const { url, body } of held) {
      assert.ok(url.startsWith(`${app.origin}/`) && !url.includes('#'), url);
      assert.ok(!body.includes('region=wales'), `an answer in the cached ${url}`);
    }
  }],
  ['If this tool is shown inside another website, that website cannot read your answers. It can see how tall the tool is on each page, which could tell it which pages you saw.', async () => {
    // The frame test above: no access to the frame's address, only height messages, which change.
  }],
  ['If you share or bookmark the web address, it includes your answers.', async ({ page }) => {
    assert.match(page.url(), /#.*level=5/);
  }],
  ["Start again clears your answers from this page and from the earlier pages of this visit that Back would show again. It cannot clear your browser's history: delete this tool's pages from it, or on a shared device use a private window and close it when you finish.", async () => {
    // The Start again tests above.
  }],
];

test('the privacy page says only what the checks here show, in English and in Welsh', async () => {
  const opened = await openPage(chrome.context);
  const { page, errors } = opened;
  await page.goto('about:blank');
  await visit(page, app.origin, `page=check&${ANSWERS}`);
  await page.getByRole('link', { name: 'Change region' }).click();
  await answer(page, { q: /Which region/, pick: ['Wales'] });
  await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
  await page.getByRole('link', { name: 'Privacy' }).click();
  await page.getByRole('heading', { level: 1, name: 'Privacy' }).waitFor();
  const english = await page.locator('main p').allTextContents();
  assert.deepEqual(english, SENTENCES.map(([s]) => s), 'every sentence on the page has its check here');
  for (const [sentence, check] of SENTENCES) {
    await check({ ...opened, sentence }).catch((e) => { e.message = `"${sentence}": ${e.message}`; throw e; });
  }
  await page.getByRole('link', { name: 'Cymraeg' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'cy' && document.querySelector('main h1'));
  const welsh = await page.locator('main p').allTextContents();
  assert.equal(welsh.length, english.length, 'the Welsh page says as much as the English, no more');
  for (const p of welsh) assert.ok(!english.includes(p), `left in English: ${p}`);
  assert.deepEqual(errors, []);
  await page.close();
});
