// The advice around the numbers, situation by situation, on the real page: each result opened by
// its link, in both languages, shows the key sentences its situation must show and none that it
// must never show, and axe finds nothing. The situations and their sentences come from the native
// table in tests/advice.rs (written to target/advice-situations.json by `cargo test`), so the
// browser checks the same table, through the page the person sees.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { withApp, openPage, visit } from './harness.mjs';

const file = fileURLToPath(new URL('../../target/advice-situations.json', import.meta.url));
const situations = JSON.parse(readFileSync(file, 'utf8'));
const env = withApp();

/** Text as the page shows it: one space between words, typographic quotes kept. */
const squash = (s) => s.replace(/\s+/g, ' ').trim();

test('the table of situations was written by the native tests', () => {
  assert.ok(situations.length >= 40, `${situations.length} situations`);
});

for (const s of situations) {
  test(`${s.lang}: ${s.name}`, async () => {
    const { page, errors } = await openPage(env.chrome.context);
    // The table was worked out on this day; a serving PSO's dates count from it.
    await page.clock.setFixedTime(new Date('2026-11-24T12:00:00Z'));
    await visit(page, env.server.origin, `lang=${s.lang}&${s.answers}`);
    await page.locator('main[data-outcome]').waitFor();
    const text = squash(await page.locator('main').innerText());
    for (const sentence of s.must) {
      assert.ok(text.includes(squash(sentence)), `must show: ${sentence}`);
    }
    for (const sentence of s.never) {
      assert.ok(!text.includes(squash(sentence)), `must never show: ${sentence}`);
    }
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.help}`), [], 'axe violations');
    assert.deepEqual(errors, [], 'no errors in the console');
    await page.close();
  });
}
