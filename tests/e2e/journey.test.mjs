// The whole journey on the result page (issue 11; contract `data-qualified`, `data-journey`):
// a case of each route by link, in English and Welsh, its stages in order from the start month to
// the qualifying month, the answer in words, the picture at 320px and 1280px (screenshots kept),
// in print, the calendar file made on the device, and axe on each. The clock is fixed on the day
// the expected months were worked out, since a serving PSO's journey starts this month.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { withApp, openPage, visit, cspViolations, TODAY } from './harness.mjs';
import { assertOwnRequestsOnly } from './steps.mjs';

const env = withApp();
const artifacts = fileURLToPath(new URL('./artifacts/journey/', import.meta.url));
mkdirSync(artifacts, { recursive: true });

// Worked out by hand from policy.md's "The whole journey" (revised December 2026), today being
// the harness's 6 December 2026: applying takes about six months, so a PQiP starts at the first
// intake at least six months after the person can apply, with an apply stage before it.
const cases = [
  {
    name: 'pqip',
    answers: 'level=6&done=crime,cjs,penal,rehab&exp=yes&job=none&region=london&start=2027-07',
    qualified: '2028-10',
    stages: ['apply', 'pqip'],
    from: '2026-12', // they apply from now
  },
  {
    name: 'cjl',
    answers: 'level=4&exp=yes&l3vq=yes&job=none&region=london&start=2027-01',
    qualified: '2030-10', // access to 2028-04, the intake six months on is 2029-01, + 21
    stages: ['access-l4', 'access-l5', 'apply', 'pqip'],
    from: '2027-01',
  },
  {
    name: 'pso-newcomer',
    answers: 'level=2&exp=no&job=none&start=2027-01',
    qualified: '2030-04', // the Diploma to 2028-01, the intake six months on is 2028-07, + 21
    stages: ['diploma', 'apply', 'pqip'],
    from: '2027-01',
  },
  {
    name: 'pso-serving',
    answers: 'level=4&job=pso&service=3&region=london',
    qualified: '2029-10', // Progression 2027-03, the intake six months on is 2028-01, + 21
    stages: ['pso', 'apply', 'pqip'],
    from: '2026-12',
  },
];

const words = {
  en: { qualify: 'You could qualify as a probation officer in', months: { '2028-10': 'October 2028', '2029-10': 'October 2029', '2030-04': 'April 2030', '2030-10': 'October 2030' } },
  cy: { qualify: 'Gallech gymhwyso fel swyddog prawf ym mis', months: { '2028-10': 'Hydref 2028', '2029-10': 'Hydref 2029', '2030-04': 'Ebrill 2030', '2030-10': 'Hydref 2030' } },
};

async function open(fragment, { width = 1280 } = {}) {
  const opened = await openPage(env.chrome.context);
  await opened.page.setViewportSize({ width, height: 900 });
  await opened.page.clock.setFixedTime(TODAY);
  await visit(opened.page, env.server.origin, fragment);
  await opened.page.locator('main[data-outcome]').waitFor();
  return opened;
}

/** The top-level stages as the contract gives them. */
const stagesOf = (page) =>
  page.locator('[data-journey] > [data-stage]').evaluateAll((els) =>
    els.map((e) => ({ stage: e.dataset.stage, from: e.dataset.from, to: e.dataset.to })));

for (const c of cases) {
  for (const lang of ['en', 'cy']) {
    test(`${lang}: the ${c.name} journey, in order, to ${c.qualified}, with axe clean`, async () => {
      const { page, errors, requests } = await open(`lang=${lang}&${c.answers}`);
      const main = page.locator('main');
      assert.equal(await main.getAttribute('data-qualified'), c.qualified);
      const stages = await stagesOf(page);
      assert.deepEqual(stages.map((s) => s.stage), c.stages);
      assert.equal(stages[0].from, c.from, 'starts at the start month (this month when serving or applying)');
      for (let i = 1; i < stages.length; i++) {
        assert.equal(stages[i].from, stages[i - 1].to, 'no gap and no overlap');
      }
      assert.equal(stages.at(-1).to, c.qualified, 'the last stage ends at data-qualified');
      if (c.name === 'pqip') {
        assert.equal(await main.getAttribute('data-finish'), c.qualified);
      }
      // The answer in words, at the top, without reading the rest.
      const panel = (await page.locator('.panel').innerText()).replace(/\s+/g, ' ');
      const w = words[lang];
      assert.ok(panel.includes(`${w.qualify} ${w.months[c.qualified]}`), panel);
      const axe = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.help}`), [], 'axe violations');
      assert.deepEqual(errors, [], 'no errors in the console');
      assert.deepEqual(await cspViolations(page), []);
      assertOwnRequestsOnly(requests, env.server.origin);
      await page.close();
    });
  }
}

for (const width of [320, 1280]) {
  test(`the picture at ${width}px: to scale, readable, no sideways scrolling`, async () => {
    const { page } = await open(`${cases[1].answers}`, { width });
    const picture = page.locator('.journey__picture');
    await picture.scrollIntoViewIfNeeded();
    const bar = await page.locator('.journey__bar').boundingBox();
    const column = await page.locator('section.journey').boundingBox();
    assert.ok(bar && column && bar.width >= column.width - 2, `the bar is ${bar?.width}px of ${column?.width}px`);
    assert.ok(bar.width >= Math.min(width, 600) * 0.8, `the bar is only ${bar.width}px wide`);
    // Each stage's share of the bar is its share of the months from now to qualifying.
    const shares = await page.locator('.journey__seg').evaluateAll((rects) => {
      const total = rects.reduce((n, r) => n + r.getBoundingClientRect().width, 0);
      return rects.map((r) => r.getBoundingClientRect().width / total);
    });
    const months = [3, 12, 9, 21];
    const sum = months.reduce((a, b) => a + b);
    months.forEach((m, i) => assert.ok(Math.abs(shares[i] - m / sum) < 0.02, `stage ${i}: ${shares[i]}`));
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scroll <= width, `scrolls sideways: ${scroll}px`);
    await page.locator('section.journey').screenshot({ path: `${artifacts}journey-${width}.png` });
    await page.close();
  });
}

test('in print: the picture and the stages print, in black and white, without the calendar button', async () => {
  const { page } = await open(cases[2].answers);
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.locator('.journey__bar').isVisible());
  assert.ok(await page.locator('[data-journey]').isVisible());
  assert.ok(!(await page.locator('a[download]').isVisible()), 'the calendar button is hidden');
  const fills = await page.locator('.journey__seg').evaluateAll((rects) =>
    rects.map((r) => getComputedStyle(r).fill));
  for (const f of fills) {
    const [r, g, b] = f.match(/\d+/g).map(Number);
    assert.ok(r === g && g === b, `not grey: ${f}`);
  }
  assert.equal(new Set(fills).size, fills.length, 'adjacent stages differ in print');
  await page.pdf({ path: `${artifacts}journey-print.pdf` });
  await page.close();
});

test('the calendar file is made on the device: nothing is sent', async () => {
  const { page, requests } = await open(cases[1].answers);
  const before = requests.length;
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('a[download]').click(),
  ]);
  assert.equal(download.suggestedFilename(), 'probation-journey.ics');
  const ics = readFileSync(await download.path(), 'utf8');
  assert.ok(ics.startsWith('BEGIN:VCALENDAR'), ics.slice(0, 40));
  assert.ok(ics.includes('DTSTART;VALUE=DATE:20301001'), 'the qualifying month');
  // Every entry is an estimate, and carries the link that keeps its meaning (start= and on=).
  const unfolded = ics.replace(/\r\n /g, '');
  assert.equal(unfolded.match(/^DESCRIPTION:/gm).length, 5);
  for (const url of unfolded.match(/^URL:.*$/gm)) {
    assert.ok(url.includes('start=2027-01') && url.includes('on=2026-12-06'), url);
  }
  assert.equal(ics.match(/BEGIN:VEVENT/g).length, 5);
  const after = requests.slice(before).filter((u) => !u.startsWith('data:'));
  assert.deepEqual(after, [], 'no request for the file');
  assert.deepEqual(await cspViolations(page), []);
  await page.close();
});

test('adviser mode: the result keeps its journey, and the QR code is the same result link', async () => {
  const { page } = await open(`mode=kiosk&${cases[1].answers}`);
  assert.equal(await page.locator('[data-journey] > [data-stage]').count(), 4);
  assert.equal(await page.locator('a[download]').count(), 0, 'no calendar file on a shared tablet');
  // In the header's control, which opens it.
  await page.getByText('QR code for your phone').click();
  assert.ok(await page.locator('.qr').isVisible());
  await page.close();
});
