// Printing a result (issues 14 and 31): long results print on at most two A4 pages in every mode
// and language, without buttons; headings print larger than the text; and the printout says which
// tool made it, where to find the tool again, and the day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, openPage, visit, TODAY } from './harness.mjs';

// The app's release build on 127.0.0.1 and a fresh headless Chromium, for this file.
const env = withApp();

// The longest results: the start is left to its default, so the links hold whatever today is.
const LONG = [
  ['a part-time PQiP-21', 'level=6&done=crime&exp=yes&job=none&region=london&hours=22.2'],
  ['an internal applicant, part time, a module in progress', 'level=6&done=crime,cjs&doing=penal&exp=yes&job=moj&credits5=yes&region=north-west&hours=25'],
  ['the CJL access route, part time', 'level=4&exp=yes&l3vq=yes&job=none&region=north-west&hours=22.2'],
  ['a serving PSO', 'level=3&exp=no&job=pso&service=6&done=&region=north-east'],
];
const MODES = [['', 'outside adviser mode'], ['mode=kiosk&', 'in adviser mode']];
const WELSH_MONTHS = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'];
const TOOL = { en: 'Become a probation officer: find your route', cy: "Dod yn swyddog prawf: dod o hyd i'ch llwybr" };

/** Today, the day the browser's clock is fixed at (harness.mjs), as the printout writes it. */
const today = (lang) => {
  const d = TODAY;
  return lang === 'cy'
    ? `${d.getDate()} ${WELSH_MONTHS[d.getMonth()]} ${d.getFullYear()}`
    : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
};

/** The number of A4 pages the page prints on, with the margins print.css asks for. */
async function printedPages(page) {
  const pdf = await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/** In print: each heading's size, the size of most of the text, and the largest text outside the
 * result's panel (whose date is meant to stand out). */
const printedSizes = (page) => page.evaluate(() => {
  const size = (el) => parseFloat(getComputedStyle(el).fontSize);
  const shown = (el) => el.getClientRects().length > 0;
  const text = [...document.querySelectorAll('main p, main li, main dt, main dd')].filter(shown);
  const weight = new Map();
  for (const el of text) weight.set(size(el), (weight.get(size(el)) ?? 0) + el.innerText.length);
  return {
    headings: [...document.querySelectorAll('main h1, main h2, main h3')].filter(shown)
      .map((h) => ({ text: h.innerText.slice(0, 40), size: size(h) })),
    body: [...weight].sort((a, b) => b[1] - a[1])[0][0],
    largest: Math.max(...text.filter((el) => !el.closest('.panel')).map(size)),
  };
});

for (const [lang, langPart] of [['en', ''], ['cy', 'lang=cy&']]) {
  for (const [mode, modeName] of MODES) {
    test(`long results print on at most two pages, headings larger than text, ${modeName} (${lang})`, async () => {
      const { page, errors } = await openPage(env.chrome.context);
      for (const [name, answers] of LONG) {
        await visit(page, env.server.origin, `${mode}${langPart}${answers}`);
        await page.locator('main[data-outcome]').waitFor();
        await page.emulateMedia({ media: 'print' });
        assert.equal(await page.locator('main button, main .button').first().isVisible(), false, 'no buttons');
        const pages = await printedPages(page);
        assert.ok(pages >= 1 && pages <= 2, `${name}: prints on ${pages} pages`);
        const { headings, body, largest } = await printedSizes(page);
        for (const h of headings) assert.ok(h.size > body, `${name}: "${h.text}" prints at ${h.size}px, text at ${body}px`);
        const smallest = Math.min(...headings.map((h) => h.size));
        assert.ok(largest < smallest, `${name}: text outside the panel prints at up to ${largest}px, a heading at ${smallest}px`);
        await page.emulateMedia({ media: 'screen' });
      }
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  test(`the printout opens with the tool's name, its address and the day (${lang})`, async () => {
    const { page } = await openPage(env.chrome.context);
    await visit(page, env.server.origin, `mode=kiosk&${langPart}${LONG[2][1]}`);
    await page.locator('main[data-outcome]').waitFor();
    await page.emulateMedia({ media: 'print' });
    const head = (await page.locator('main').innerText()).slice(0, 300);
    assert.ok(head.startsWith(TOOL[lang]), head);
    assert.ok(head.includes(`${env.server.origin}/`), `the tool's address in:\n${head}`);
    assert.ok(head.includes(today(lang)), `the day in:\n${head}`);
    // On screen none of it shows: the page itself comes first.
    await page.emulateMedia({ media: 'screen' });
    assert.equal(await page.getByText(`${env.server.origin}/`).first().isVisible(), false);
    await page.close();
  });
}
