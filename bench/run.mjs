// The performance benchmark (scripts/bench): the app against two baselines built with the same
// release profile and served the same way (uncompressed, by the tests' static server):
//   (a) a minimal Leptos 0.8 counter (bench/counter): the framework's floor;
//   (b) a static HTML page of the start page's text and styles: the physical floor.
// For each: the bytes of everything the first page load fetches (raw, gzip -9, brotli -q 11), and,
// in headless Chromium with the CPU slowed 4x and a slow mobile network emulated through the
// DevTools Protocol, the median of 7 runs of the time until the heading is on screen and until the
// first button responds. Writes BENCHMARKS.md.
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { readFileSync, writeFileSync, mkdirSync, cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
// Through the test harness, which resolves playwright-core from tests/e2e/node_modules.
import { serve, chromium } from '../tests/e2e/harness.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const RUNS = 7;
// Lighthouse's "slow 4G" figures: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up.
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CPU_SLOWDOWN = 4;
const LAUNCH = {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
};

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const kb = (n) => (n / 1024).toFixed(1);

/** Makes baseline (b): the app's start page as it renders, without its scripts. */
async function staticPage(browser, appOrigin, appDist) {
  const dir = join(ROOT, 'target', 'bench', 'static');
  mkdirSync(dir, { recursive: true });
  const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
  await page.goto(`${appOrigin}/`);
  await page.locator('main h1').waitFor();
  const body = await page.evaluate(() => document.body.innerHTML);
  const css = readdirSync(appDist).filter((f) => f.endsWith('.css'));
  for (const f of css) cpSync(join(appDist, f), join(dir, f));
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Static start page</title><link rel="icon" href="data:,">${css.map((f) => `<link rel="stylesheet" href="/${f}">`).join('')}</head><body>${body}</body></html>`);
  await page.context().close();
  return dir;
}

/** The files the first page load fetches, with their sizes. */
async function firstLoad(browser, origin, root) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const urls = [];
  page.on('requestfinished', (r) => urls.push(r.url()));
  await page.goto(`${origin}/`);
  await page.locator('h1').first().waitFor();
  await page.waitForTimeout(500);
  await context.close();
  return [...new Set(urls)].filter((u) => u.startsWith(origin)).map((u) => {
    const path = new URL(u).pathname;
    const body = readFileSync(join(root, path === '/' ? 'index.html' : path));
    return {
      file: path === '/' ? 'index.html' : path.slice(1).replace(/-[0-9a-f]{12,16}(?=[._])/, ''),
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
}

/** One throttled run: ms from navigation start to the heading on screen, and to the button's response. */
async function timedRun(browser, origin, button) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  // The heading counts as on screen at the first frame after it has text.
  await page.addInitScript(() => {
    const seen = () => {
      const h = document.querySelector('h1');
      if (h && h.textContent.trim() && !window.__heading) {
        requestAnimationFrame(() => { window.__heading = performance.now(); });
      }
    };
    new MutationObserver(seen).observe(document, { childList: true, subtree: true, characterData: true });
    document.addEventListener('DOMContentLoaded', seen);
  });
  await page.goto(`${origin}/`, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__heading, null, { polling: 10, timeout: 60_000 });
  const heading = await page.evaluate(() => window.__heading);
  let responds = null;
  if (button) {
    // Click as soon as the button is there; it responds when the page shows its effect.
    const before = await page.evaluate(() => document.body.innerText);
    await page.locator(button).first().click();
    await page.waitForFunction((b) => document.body.innerText !== b, before, { polling: 10, timeout: 60_000 });
    responds = await page.evaluate(() => performance.now());
  }
  await context.close();
  return { heading, responds };
}

async function measure(browser, name, root, button, compressed = false) {
  const server = await serve(root, {}, { compressed });
  const files = await firstLoad(browser, server.origin, root);
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await timedRun(browser, server.origin, button));
  await server.close();
  const total = (k) => files.reduce((n, f) => n + f[k], 0);
  const result = {
    name, files,
    raw: total('raw'), gzip: total('gzip'), brotli: total('brotli'),
    heading: median(runs.map((r) => r.heading)),
    responds: button ? median(runs.map((r) => r.responds)) : null,
    runs,
  };
  console.log(`${name}: ${kb(result.brotli)} KB brotli in ${files.length} files; heading ${result.heading.toFixed(0)} ms; responds ${result.responds?.toFixed(0) ?? 'n/a'} ms`);
  return result;
}

const assessLine = process.env.ASSESS_LINE ?? '';
const browser = await chromium.launch(LAUNCH);
const chromeVersion = browser.version();
const appDist = join(ROOT, 'dist');
const app = await measure(browser, 'app', appDist, 'main a[role=button]');
// Not a baseline: the same app served as a host with pre-compressed files would serve it.
const appBr = await measure(browser, 'app, served brotli', appDist, 'main a[role=button]', true);
const counter = await measure(browser, 'counter (a)', join(ROOT, 'target', 'bench', 'counter'), 'button');
const appServer = await serve(appDist);
const staticDir = await staticPage(browser, appServer.origin, appDist);
await appServer.close();
const still = await measure(browser, 'static page (b)', staticDir, null);
await browser.close();

const ratio = (a, b) => (b ? (a / b).toFixed(2) : 'n/a');
const sizeBudget = 2 * counter.brotli;
const timeBudget = 1.3 * counter.heading;
const meets = (ok) => (ok ? 'meets' : '**does not meet**');
const rows = [app, counter, still].flatMap((r) => r.files.map((f) => `| ${r.name} | ${f.file} | ${f.raw} | ${f.gzip} | ${f.brotli} |`));
const md = `# Benchmarks

Made by \`scripts/bench\` on ${new Date().toISOString().slice(0, 10)} (2 cores, Debian Chromium ${chromeVersion}).
The app and baseline (a), a minimal Leptos 0.8 counter (\`bench/counter\`), are built with the same
release profile (opt-level "z", LTO, one codegen unit, panic = abort, wasm-opt -Oz from binaryen 132);
baseline (b) is the app's start page as rendered, saved as static HTML with the same stylesheets.
All three are served the same way, uncompressed, from 127.0.0.1.

Timings: headless Chromium, CPU slowed ${CPU_SLOWDOWN}× and network emulated through the DevTools Protocol
(${NETWORK.latency} ms latency, ${(NETWORK.downloadThroughput * 8 / 1024 / 1024).toFixed(1)} Mbit/s down,
${(NETWORK.uploadThroughput * 8 / 1024).toFixed(0)} kbit/s up: Lighthouse's "slow 4G"), cache disabled, no service
worker, median of ${RUNS} runs, from navigation start. "Heading" is the first frame after the page's
\`h1\` has text; "responds" is when the first button (the app's "Start now", the counter's button),
clicked as soon as it is there, has changed the page.

## Totals

| | raw bytes | gzip -9 | brotli -q 11 | heading on screen (ms) | button responds (ms) |
|---|---:|---:|---:|---:|---:|
${[app, counter, still, appBr].map((r) => `| ${r.name} | ${r.raw} | ${r.gzip} | ${r.brotli} | ${r.heading.toFixed(0)} | ${r.responds?.toFixed(0) ?? 'n/a'} |`).join('\n')}

The last row is not a baseline: it is the app served as a host that sends the build's pre-compressed
\`.br\` files would serve it (EMBEDDING.md), to show what visitors get from such a host.

| ratio | bytes (brotli) | heading |
|---|---:|---:|
| app ÷ counter (a) | ${ratio(app.brotli, counter.brotli)} | ${ratio(app.heading, counter.heading)} |
| app ÷ static (b) | ${ratio(app.brotli, still.brotli)} | ${ratio(app.heading, still.heading)} |

## Budget

- Bytes: first load, brotli, at most 2 × the counter's = ${sizeBudget} bytes. The app: ${app.brotli} bytes: ${meets(app.brotli <= sizeBudget)} the budget.
- Heading on screen: at most 1.3 × the counter's = ${timeBudget.toFixed(0)} ms. The app: ${app.heading.toFixed(0)} ms: ${meets(app.heading <= timeBudget)} the budget.

## Rules engine

${assessLine || '(not run)'}

## Every file of the first load

| build | file | raw | gzip -9 | brotli -q 11 |
|---|---|---:|---:|---:|
${rows.join('\n')}
`;
const history = (() => { try { return readFileSync(join(ROOT, 'BENCHMARKS.md'), 'utf8').split('\n## History\n')[1] ?? ''; } catch { return ''; } })();
const line = `- ${new Date().toISOString().slice(0, 10)}: app ${app.brotli} B brotli (${ratio(app.brotli, counter.brotli)}× counter), heading ${app.heading.toFixed(0)} ms (${ratio(app.heading, counter.heading)}× counter).${process.env.BENCH_NOTE ? ` ${process.env.BENCH_NOTE}` : ''}`;
writeFileSync(join(ROOT, 'BENCHMARKS.md'), `${md}\n## History\n\n${line}\n${history.trim() ? history.trim() + '\n' : ''}`);
console.log('wrote BENCHMARKS.md');
