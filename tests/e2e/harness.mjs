// Shared set-up for the browser tests: a static server for the release build on 127.0.0.1, and
// Debian's headless Chromium driven by playwright-core (no browser is downloaded).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { startNginx } from '../../scripts/nginx.mjs';
export { chromium };

const here = fileURLToPath(new URL('.', import.meta.url));
export const DIST = process.env.DIST_DIR ?? join(here, '..', '..', 'dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Which server the tests use: `node` (the static server below, the default) or `nginx` (the
 * repository's nginx configuration, nginx/, run by scripts/nginx.mjs as our own process, as a host
 * would serve the build: brotli, the security headers and caching). */
export const SERVER = process.env.E2E_SERVER ?? 'node';
if (!['node', 'nginx'].includes(SERVER)) throw new Error(`E2E_SERVER is node or nginx, not ${SERVER}`);

/** Serves the built app; resolves to { origin, close, setRoot }. `pages` maps extra paths to
 * HTML made on the fly (a partner's page, say), given the server's own origin. With `folder`
 * ('/tools/prf/', say) the app is served from that folder of the host, and nothing else is.
 * With E2E_SERVER=nginx every server is an nginx of its own (always compressed), unless `plain`
 * asks for a host without our configuration, which is always this Node server. */
export async function serve(root = DIST, pages = {}, options = {}) {
  if (SERVER === 'nginx' && !options.plain) return startNginx({ root, pages, folder: options.folder ?? '/' });
  return serveNode(root, pages, options);
}

/** With `plain`, a static host that knows nothing of the app: no `Cache-Control: no-cache` on the
 * page or the worker, each file's `Last-Modified` (its modification time) and a 304 for an
 * unchanged one, as most hosts send by default, and `plain.cacheControl` on every file if given
 * (GitHub Pages sends `max-age=600`). Without `Cache-Control`, a browser may keep a file for a
 * tenth of its age without asking (RFC 9111, 4.2.2). */
async function serveNode(root, pages, { compressed = false, folder = '/', plain = null } = {}) {
  let origin = '';
  const server = createServer(async (req, res) => {
    const path0 = new URL(req.url, 'http://x').pathname;
    if (pages[path0]) {
      res.writeHead(200, { 'content-type': TYPES['.html'] });
      res.end(pages[path0](origin));
      return;
    }
    const full = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!full.startsWith(folder)) {
      res.writeHead(404).end('not found');
      return;
    }
    const path = `/${full.slice(folder.length)}`;
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    try {
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      // Like a host with brotli_static: the build's .br copy when the browser accepts it.
      let body;
      if (compressed && /\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = await readFile(`${file}.br`).catch(() => null);
        if (body) headers['content-encoding'] = 'br';
      }
      body ??= await readFile(file);
      // Partners load these from their own pages, with an integrity hash: that needs CORS.
      if (/\/embed(-v\d+)?\.js$/.test(file)) headers['access-control-allow-origin'] = '*';
      if (plain) {
        const modified = new Date((await stat(file)).mtime).toUTCString();
        headers['last-modified'] = modified;
        if (plain.cacheControl) headers['cache-control'] = plain.cacheControl;
        const since = req.headers['if-modified-since'];
        if (since && Date.parse(since) >= Date.parse(modified)) {
          res.writeHead(304, headers).end();
          return;
        }
      } else if (/(sw\.js|index\.html)$/.test(file)) {
        // As a host should (README): the worker script and the page are always revalidated.
        headers['cache-control'] = 'no-cache';
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(ok); }),
    setRoot: (dir) => { root = dir; },
  };
}

/** Starts headless Chromium with a fresh profile. */
export async function browser(options = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'prf-chromium-'));
  const b = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic',
    ],
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  const close = async () => {
    await b.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context: b, close };
}

/** The day the browser tests run on: the rules count from today, so a fixed day keeps every
 * expected month the same whenever the tests run (a test that needs the real clock, or its own
 * timers, installs its own). */
export const TODAY = new Date(process.env.E2E_TODAY ?? '2026-12-06T12:00:00Z');

/** A new page that records every request it makes and every console error. */
export async function openPage(context) {
  const page = await context.newPage();
  await page.clock.setFixedTime(TODAY);
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  // Every Content Security Policy violation in any frame is recorded for cspViolations().
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return { page, requests, errors };
}

/** Opens a fragment and waits for the app to have drawn its heading (index.html's own start
 * page, shown while the app loads, is gone by then). */
export async function visit(page, origin, fragment = '') {
  await page.goto(`${origin}/${fragment ? '#' + fragment : ''}`);
  await appReady(page);
}

/** Waits until the app, not index.html's early start page, shows a heading. */
export async function appReady(page) {
  await page.waitForFunction(() => !document.getElementById('prerendered') && document.querySelector('main h1'));
}

/** The CSP violations seen so far in the page and all its frames. A frame that cannot be read
 * fails the call rather than counting as clean. */
export async function cspViolations(page) {
  const all = [];
  for (const frame of page.frames()) {
    if (frame.isDetached()) continue;
    all.push(...(await frame.evaluate(() => window.__cspViolations ?? [])));
  }
  return all;
}

/** What cookies, localStorage, sessionStorage and IndexedDB hold for the page's origin. */
export async function stored(page) {
  return page.evaluate(async () => ({
    cookies: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    indexedDb: (await indexedDB.databases()).length,
  }));
}

/** For a test file: starts the app's server and a browser before its tests, stops them after.
 * The returned object gets `server` and `chrome` once the tests begin. */
export function withApp() {
  const env = {};
  before(async () => {
    env.server = await serve();
    env.chrome = await browser();
  });
  after(async () => {
    await env.chrome?.close();
    await env.server?.close();
  });
  return env;
}
