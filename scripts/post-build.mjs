// Trunk post_build hook: runs on the staged build before it becomes dist/.
// 1. Puts a strict Content Security Policy in index.html, with the hash of Trunk's inline loader
//    script (the only inline script), so no 'unsafe-inline' is needed.
//    Moves Trunk's preloads of the wasm and the JS glue to the top of <head>.
// 2. Minifies wasm-bindgen's JS glue (scripts/minify-glue.mjs).
// 3. Writes sw.js from web/sw.js with the list of the app's own files and a version made from
//    their contents, so a new deploy replaces the old offline cache.
import { createHash } from 'node:crypto';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { minifyGlue } from './minify-glue.mjs';

const stage = process.env.TRUNK_STAGING_DIR;
if (!stage) throw new Error('TRUNK_STAGING_DIR is not set: run this from trunk');

const indexPath = join(stage, 'index.html');
let html = readFileSync(indexPath, 'utf8');
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const hashes = inline.map((body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
const csp = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
// The minifier may have dropped the attribute's quotes: put them back around the policy.
const placeholder = /content=("?)__CSP__\1/;
if (!placeholder.test(html)) throw new Error('index.html has no __CSP__ placeholder');
html = html.replace(placeholder, `content="${csp}"`);
// Trunk puts its preloads of the JS glue and the wasm at the end of <head>, after the stylesheets
// and the inline scripts: a link to any page but the start waits for the wasm, so the browser should
// ask for it first. They go right after the policy, which still covers them.
const preloads = [];
html = html.replace(/<link\b[^>]*\brel=("?)(?:modulepreload|preload)\1[^>]*>/g, (tag) => { preloads.push(tag); return ''; });
if (preloads.length !== 2) throw new Error(`expected Trunk's two preloads (glue and wasm), found ${preloads.length}`);
const policyTag = html.match(/<meta\b[^>]*http-equiv=("?)Content-Security-Policy\1[^>]*>/i);
if (!policyTag) throw new Error('index.html has no Content-Security-Policy meta tag');
html = html.replace(policyTag[0], policyTag[0] + [...preloads.filter((t) => /\.wasm\b/.test(t)), ...preloads.filter((t) => !/\.wasm\b/.test(t))].join(''));
writeFileSync(indexPath, html);
await minifyGlue(stage);

const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'examples') walk(path);
    } else if (name !== 'sw.js' && name !== 'embed.js') {
      files.push(relative(stage, path).split('\\').join('/'));
    }
  }
};
walk(stage);
files.sort();
const version = createHash('sha256');
for (const f of files) version.update(f).update(readFileSync(join(stage, f)));
const sw = readFileSync(new URL('../web/sw.js', import.meta.url), 'utf8')
  .replace('__VERSION__', `${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}-${version.digest('hex').slice(0, 12)}`)
  .replace('__FILES__', JSON.stringify(['./', ...files.map((f) => (f === 'index.html' ? './index.html' : `./${f}`))]));
writeFileSync(join(stage, 'sw.js'), sw);

// 4. Pre-compressed copies (.br, .gz) of every text and wasm file, for hosts that can serve them
//    as they are (nginx gzip_static / brotli_static; EMBEDDING.md).
let compressed = 0;
for (const f of [...files, 'sw.js', 'embed.js']) {
  if (!/\.(html|js|wasm|css)$/.test(f)) continue;
  const body = readFileSync(join(stage, f));
  writeFileSync(join(stage, `${f}.gz`), gzipSync(body, { level: 9 }));
  writeFileSync(join(stage, `${f}.br`), brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  compressed += 1;
}
console.log(`post-build: CSP with ${hashes.length} inline script hash(es); sw.js caches ${files.length} files; ${compressed} files pre-compressed`);
