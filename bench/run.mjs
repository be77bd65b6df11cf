// The performance benchmark (scripts/bench). Every build is served the way a host serves it: by
// nginx with the repository's configuration (nginx/, scripts/nginx.mjs), brotli copies sent as
// they are. Measured:
//   the app: its start page, a question page opened by link and a result page opened by link;
//   (a) a minimal Leptos 0.8 counter (bench/counter), same release profile: the framework's floor;
//   (b) a static HTML page of the start page's text and styles: the physical floor.
// For each: the bytes of everything the first page load fetches (raw, gzip -9, brotli -q 11), and,
// in headless Chromium with the CPU slowed 4x and a slow mobile network emulated through the
// DevTools Protocol, the median of RUNS runs of: first contentful paint and largest contentful
// paint (the browser's own `paint` and `largest-contentful-paint` entries), the heading on screen,
// the wasm fetched (its responseEnd), and the first button's response. Writes BENCHMARKS.md.
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { readFileSync, writeFileSync, mkdirSync, cpSync, readdirSync, statSync, existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
// Through the test harness, which resolves playwright-core from tests/e2e/node_modules.
import { chromium } from '../tests/e2e/harness.mjs';
import { startNginx } from '../scripts/nginx.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
// Fifteen, not seven: two benchmarks of seven runs of the same build put the question link's
// heading at 1.68x and 1.32x the counter's first paint, either side of the 1.4x line.
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
// Lighthouse's "slow 4G" figures: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up.
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CPU_SLOWDOWN = 4;
const LAUNCH = {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
};
// Deep links, as people arrive from a QR code, a partner's link or a shared result.
const QUESTION = 'page=qualified';
const RESULT = 'page=result&level=5&done=crime,cjs,penal&exp=yes&job=none&region=london&start=2027-01';

const median = (xs) => { const s = xs.filter((x) => x != null).sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : null; };
const kb = (n) => (n / 1024).toFixed(1);
const ms = (n) => (n == null ? 'n/a' : n.toFixed(0));
const loads = [];
const load = (when) => { const [one, five] = loadavg(); loads.push(`${when} ${one.toFixed(2)} (1 min) / ${five.toFixed(2)} (5 min)`); };

/** Writes the .br and .gz copies a build lacks (the counter's and the static page's; the app's
 * post-build step writes its own), as scripts/post-build.mjs does. */
function precompress(dir) {
  for (const name of readdirSync(dir)) {
    const f = join(dir, name);
    if (statSync(f).isDirectory() || !/\.(html|js|wasm|css)$/.test(name)) continue;
    const body = readFileSync(f);
    if (!existsSync(`${f}.br`)) writeFileSync(`${f}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    if (!existsSync(`${f}.gz`)) writeFileSync(`${f}.gz`, gzipSync(body, { level: 9 }));
  }
}

/** Makes baseline (b): the app's start page as it renders, without its scripts. */
async function staticPage(browser, appOrigin, appDist) {
  const dir = join(ROOT, 'target', 'bench', 'static');
  mkdirSync(dir, { recursive: true });
  const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
  await page.goto(`${appOrigin}/`);
  await page.waitForFunction(() => !document.getElementById('prerendered') && document.querySelector('main h1'));
  const body = await page.evaluate(() => document.body.innerHTML);
  const css = readdirSync(appDist).filter((f) => f.endsWith('.css'));
  for (const f of css) cpSync(join(appDist, f), join(dir, f));
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Static start page</title><link rel="icon" href="data:,">${css.map((f) => `<link rel="stylesheet" href="/${f}">`).join('')}</head><body>${body}</body></html>`);
  await page.context().close();
  return dir;
}

/** The files the first page load fetches, with their sizes (and the bytes the server sent). */
async function firstLoad(browser, origin, root, fragment = '') {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const urls = [];
  page.on('requestfinished', (r) => urls.push(r.url()));
  await page.goto(`${origin}/${fragment ? `#${fragment}` : ''}`);
  await page.locator('h1').first().waitFor();
  await page.waitForTimeout(500);
  const sent = await page.evaluate(() => Object.fromEntries(
    [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
      .map((e) => [new URL(e.name).pathname, e.encodedBodySize])));
  await context.close();
  return [...new Set(urls)].filter((u) => u.startsWith(origin)).map((u) => {
    const path = new URL(u).pathname;
    const body = readFileSync(join(root, path === '/' ? 'index.html' : path));
    return {
      file: path === '/' ? 'index.html' : path.slice(1).replace(/-[0-9a-f]{12,16}(?=[._])/, ''),
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      sent: sent[path] ?? null,
    };
  });
}

/** The text of the app's own heading for a fragment (not index.html's early start page). */
async function headingOf(browser, origin, fragment) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${origin}/#${fragment}`);
  await page.waitForFunction(() => !document.getElementById('prerendered') && document.querySelector('main h1'));
  const text = (await page.locator('main h1').textContent()).trim();
  await context.close();
  return text;
}

/** One throttled run: ms from navigation start to first contentful paint, largest contentful
 * paint, the wasm fetched, the heading on screen (`heading`: its text, or any for the start page)
 * and the button's response. */
async function timedRun(browser, url, { heading = null, button = null } = {}) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  // The heading counts as on screen at the first frame after an h1 has the text expected (any text
  // when none is given) and is displayed (index.html hides its early start page for deep links).
  await page.addInitScript((want) => {
    window.__lcp = [];
    new PerformanceObserver((l) => window.__lcp.push(...l.getEntries().map((e) => e.startTime)))
      .observe({ type: 'largest-contentful-paint', buffered: true });
    const seen = () => {
      if (window.__heading || window.__pending) return;
      const h = [...document.querySelectorAll('h1')].find((e) => (want ? e.textContent.trim() === want : e.textContent.trim())
        && e.getClientRects().length > 0);
      if (h) {
        window.__pending = true;
        requestAnimationFrame(() => { window.__heading = performance.now(); });
      }
    };
    new MutationObserver(seen).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
    document.addEventListener('DOMContentLoaded', seen);
  }, heading);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__heading, null, { polling: 10, timeout: 60_000 });
  let responds = null;
  if (button) {
    // Click as soon as the button is there; it responds when the page shows its effect.
    const before = await page.evaluate(() => document.body.innerText);
    await page.locator(button).first().click();
    await page.waitForFunction((b) => document.body.innerText !== b, before, { polling: 10, timeout: 60_000 });
    responds = await page.evaluate(() => performance.now());
  } else {
    // Largest contentful paint: every entry until the app has started and drawn (no input).
    await page.waitForFunction(() => !document.getElementById('prerendered') && document.readyState === 'complete', null, { polling: 10, timeout: 60_000 });
    await page.waitForTimeout(1000);
  }
  const r = await page.evaluate(() => {
    const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
    return {
      heading: window.__heading,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      lcp: window.__lcp.at(-1) ?? null,
      lcps: window.__lcp.length,
      wasm: wasm ? wasm.responseEnd : null,
    };
  });
  await context.close();
  return { ...r, responds };
}

/** Measures every target: the files of its first load, then RUNS timed runs of each, taken in
 * rounds (one run of every target per round, each round in a different order), so that a machine
 * that slows down or speeds up during the benchmark weighs on the app and the baselines alike. */
async function measureAll(browser, targets) {
  const files = [];
  for (const t of targets) files.push(await firstLoad(browser, t.origin, t.root, t.fragment));
  const runs = targets.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    const order = targets.map((_, k) => (k + i) % targets.length);
    for (const k of i % 2 ? order.reverse() : order) {
      const { origin, fragment = '', heading = null, button = null } = targets[k];
      // With a button the run clicks it, so LCP is read from separate runs without input.
      const run = await timedRun(browser, `${origin}/${fragment ? `#${fragment}` : ''}`, { heading, button: null })
        .catch((e) => { throw new Error(`${targets[k].name}, run ${i + 1}: ${e.message}`); });
      if (button) run.responds = (await timedRun(browser, `${origin}/`, { button })).responds;
      runs[k].push(run);
    }
  }
  return targets.map((t, k) => summary(t.name, files[k], runs[k]));
}

function summary(name, files, runs) {
  const total = (k) => files.reduce((n, f) => n + f[k], 0);
  const m = (k) => median(runs.map((r) => r[k]));
  const result = {
    name, files,
    raw: total('raw'), gzip: total('gzip'), brotli: total('brotli'), sent: total('sent'),
    fcp: m('fcp'), lcp: m('lcp'), heading: m('heading'), wasm: m('wasm'), responds: m('responds'),
    // Per run, then the median: the time from the wasm fetched to the heading on screen.
    startup: median(runs.map((r) => (r.wasm != null && r.heading > r.wasm ? r.heading - r.wasm : null))),
    lcpEqualsFcp: runs.filter((r) => r.lcp != null && r.fcp != null && Math.abs(r.lcp - r.fcp) < 1).length,
    runs,
  };
  console.log(`${name}: ${kb(result.brotli)} KB brotli in ${files.length} files; FCP ${ms(result.fcp)}, LCP ${ms(result.lcp)}, heading ${ms(result.heading)}, wasm fetched ${ms(result.wasm)}, responds ${ms(result.responds)} ms`);
  return result;
}

const appDist = process.env.APP_DIST ?? join(ROOT, 'dist');
const counterDist = join(ROOT, 'target', 'bench', 'counter');
precompress(counterDist);
load('at the start');
const browser = await chromium.launch(LAUNCH);
const chromeVersion = browser.version();
const appServer = await startNginx({ root: appDist });
const counterServer = await startNginx({ root: counterDist });
const staticDir = await staticPage(browser, appServer.origin, appDist);
precompress(staticDir);
const staticServer = await startNginx({ root: staticDir });

const questionHeading = await headingOf(browser, appServer.origin, QUESTION);
const resultHeading = await headingOf(browser, appServer.origin, RESULT);
// Welsh loads its own build (README, "Welsh is loaded only by those who read it"): measured
// beside the English one, though the budget is for the English.
const WELSH_QUESTION = `${QUESTION}&lang=cy`;
const welshHeading = await headingOf(browser, appServer.origin, WELSH_QUESTION);
const [app, question, result, counter, still, welsh] = await measureAll(browser, [
  { name: 'app: start page', origin: appServer.origin, root: appDist, button: 'main a[role=button]' },
  { name: 'app: question by link', origin: appServer.origin, root: appDist, fragment: QUESTION, heading: questionHeading },
  { name: 'app: result by link', origin: appServer.origin, root: appDist, fragment: RESULT, heading: resultHeading },
  { name: 'counter (a)', origin: counterServer.origin, root: counterDist, button: 'button' },
  { name: 'static page (b)', origin: staticServer.origin, root: staticDir },
  { name: 'app: Welsh question by link', origin: appServer.origin, root: appDist, fragment: WELSH_QUESTION, heading: welshHeading },
]);
load('at the end');
await browser.close();
for (const s of [appServer, counterServer, staticServer]) await s.close();

// The rules engine's timing: from scripts/bench, or target/bench/assess.txt when it was made apart
// (`cargo bench --bench assess | grep '^assess:' > target/bench/assess.txt`), read at the end.
const assessFile = join(ROOT, 'target', 'bench', 'assess.txt');
const assessLine = process.env.ASSESS_LINE || (existsSync(assessFile) ? readFileSync(assessFile, 'utf8').trim() : '');
const ratio = (a, b) => (a != null && b ? (a / b).toFixed(2) : 'n/a');
const meets = (ok) => (ok ? 'meets' : '**does not meet**');
const paint = counter.fcp;
const lines = [
  [`Heading of the start page: at most 1.1 × the counter's first paint (${ms(paint)} ms) = ${ms(1.1 * paint)} ms. The app: ${ms(app.heading)} ms (${ratio(app.heading, paint)}×)`, app.heading <= 1.1 * paint],
  [`Start page LCP at most 1.1 × its FCP (${ms(app.fcp)} ms) = ${ms(1.1 * app.fcp)} ms. The app: ${ms(app.lcp)} ms (${ratio(app.lcp, app.fcp)}×; LCP = FCP in ${app.lcpEqualsFcp} of ${RUNS} runs)`, app.lcp <= 1.1 * app.fcp],
  [`First load, brotli: at most 3.2 × the counter's (${counter.brotli} B) = ${Math.floor(3.2 * counter.brotli)} B. The app: ${app.brotli} B (${ratio(app.brotli, counter.brotli)}×)`, app.brotli <= 3.2 * counter.brotli],
];
// The 1.4x lines for a question or result by link were retired in December 2026: a spike showed
// the result page needs the whole app, so no split of the wasm brings it there. The figures are
// still reported, so a change that slows a link is seen.
const linkNote = `Reported, not budget lines (the 1.4 × lines for links were retired in December 2026: the result page needs the whole app): the heading of a question page by link ${ms(question.heading)} ms (${ratio(question.heading, paint)}× the counter's first paint), of a result page by link ${ms(result.heading)} ms (${ratio(result.heading, paint)}×).`;
const ns = Number((assessLine.match(/\((\d+) ns each/) ?? [])[1]);
const welshNote = `A Welsh link loads the build with Welsh: ${welsh.brotli} B brotli (${ratio(welsh.brotli, counter.brotli)}× the counter's); its question page's heading by link ${ms(welsh.heading)} ms (${ratio(welsh.heading, paint)}×). Not a budget line: the budget is the English first load.`;
lines.push([`\`assess\` over the whole answer space: under 100 ns a combination. ${Number.isFinite(ns) ? `${ns} ns` : '(not run)'}`, Number.isFinite(ns) && ns < 100]);
const rows = [app, question, result, counter, still, welsh];
const fileRows = rows.flatMap((r) => r.files.map((f) => `| ${r.name} | ${f.file} | ${f.raw} | ${f.gzip} | ${f.brotli} | ${f.sent ?? 'n/a'} |`));
const md = `# Benchmarks

Made by \`scripts/bench\` on ${new Date().toISOString().slice(0, 10)} (${cpus().length} cores, Debian Chromium ${chromeVersion}; load average ${loads.join(', ')}).
The app and baseline (a), a minimal Leptos 0.8 counter (\`bench/counter\`), are built with the same
release profile (\`Cargo.toml\`; wasm-opt -Oz from binaryen 132);
baseline (b) is the app's start page as rendered, saved as static HTML with the same stylesheets.
All three are served by nginx with the repository's configuration (\`nginx/\`, \`scripts/nginx.mjs\`)
from 127.0.0.1, each file as its pre-compressed brotli copy, as a host following README's "Hosting" would.

Timings: headless Chromium, CPU slowed ${CPU_SLOWDOWN}× and network emulated through the DevTools Protocol
(${NETWORK.latency} ms latency, ${(NETWORK.downloadThroughput * 8 / 1024 / 1024).toFixed(1)} Mbit/s down,
${(NETWORK.uploadThroughput * 8 / 1024).toFixed(0)} kbit/s up: Lighthouse's "slow 4G"), cache disabled, no service
worker, median of ${RUNS} runs, taken in rounds of one run of each row below (a machine that slows
down during the benchmark then slows every row alike), in ms from navigation start. FCP and LCP are the browser's own
\`first-contentful-paint\` and last \`largest-contentful-paint\` entries. "Heading" is the first frame
after the page's \`h1\` is displayed with its text (for a link, the app's heading for that page, not
index.html's early start page); "wasm" is when the wasm file has arrived (its \`responseEnd\`), and
"start-up" the median time from then to the heading; "responds" is when the first button (the
app's "Start now", the counter's button), clicked as soon as it is there, has changed the page.
Links: question \`#${QUESTION}\`, result \`#${RESULT}\`.

## Totals

| | raw bytes | gzip -9 | brotli -q 11 | sent | FCP | LCP | heading | wasm | start-up | responds |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${rows.map((r) => `| ${r.name} | ${r.raw} | ${r.gzip} | ${r.brotli} | ${r.sent} | ${ms(r.fcp)} | ${ms(r.lcp)} | ${ms(r.heading)} | ${ms(r.wasm)} | ${ms(r.startup)} | ${ms(r.responds)} |`).join('\n')}

| ratio to the counter's first paint (${ms(paint)} ms) | heading |
|---|---:|
${[app, question, result, still, welsh].map((r) => `| ${r.name} | ${ratio(r.heading, paint)} |`).join('\n')}

## Budget

${lines.map(([text, ok]) => `- ${text}: ${meets(ok)} the budget.`).join('\n')}

${linkNote}

${welshNote}

## Rules engine

${assessLine || '(not run)'}

## Every file of the first load

"sent" is what nginx sent (the resource's \`encodedBodySize\`).

| build | file | raw | gzip -9 | brotli -q 11 | sent |
|---|---|---:|---:|---:|---:|
${fileRows.join('\n')}

## Every run

| | FCP | LCP (entries) | heading | wasm | responds |
|---|---|---|---|---|---|
${rows.map((r) => `| ${r.name} | ${r.runs.map((x) => ms(x.fcp)).join(' ')} | ${r.runs.map((x) => `${ms(x.lcp)} (${x.lcps})`).join(' ')} | ${r.runs.map((x) => ms(x.heading)).join(' ')} | ${r.runs.map((x) => ms(x.wasm)).join(' ')} | ${r.runs.map((x) => ms(x.responds)).join(' ')} |`).join('\n')}
`;
const history = (() => { try { return readFileSync(join(ROOT, 'BENCHMARKS.md'), 'utf8').split('\n## History\n')[1] ?? ''; } catch { return ''; } })();
const note = process.env.BENCH_NOTE ? ` ${process.env.BENCH_NOTE}` : '';
const line = `- ${new Date().toISOString().slice(0, 10)}: served by nginx, brotli. App ${app.brotli} B brotli (${ratio(app.brotli, counter.brotli)}× counter); heading: start ${ms(app.heading)} ms (${ratio(app.heading, paint)}× the counter's first paint, ${ms(paint)} ms), question by link ${ms(question.heading)} (${ratio(question.heading, paint)}×), result by link ${ms(result.heading)} (${ratio(result.heading, paint)}×); start LCP ${ratio(app.lcp, app.fcp)}× FCP; load ${loads[0].replace('at the start ', '')}.${note}`;
if (process.env.BENCH_WRITE === '0') {
  console.log(md);
} else {
  writeFileSync(join(ROOT, 'BENCHMARKS.md'), `${md}\n## History\n\n${line}\n${history.trim() ? history.trim() + '\n' : ''}`);
  console.log('wrote BENCHMARKS.md');
}
