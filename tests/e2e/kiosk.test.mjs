// Adviser (kiosk) mode: large targets, Start again always there, idle countdown and reset that
// leaves nothing of the previous person, and a QR code of the result drawn on the device.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { withApp, openPage, visit, cspViolations, stored, browser } from './harness.mjs';
import { answer, outcomeOf } from './steps.mjs';

const IDLE_MS = 120_000;
const COUNTDOWN_MS = 30_000;
// The app's release build on 127.0.0.1 and a fresh headless Chromium, for this file.
const env = withApp();

test('idle countdown, "I\'m still here", then a reset that leaves nothing behind', async () => {
  const { page, requests, errors } = await openPage(env.chrome.context);
  await page.clock.install();
  await visit(page, env.server.origin, 'mode=kiosk');
  const historyAtStart = await page.evaluate(() => history.length);
  await page.getByRole('button', { name: 'Start now' }).click();
  await answer(page, { q: /probation qualification/, pick: ['No, I do not'] });
  await answer(page, { q: /highest level/, pick: ['Level 5'] });
  await page.getByRole('heading', { level: 1, name: /outside the UK/ }).waitFor();
  // Kiosk navigation adds no history entries.
  assert.equal(await page.evaluate(() => history.length), historyAtStart);
  // Large touch targets.
  const box = await page.getByRole('button', { name: 'Continue' }).boundingBox();
  assert.ok(box.height >= 56, `Continue is ${box.height}px tall`);
  assert.ok(await page.getByRole('button', { name: 'Start again' }).isVisible());

  // After the idle time the countdown shows. (Where focus is, is the next test's business: the
  // countdown's tick can drop it, and when the tick comes depends on the real time that passes.)
  await page.clock.runFor(IDLE_MS - 5_000);
  assert.equal(await page.getByRole('alertdialog').count(), 0, 'no countdown before the idle time');
  await page.clock.runFor(6_000);
  const dialog = page.getByRole('alertdialog', { name: 'Are you still there?' });
  await dialog.waitFor();
  assert.match(await dialog.textContent(), /start again in (29|30) seconds/);
  await dialog.getByRole('button', { name: "I'm still here" }).click();
  await dialog.waitFor({ state: 'detached' });
  assert.match(page.url(), /level=5/, 'answers kept after "I\'m still here"');
  // A screen reader may activate the button with a click alone, no key or pointer before it.
  await page.clock.runFor(IDLE_MS + 1_000);
  await dialog.waitFor();
  // The seconds count down with focus kept on the button.
  await page.clock.runFor(2_000);
  assert.match(await dialog.textContent(), /start again in (26|27|28) seconds/);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'idle-still-here');
  await page.locator('#idle-still-here').dispatchEvent('click');
  await dialog.waitFor({ state: 'detached' });
  assert.match(page.url(), /level=5/, 'answers kept after a click on "I\'m still here"');

  // Nobody there: the countdown runs out and everything resets.
  const t0 = Date.now();
  await page.clock.runFor(IDLE_MS + COUNTDOWN_MS + 2_000);
  await page.getByRole('heading', { level: 1, name: /Find your route/ }).waitFor();
  console.log(`kiosk reset after ${(IDLE_MS + COUNTDOWN_MS) / 1000}s idle (countdown from ${IDLE_MS / 1000}s); test took ${Date.now() - t0}ms`);
  assert.equal(new URL(page.url()).hash, '#mode=kiosk');
  assert.equal(await page.evaluate(() => history.length), historyAtStart);
  assert.ok(!(await page.locator('body').textContent()).includes('Level 5'));
  assert.deepEqual(await stored(page), { cookies: '', local: 0, session: 0, indexedDb: 0 });
  // Read before Back, which may leave this document and with it the violations it recorded.
  assert.deepEqual(await cspViolations(page), []);
  // Back reaches nothing of the previous person.
  await page.goBack().catch(() => {});
  assert.ok(!page.url().includes('level='), page.url());
  assert.deepEqual(errors, []);
  assert.ok(requests.every((u) => u.startsWith(env.server.origin + '/') || u === 'about:blank'), requests.join('\n'));
  await page.close();
});

// Known app defect (reported with issue 16): every second the countdown redraws the whole dialog,
// so the "I'm still here" button that had focus is replaced and focus falls to the page. A keyboard
// or screen reader user loses their place and Enter does nothing. `todo` keeps it visible in every
// run without failing the suite; remove it once the countdown updates only its number.
test('focus stays on "I\'m still here" while the countdown runs', { todo: 'the countdown redraws the dialog every second' }, async () => {
  const { page } = await openPage(env.chrome.context);
  await page.clock.install();
  await visit(page, env.server.origin, 'mode=kiosk&level=5');
  await page.clock.runFor(IDLE_MS + 1_000);
  const dialog = page.getByRole('alertdialog', { name: 'Are you still there?' });
  await dialog.waitFor();
  // At least one tick of the countdown, whenever it falls.
  await page.clock.runFor(1_500);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'idle-still-here');
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });
  await page.close();
});

// A new adviser's trial (December 2026): a student who left the tool with the browser's Back
// (to another page) left their result one Forward away for the next person; the idle reset never
// ran while the page was gone. Reached again by Back or Forward, adviser mode starts again.
test('adviser mode reached again by Back or Forward starts again, with nothing of the last person', async () => {
  // A browser of its own, with no fake clock: Playwright's clock replaces the performance object
  // whose navigation entry says how the page was loaded, and the idle tests above install one on
  // the shared browser's context. The dates do not matter here.
  const own = await browser();
  try {
    const page = await own.context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto('about:blank');
    const link = 'mode=kiosk&page=result&level=5&done=crime,cjs,penal&exp=yes&job=none&region=london&start=2027-07';
    await visit(page, env.server.origin, link);
    await page.locator('main[data-outcome]').waitFor();
    await page.goBack();
    await page.goForward();
    await page.getByRole('heading', { level: 1, name: 'Find your route to becoming a probation officer' }).waitFor();
    assert.equal(await page.locator('main[data-outcome]').count(), 0);
    const address = await page.evaluate(() => location.hash);
    assert.ok(!/level=|region=|page=result/.test(address), address);
    assert.match(address, /mode=kiosk/);
    // A reload is the same person: it keeps their page.
    await visit(page, env.server.origin, link);
    await page.locator('main[data-outcome]').waitFor();
    await page.reload();
    await page.locator('main[data-outcome]').waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await own.close();
  }
});

test('the result shows a QR code of the result link, drawn on the device', async () => {
  const { page, requests } = await openPage(env.chrome.context);
  const answers = 'level=4&exp=yes&l3vq=yes&job=none&region=north-west&start=2027-01';
  await visit(page, env.server.origin, `mode=kiosk&${answers}`);
  const o = await outcomeOf(page);
  assert.equal(o.route, 'cjl-access');
  await page.getByText('QR code for your phone').click();
  const code = page.locator('.qr__code svg');
  await code.waitFor();
  const png = PNG.sync.read(await code.screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.ok(decoded, 'the QR code decodes');
  // It keeps its meaning when opened later: the start it used and the day it was worked out
  // (policy.md, "Links keep their meaning"; today is the harness's 6 December 2026).
  assert.equal(decoded.data, `${env.server.origin}/#page=result&${answers}&on=2026-12-06`);
  assert.ok(!decoded.data.includes('kiosk'), 'the phone opens the normal app');
  assert.ok(await page.getByRole('button', { name: 'Print this page' }).isVisible());
  assert.ok(requests.every((u) => u.startsWith(env.server.origin + '/')), requests.join('\n'));
  await page.screenshot({ path: new URL('./artifacts/kiosk-result-1280.png', import.meta.url).pathname, fullPage: true });
  await page.close();
});

test('each new page opens at its top, its heading below adviser mode\'s sticky header, at 320 px and on a desktop', async () => {
  /** Where the heading is: its top, and the bottom of everything sticky above it. */
  const place = (page) => page.evaluate(() => ({
    scrollY: window.scrollY,
    heading: document.querySelector('main h1').getBoundingClientRect().top,
    sticky: Math.max(0, ...[...document.querySelectorAll('*')]
      .filter((e) => getComputedStyle(e).position === 'sticky')
      .map((e) => e.getBoundingClientRect().bottom)),
  }));
  const { page, errors } = await openPage(env.chrome.context);
  await page.setViewportSize({ width: 320, height: 640 });
  await visit(page, env.server.origin, 'mode=kiosk');
  await page.getByRole('button', { name: 'Start now' }).click();
  // Continue is below the fold at 320 px: clicking it scrolls the page down.
  await answer(page, { q: /probation qualification/, pick: ['No, I do not'] });
  await answer(page, { q: /highest level/, pick: ['Level 6'] });
  await page.getByRole('heading', { level: 1, name: /outside the UK/ }).waitFor();
  await page.waitForFunction(() => document.activeElement?.matches('main h1'));
  const kiosk = await place(page);
  assert.equal(kiosk.scrollY, 0, 'the new question opens at its top');
  assert.ok(kiosk.heading >= kiosk.sticky, `the heading (top ${kiosk.heading}) is under the sticky header (bottom ${kiosk.sticky})`);

  // On a desktop, from a check page scrolled to its end to the result.
  await page.setViewportSize({ width: 1280, height: 800 });
  await visit(page, env.server.origin, 'page=check&level=5&done=crime,cjs,penal&exp=yes&job=none&region=london&hours=37&start=2027-01');
  await page.getByRole('button', { name: 'See your route' }).click();
  await page.locator('main[data-outcome]').waitFor();
  await page.waitForFunction(() => document.activeElement?.matches('main h1'));
  assert.equal((await place(page)).scrollY, 0, 'the result opens at its top');
  assert.deepEqual(errors, []);
  await page.close();
});

/** Whether the element's box lies wholly inside the viewport. */
const inView = (locator) => locator.evaluate((el) => {
  const r = el.getBoundingClientRect();
  return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
});

// An adviser hands a result over to a phone: the QR code is one tap away in the sticky header,
// at the top of the result and wherever it has been scrolled to, on a phone and on a tablet. Before,
// it was about 1,500 px down the result.
for (const [lang, control] of [['en', 'QR code for your phone'], ['cy', 'Cod QR ar gyfer eich ffôn']]) {
  for (const [width, height] of [[320, 640], [1024, 768]]) {
    test(`adviser mode: the result's QR code is found at once, at ${width} px (${lang})`, async () => {
      const { page, errors } = await openPage(env.chrome.context);
      await page.setViewportSize({ width, height });
      const answers = 'level=4&exp=yes&l3vq=yes&job=none&region=north-west';
      await visit(page, env.server.origin, `mode=kiosk&${lang === 'cy' ? 'lang=cy&' : ''}${answers}`);
      await page.locator('main[data-outcome]').waitFor();
      const button = page.locator('summary', { hasText: control });
      for (const where of ['top', 'bottom']) {
        if (where === 'bottom') await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        assert.ok(await inView(button), `the control is in view at the ${where} of the result`);
        const box = await button.boundingBox();
        assert.ok(box.height >= 44, `the control is ${box.height}px tall`);
      }
      await button.click();
      const code = page.locator('.qr__code svg');
      await code.waitFor();
      assert.ok(await inView(code), 'the opened code is in view');
      const png = PNG.sync.read(await code.screenshot());
      const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      assert.ok(decoded, 'the QR code decodes');
      // The start it used and the day it was worked out keep its meaning (policy.md).
      const want = `${env.server.origin}/#page=result${lang === 'cy' ? '&lang=cy' : ''}&${answers}&start=2027-07&on=2026-12-06`;
      assert.equal(decoded.data, want);
      assert.equal(await page.locator('.qr__code svg').count(), 1, 'one code on the page');
      await page.screenshot({ path: new URL(`./artifacts/kiosk-qr-${width}-${lang}.png`, import.meta.url).pathname });
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
}

// After a reset the next student gets the mode's own language, not the last student's: by the
// Start again button and by the idle countdown, set up in English or in Welsh.
for (const [mode, own, other] of [
  ['mode=kiosk', { lang: 'en', start: 'Start now', again: 'Start again', heading: /Find your route/, link: 'English' },
    { lang: 'cy', link: 'Cymraeg', start: 'Dechrau nawr', again: 'Dechrau eto' }],
  ['mode=kiosk&lang=cy', { lang: 'cy', start: 'Dechrau nawr', again: 'Dechrau eto', heading: /Dewch o hyd i'ch llwybr/, link: 'Cymraeg' },
    { lang: 'en', link: 'English', start: 'Start now', again: 'Start again' }],
]) {
  test(`adviser mode set up in ${own.lang === 'en' ? 'English' : 'Welsh'}: after a student switches language, a reset returns to it`, async () => {
    const { page, errors } = await openPage(env.chrome.context);
    await page.clock.install();
    await visit(page, env.server.origin, mode);
    await page.getByRole('heading', { level: 1, name: own.heading }).waitFor();
    const lang = () => page.evaluate(() => document.documentElement.lang);
    // A student switches language and starts.
    await page.getByRole('link', { name: other.link }).click();
    await page.waitForFunction((l) => document.documentElement.lang === l && document.querySelector('main h1'), other.lang);
    await page.getByRole('button', { name: other.start }).click();
    await page.locator('input[name=qualified]').first().waitFor();
    assert.equal(await lang(), other.lang);
    // Start again: the mode's own language.
    await page.getByRole('button', { name: other.again }).click();
    await page.getByRole('heading', { level: 1, name: own.heading }).waitFor();
    assert.equal(await lang(), own.lang);
    assert.ok(!page.url().includes('home-lang'), page.url());
    // Again, and this time the student walks away: the idle reset does the same.
    await page.getByRole('link', { name: other.link }).click();
    await page.waitForFunction((l) => document.documentElement.lang === l && document.querySelector('main h1'), other.lang);
    await page.getByRole('button', { name: other.start }).click();
    await page.locator('input[name=qualified]').first().waitFor();
    await page.clock.runFor(IDLE_MS + COUNTDOWN_MS + 2_000);
    await page.getByRole('heading', { level: 1, name: own.heading }).waitFor();
    assert.equal(await lang(), own.lang);
    assert.ok(!page.url().includes('qualified='), page.url());
    assert.deepEqual(errors, []);
    await page.close();
  });
}
