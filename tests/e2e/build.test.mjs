// The release build's two wasm files and their glue, as index.html names them: nothing in them the
// app never calls (scripts/trim-wasm.mjs), and nothing the wasm asks for missing from the glue.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './harness.mjs';

const html = readFileSync(join(DIST, 'index.html'), 'utf8');
// The first script's builds: {"js":"./…js","wasm":"./…_bg.wasm"}: the app's two, and the QR
// encoder's (src/bin/qr), loaded when a QR code is first asked for.
const named = [...html.matchAll(/\{"js":"([^"]+)","wasm":"([^"]+)"\}/g)].map((m) => ({ js: m[1], wasm: m[2] }));
const builds = named.filter((b) => !b.wasm.includes('-qr-'));
const qr = named.filter((b) => b.wasm.includes('-qr-'));

test('index.html names two builds, the one with Welsh apart, and the QR encoder', () => {
  assert.equal(builds.length, 2, html.slice(0, 2000));
  assert.equal(builds.filter((b) => b.wasm.includes('-cy-')).length, 1);
  assert.equal(qr.length, 1, html.slice(0, 2000));
});

test('the QR encoder is a wasm of its own: it draws the code, and nothing of the app is in it', () => {
  const [build] = qr;
  const module = new WebAssembly.Module(readFileSync(join(DIST, build.wasm)));
  const exports = WebAssembly.Module.exports(module).map((e) => e.name);
  assert.ok(exports.includes('svg'), exports.join(' '));
  const asked = WebAssembly.Module.imports(module).map((i) => i.name);
  const glue = readFileSync(join(DIST, build.js), 'utf8');
  const given = [...new Set([...glue.matchAll(/\b(__wbg_[\w$]+|__wbindgen_[\w$]+)\s*:/g)].map((m) => m[1]))];
  assert.deepEqual(asked.filter((n) => !given.includes(n)), [], 'asked for but not given');
  // The app's wasm is over 200 KB; the encoder alone well under a quarter of it.
  assert.ok(readFileSync(join(DIST, build.wasm)).length < 50_000);
});

for (const build of builds) {
  const name = build.wasm.includes('-cy-') ? 'with Welsh' : 'without Welsh';
  const module = new WebAssembly.Module(readFileSync(join(DIST, build.wasm)));
  const glue = readFileSync(join(DIST, build.js), 'utf8');

  test(`the build ${name} exports none of the stream classes the app never uses`, () => {
    const exports = WebAssembly.Module.exports(module).map((e) => e.name);
    assert.ok(exports.includes('main') || exports.some((e) => e.startsWith('__wbindgen')), exports.join(' '));
    assert.deepEqual(exports.filter((e) => /intounderlying/i.test(e)), []);
    assert.doesNotMatch(glue, /IntoUnderlying|intounderlying/);
  });

  test(`the glue of the build ${name} gives every import its wasm asks for, and no other`, () => {
    const asked = WebAssembly.Module.imports(module).map((i) => i.name);
    assert.ok(asked.length > 10, asked.join(' '));
    // The minified glue keeps the import object's keys as they are.
    const given = [...new Set([...glue.matchAll(/\b(__wbg_[\w$]+|__wbindgen_[\w$]+)\s*:/g)].map((m) => m[1]))];
    assert.deepEqual(asked.filter((n) => !given.includes(n)), [], 'asked for but not given');
    assert.deepEqual(given.filter((n) => !asked.includes(n)), [], 'given but never asked for');
  });
}
