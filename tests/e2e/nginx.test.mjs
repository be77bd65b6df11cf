// The nginx configuration (nginx/), run as scripts/serve --prod runs it: the build's .br and .gz
// copies sent as they are, the headers that cannot go in the page's meta tag, caching (hashed files
// for a year, the page and the service worker revalidated), and the frame-ancestors allow-list
// refusing a site that is not on it. Always nginx, whatever E2E_SERVER says.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startNginx } from '../../scripts/nginx.mjs';
import { serve, browser, openPage, DIST } from './harness.mjs';

let nginx;
before(async () => { nginx = await startNginx({ root: DIST }); });
after(async () => { await nginx?.close(); });

/** GET with the given Accept-Encoding; resolves to { status, headers, body } (body as sent). */
function get(origin, path, encoding) {
  return new Promise((ok, fail) => {
    const req = request(`${origin}${path}`, { headers: encoding ? { 'accept-encoding': encoding } : {} }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

const files = readdirSync(DIST);
const hashed = (re) => {
  const name = files.find((f) => re.test(f));
  assert.ok(name, `no ${re} in dist/`);
  return name;
};
const WASM = hashed(/-[0-9a-f]{8,16}_bg\.wasm$/);
const JS = hashed(/-[0-9a-f]{8,16}\.js$/);
const CSS = hashed(/-[0-9a-f]{8,16}\.css$/);

function securityHeaders(headers, path) {
  assert.equal(headers['content-security-policy'], 'frame-ancestors *', path);
  assert.equal(headers['x-content-type-options'], 'nosniff', path);
  assert.equal(headers['referrer-policy'], 'no-referrer', path);
}

test('hashed files: brotli to a browser that accepts it, cached for a year, the right type', async () => {
  // Every hashed file of the build (Trunk's hashes are 64 bits in hex without leading zeros).
  const all = files.filter((f) => /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$/.test(f));
  assert.equal(all.length, files.filter((f) => /\.(wasm|css)$/.test(f) || /-[0-9a-f]+\.js$/.test(f)).length, all.join(' '));
  const typeOf = { wasm: 'application/wasm', js: /javascript/, css: /^text\/css/ };
  for (const [file, type] of [[WASM, typeOf.wasm], [JS, typeOf.js], [CSS, typeOf.css], ...all.map((f) => [f, typeOf[f.split('.').at(-1)]])]) {
    const res = await get(nginx.origin, `/${file}`, 'gzip, deflate, br');
    assert.equal(res.status, 200, file);
    assert.equal(res.headers['content-encoding'], 'br', file);
    assert.match(res.headers.vary ?? '', /Accept-Encoding/i, file);
    assert.equal(res.headers['cache-control'], 'public, max-age=31536000, immutable', file);
    if (typeof type === 'string') assert.equal(res.headers['content-type'], type, file);
    else assert.match(res.headers['content-type'], type, file);
    securityHeaders(res.headers, file);
    // The bytes sent are the build's .br copy, and it decompresses to the file.
    assert.deepEqual(res.body, readFileSync(join(DIST, `${file}.br`)), file);
    assert.deepEqual(brotliDecompressSync(res.body), readFileSync(join(DIST, file)), file);
  }
});

test('gzip to a client without brotli, the file as it is to one without either', async () => {
  const gz = await get(nginx.origin, `/${WASM}`, 'gzip');
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.deepEqual(gunzipSync(gz.body), readFileSync(join(DIST, WASM)));
  const plain = await get(nginx.origin, `/${WASM}`);
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.deepEqual(plain.body, readFileSync(join(DIST, WASM)));
});

test('the page and the service worker are revalidated on every visit; so is embed.js', async () => {
  for (const path of ['/', '/index.html', '/sw.js', '/embed.js']) {
    const res = await get(nginx.origin, path, 'br');
    assert.equal(res.status, 200, path);
    assert.equal(res.headers['cache-control'], 'no-cache', path);
    assert.equal(res.headers['content-encoding'], 'br', path);
    securityHeaders(res.headers, path);
  }
  const page = await get(nginx.origin, '/', 'br');
  assert.equal(page.headers['content-type'], 'text/html; charset=utf-8');
  assert.deepEqual(brotliDecompressSync(page.body), readFileSync(join(DIST, 'index.html')));
  // Nothing to say which server or version it is.
  assert.equal(page.headers.server, 'nginx');
  // A missing file is a 404, with the same headers.
  const missing = await get(nginx.origin, '/nothing-here.js', 'br');
  assert.equal(missing.status, 404);
  securityHeaders(missing.headers, '404');
});

test('a frame-ancestors allow-list: a listed partner can embed the tool, another site cannot', async () => {
  // The same partner page served under two origins (127.0.0.1 and localhost are different sites):
  // only the first is on the list.
  const app = await startNginx({ root: DIST, frameAncestors: "'self' http://127.0.0.1:*" });
  const partner = await serve(join(DIST, 'examples'), {
    '/plain.html': () => `<!doctype html><html lang="en"><title>Partner</title><link rel="icon" href="data:,">
      <iframe title="Probation route finder" src="${app.origin}/#embed=1&page=qualified" style="width:100%;height:900px;border:0"></iframe></html>`,
  });
  const chrome = await browser();
  try {
    const res = await get(app.origin, '/', 'br');
    assert.equal(res.headers['content-security-policy'], "frame-ancestors 'self' http://127.0.0.1:*");
    const { page } = await openPage(chrome.context);
    const inFrame = (p) => p.frames().find((f) => f !== p.mainFrame());
    await page.goto(`${partner.origin}/plain.html`);
    await page.waitForFunction(() => document.querySelector('iframe'));
    const frame = inFrame(page);
    await frame.waitForSelector('main h1');
    assert.ok(frame.url().startsWith(app.origin), frame.url());

    const other = partner.origin.replace('127.0.0.1', 'localhost');
    const refused = [];
    page.on('console', (m) => { if (/frame-ancestors/.test(m.text())) refused.push(m.text()); });
    await page.goto(`${other}/plain.html`);
    await page.waitForFunction(() => document.querySelector('iframe'));
    await page.waitForTimeout(1000);
    const blocked = inFrame(page);
    const heading = await blocked.evaluate(() => document.querySelector('main h1')?.textContent ?? null).catch(() => null);
    assert.equal(heading, null, `the tool drew in a frame of ${other}`);
    assert.ok(!blocked.url().startsWith(app.origin), blocked.url());
    console.log(`frame-ancestors: drawn for ${partner.origin}, refused for ${other} (${refused.length} console report(s); frame ${blocked.url()})`);
  } finally {
    await chrome.close();
    await app.close();
    await partner.close();
  }
});
