// Where the start-up time goes (not part of the tests): one throttled visit of a link, served by
// nginx as in the benchmark, traced through the DevTools Protocol. Prints the network timeline of
// every file and the renderer main thread's time between navigation and the heading, by kind of
// work (top-level trace events: script evaluation, wasm compilation, HTML parsing, style, layout,
// paint...), and writes the whole trace to target/bench/trace-<name>.json (open it in Chromium's
// DevTools "Performance" panel).
//
//   (cd tests/e2e && node ../../bench/profile.mjs [fragment] [dist folder])
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '../tests/e2e/harness.mjs';
import { startNginx } from '../scripts/nginx.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const fragment = process.argv[2] ?? '';
const dist = process.argv[3] ?? join(ROOT, 'dist');
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

const server = await startNginx({ root: dist });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
});
const context = await browser.newContext({ serviceWorkers: 'block' });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Network.enable');
await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
await cdp.send('Network.emulateNetworkConditions', NETWORK);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
const events = [];
cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
await cdp.send('Tracing.start', {
  transferMode: 'ReportEvents',
  traceConfig: { includedCategories: ['devtools.timeline', 'v8', 'v8.wasm', 'blink', 'loading', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute'] },
});
await page.addInitScript(() => {
  const seen = () => {
    if (window.__heading || window.__pending) return;
    const h = [...document.querySelectorAll('main h1')].find((e) => e.textContent.trim() && e.getClientRects().length > 0 && !e.closest('#prerendered'));
    if (h) { window.__pending = true; requestAnimationFrame(() => { window.__heading = performance.now(); }); }
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
});
await page.goto(`${server.origin}/${fragment ? `#${fragment}` : ''}`, { waitUntil: 'commit' });
await page.waitForFunction(() => window.__heading, null, { polling: 10, timeout: 60_000 });
const timing = await page.evaluate(() => ({
  heading: window.__heading,
  fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
  resources: [performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource')].map((e) => ({
    name: new URL(e.name).pathname, start: e.startTime, responseStart: e.responseStart, end: e.responseEnd, bytes: e.encodedBodySize,
  })),
}));
await page.waitForTimeout(300);
await cdp.send('Tracing.end');
await done;
await browser.close();
await server.close();

mkdirSync(join(ROOT, 'target', 'bench'), { recursive: true });
const file = join(ROOT, 'target', 'bench', `trace-${fragment ? fragment.replace(/[^a-z]+/g, '-').slice(0, 30) : 'start'}.json`);
writeFileSync(file, JSON.stringify({ traceEvents: events }));

console.log(`#${fragment}: FCP ${timing.fcp?.toFixed(0)} ms, heading ${timing.heading.toFixed(0)} ms`);
for (const r of timing.resources) console.log(`  ${r.name.padEnd(48)} requested ${r.start.toFixed(0).padStart(5)}  first byte ${r.responseStart.toFixed(0).padStart(5)}  done ${r.end.toFixed(0).padStart(5)} ms  ${r.bytes} B`);

// The renderer's main thread: the thread of the navigation's first "ParseHTML".
const nav = events.find((e) => e.name === 'navigationStart' || e.name === 'NavigationTiming' || e.name === 'markAsMainFrame');
const parse = events.find((e) => e.name === 'ParseHTML');
const main = parse ? { pid: parse.pid, tid: parse.tid } : null;
const t0 = (events.find((e) => e.name === 'navigationStart' && e.pid === main?.pid) ?? nav ?? parse).ts;
const end = t0 + timing.heading * 1000;
const top = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur && e.ts >= t0 && e.ts <= end);
// Time by event name, counting only events not inside another counted one (top level).
top.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
const byName = new Map();
let until = 0;
const TOP = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
for (const e of top) {
  if (TOP.has(e.name)) continue;
  if (e.ts < until) continue;
  until = e.ts + e.dur;
  byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
}
const busy = [...byName.values()].reduce((a, b) => a + b, 0);
console.log(`main thread, navigation to heading (${timing.heading.toFixed(0)} ms): ${busy.toFixed(0)} ms busy in top-level events`);
for (const [name, t] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${name.padEnd(40)} ${t.toFixed(1).padStart(7)} ms`);
// Nested: what the script time is made of.
const nested = new Map();
for (const e of top) {
  if (!/wasm|Compile|Instantiate|FunctionCall|EvaluateScript|v8\.|ParseHTML|UpdateLayoutTree|Layout|Paint|Commit/i.test(e.name)) continue;
  nested.set(e.name, (nested.get(e.name) ?? 0) + e.dur / 1000);
}
console.log('all events of these kinds (nested ones counted too):');
for (const [name, t] of [...nested].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${name.padEnd(40)} ${t.toFixed(1).padStart(7)} ms`);
// Wasm compilation happens off the main thread too.
const wasmEv = events.filter((e) => /wasm/i.test(e.name) && e.ph === 'X' && e.dur && e.ts >= t0 && e.ts <= end);
const wasmBy = new Map();
for (const e of wasmEv) wasmBy.set(e.name, (wasmBy.get(e.name) ?? 0) + e.dur / 1000);
console.log('wasm events, any thread:');
for (const [name, t] of [...wasmBy].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${name.padEnd(40)} ${t.toFixed(1).padStart(7)} ms`);
console.log(`trace: ${file}`);
