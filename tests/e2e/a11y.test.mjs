// axe-core on every kind of page, and screenshots at 320px and 1280px kept as test artefacts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { withApp, openPage, visit } from './harness.mjs';

const SHOTS = new URL('./artifacts/', import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });
// The app's release build on 127.0.0.1 and a fresh headless Chromium, for this file.
const env = withApp();

const full = 'level=5&done=crime,cjs,penal&exp=yes&job=none&region=london&start=2027-01';
const PAGES = [
  ['start', ''],
  ['privacy', 'page=privacy'],
  ...['qualified', 'level', 'overseas', 'job', 'exp', 'done', 'region', 'hours', 'start'].map((q) => [`question-${q}`, `page=${q}&${q === 'qualified' ? '' : 'qualified=none&'}${q === 'level' || q === 'qualified' ? '' : 'level=6&exp=yes&job=none&done=crime,cjs&region=london'}`]),
  ['question-qualyear', 'page=qualyear&qualified=pqf'],
  ['question-service', 'page=service&level=3&job=pso'],
  ['question-credits5', 'page=credits5&level=5&job=moj'],
  ['question-l3vq', 'page=l3vq&level=3&job=none&exp=yes'],
  ['question-doing', 'page=doing&level=6&exp=yes&job=none&done=crime,cjs'],
  ['error-level', 'level=9'],
  ['error-hours', `${full}&hours=40`],
  ['error-service', 'level=3&job=pso&service=x'],
  ['check', `page=check&${full}`],
  ['result-pqip-15', full],
  ['result-pqip-21-part-time', 'level=6&done=crime&exp=yes&job=none&region=north-west&hours=25&start=2027-01'],
  ['result-conditional', 'level=6&done=crime,cjs&doing=penal&exp=yes&job=none&region=london&start=2027-01'],
  ['result-cjl', 'level=4&exp=yes&l3vq=yes&job=none&region=greater-manchester&start=2027-01'],
  ['result-pso', 'level=2&exp=no&job=none&start=2027-01'],
  ['result-already-qualified', 'qualified=dipps&qualyear=2003'],
  ['question-diploma', 'page=diploma&qualified=none&level=2&overseas=no&job=pso&service=4'],
  ['result-modules-first', 'level=5&done=&exp=yes&job=none&region=london'],
  ['result-serving-below-level-3', 'level=2&job=pso&service=14&region=london'],
  // Issue 14: the notice for a partner's editor, privacy with the answers kept, a preset embed.
  ['embed-setup-notice', 'embed=1&setup=region,start,lang,brand,contrast'],
  ['privacy-from-a-question', 'page=privacy&level=5&from=overseas'],
  ['embed-presets-result', `embed=1&home=question&preset-region=wales&brand=5b2d86&${full}`],
];

for (const [name, fragment] of PAGES) {
  test(`axe finds no violations: ${name}`, async () => {
    const { page, errors } = await openPage(env.chrome.context);
    await visit(page, env.server.origin, fragment);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    assert.deepEqual(summary, [], `${name}: ${summary.join('\n')}`);
    assert.deepEqual(errors, []);
    if (/^(start|question-level|error-level|result-pqip-15|check)$/.test(name)) {
      for (const width of [320, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.screenshot({ path: `${SHOTS}${name}-${width}.png`, fullPage: true });
        // Nothing is wider than the screen: no sideways scrolling at 320px.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${name} at ${width}px scrolls sideways by ${overflow}px`);
      }
    }
    console.log(`axe ${name}: ${results.violations.length} violations, ${results.passes.length} rules passed`);
    await page.close();
  });
}

test('at 200% zoom (640px wide at 2x) the start page still fits', async () => {
  const { page } = await openPage(env.chrome.context);
  await page.setViewportSize({ width: 640, height: 900 });
  await visit(page, env.server.origin);
  await page.evaluate(() => { document.body.style.zoom = '2'; });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `scrolls sideways by ${overflow}px`);
  await page.close();
});
