// The nginx configuration (nginx/), run as scripts/serve --prod runs it: the build's .br and .gz
// copies sent as they are, the headers that cannot go in the page's meta tag (on every response,
// nginx's own error pages too; Strict-Transport-Security over HTTPS only), caching (hashed files
// for a year, the page and the service worker revalidated), the frame-ancestors allow-list
// refusing a site that is not on it, and workers that never run as root. Always nginx, whatever
// E2E_SERVER says.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { request as requestTls } from 'node:https';
import { connect } from 'node:net';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startNginx } from '../../scripts/nginx.mjs';
import { serve, browser, openPage, DIST } from './harness.mjs';

let nginx;
before(async () => { nginx = await startNginx({ root: DIST }); });
after(async () => { await nginx?.close(); });

/** GET with the given Accept-Encoding; resolves to { status, headers, body } (body as sent). */
function get(origin, path, encoding, method = 'GET') {
  return new Promise((ok, fail) => {
    const send = origin.startsWith('https:') ? requestTls : request;
    const options = { method, headers: encoding ? { 'accept-encoding': encoding } : {}, rejectUnauthorized: false };
    const req = send(`${origin}${path}`, options, (res) => {
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

const PERMISSIONS = ['accelerometer', 'autoplay', 'camera', 'display-capture', 'encrypted-media', 'fullscreen',
  'geolocation', 'gyroscope', 'magnetometer', 'microphone', 'midi', 'payment', 'picture-in-picture',
  'publickey-credentials-get', 'screen-wake-lock', 'usb', 'xr-spatial-tracking'];

/** The headers every response carries; `resource` is its Cross-Origin-Resource-Policy (the page
 * and embed.js are for other sites' frames and pages), `https` whether it came over HTTPS. */
function securityHeaders(headers, path, { resource = 'same-origin', https = false } = {}) {
  assert.equal(headers['content-security-policy'], 'frame-ancestors *', path);
  assert.equal(headers['x-content-type-options'], 'nosniff', path);
  assert.equal(headers['referrer-policy'], 'no-referrer', path);
  assert.equal(headers['permissions-policy'], PERMISSIONS.map((f) => `${f}=()`).join(', '), path);
  assert.equal(headers['cross-origin-opener-policy'], 'same-origin', path);
  assert.equal(headers['cross-origin-resource-policy'], resource, path);
  // Over plain HTTP a browser ignores it (nginx/route-finder/hsts.conf: the HTTPS host adds it).
  assert.equal(headers['strict-transport-security'], https ? 'max-age=31536000' : undefined, path);
}

/** Sends `raw` as it is (a request no client library would write) and resolves to the status and
 * headers of the answer. */
function rawRequest(origin, raw) {
  return new Promise((ok, fail) => {
    const { hostname, port } = new URL(origin);
    const socket = connect(Number(port), hostname, () => socket.end(raw));
    let data = '';
    socket.on('data', (d) => { data += d; });
    socket.on('end', () => {
      const [head] = data.split('\r\n\r\n');
      const [status, ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      ok({ status: Number(status.split(' ')[1]), headers });
    });
    socket.on('error', fail);
  });
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
    assert.equal(res.headers['access-control-allow-origin'], undefined, file);
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
    securityHeaders(res.headers, path, { resource: path === '/sw.js' ? 'same-origin' : 'cross-origin' });
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

test('embed.js and its published versions are for other sites: CORS for an integrity hash, and cross-origin', async () => {
  const versions = files.filter((f) => /^embed-v\d+\.js$/.test(f));
  assert.ok(versions.length > 0, 'no published version of embed.js in dist/');
  for (const path of ['/embed.js', ...versions.map((f) => `/${f}`)]) {
    const res = await get(nginx.origin, path, 'br');
    assert.equal(res.status, 200, path);
    assert.equal(res.headers['access-control-allow-origin'], '*', path);
    assert.equal(res.headers['cache-control'], path === '/embed.js' ? 'no-cache' : 'public, max-age=31536000, immutable', path);
    securityHeaders(res.headers, path, { resource: 'cross-origin' });
  }
});

test('the responses nginx makes itself carry the headers too: 400, 403, 404, 405, 414, and outside the folder', async () => {
  const folder = await startNginx({ root: DIST, folder: '/tools/probation/' });
  const cases = [
    ['a request line nginx cannot read', () => rawRequest(nginx.origin, 'GET /%zz HTTP/1.1\r\nHost: localhost\r\n\r\n'), 400],
    ['no Host header', () => rawRequest(nginx.origin, 'GET / HTTP/1.1\r\n\r\n'), 400],
    ['an address too long', () => get(nginx.origin, `/${'a'.repeat(10_000)}`), 414],
    // An address ending in / is taken for the page, which partners frame: cross-origin.
    ['a folder without an index', () => get(nginx.origin, '/examples/'), 403, 'cross-origin'],
    ['a missing file', () => get(nginx.origin, '/missing.css'), 404],
    ['POST to a file', () => get(nginx.origin, '/sw.js', undefined, 'POST'), 405],
    ['outside the app\'s folder', () => get(folder.origin, '/elsewhere'), 404],
    ['the host\'s root, outside the folder', () => get(folder.origin, '/'), 404],
  ];
  try {
    for (const [what, response, status, resource] of cases) {
      const res = await response();
      assert.equal(res.status, status, what);
      securityHeaders(res.headers, what, { resource });
    }
  } finally {
    await folder.close();
  }
});

test('nginx\'s workers never run as root', async () => {
  const children = readdirSync('/proc').filter((p) => /^\d+$/.test(p)).filter((p) => {
    try {
      return readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1].split(' ')[1] === String(nginx.pid);
    } catch {
      return false;
    }
  });
  assert.ok(children.length > 0, 'no worker found');
  for (const pid of children) {
    const uid = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^Uid:\s+(\d+)/m)[1];
    assert.notEqual(uid, '0', `worker ${pid} runs as root`);
  }
  // And they can read what they serve, in a folder made for the test too.
  assert.equal((await get(nginx.origin, '/index.html')).status, 200);
});

test('over HTTPS, Strict-Transport-Security as well; the files are the same', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'prf-tls-'));
  const [cert, key] = [join(dir, 'cert.pem'), join(dir, 'key.pem')];
  const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert,
    '-days', '1', '-subj', '/CN=127.0.0.1'], { encoding: 'utf8' });
  assert.equal(made.status, 0, made.stderr);
  const tls = await startNginx({ root: DIST, tls: { cert, key } });
  try {
    for (const [path, resource] of [['/', 'cross-origin'], [`/${WASM}`, 'same-origin'], ['/embed.js', 'cross-origin'], ['/missing', 'same-origin']]) {
      const res = await get(tls.origin, path, 'br');
      assert.equal(res.status, path === '/missing' ? 404 : 200, path);
      securityHeaders(res.headers, path, { resource, https: true });
    }
    const page = await get(tls.origin, '/', 'br');
    assert.deepEqual(brotliDecompressSync(page.body), readFileSync(join(DIST, 'index.html')));
  } finally {
    await tls.close();
    rmSync(dir, { recursive: true, force: true });
  }
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
