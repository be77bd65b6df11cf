// Trunk post_build hook: runs on the staged build before it becomes dist/.
// 1. Builds the app a second time, with Welsh (Trunk builds it without: src/text/mod.rs), through
//    the same wasm-bindgen and wasm-opt, and gives index.html's first script the files of both, so
//    an English page never loads the Welsh catalogue (14 KB brotli). Builds the QR encoder's own
//    wasm (src/bin/qr.rs) too, which that script loads only when a QR code is asked for. Trunk's loader and preloads
//    are replaced: the first script preloads the build the address needs, the loader starts it.
//    Also joins Trunk's stylesheets into one file.
//    In release, both builds are optimised here, not by Trunk: the exports and glue the app never
//    calls are taken out (scripts/trim-wasm.mjs), then wasm-opt runs with index.html's options.
// 2. Minifies wasm-bindgen's JS glue of both builds (scripts/minify-glue.mjs).
// 3. Puts a strict Content Security Policy in index.html, with the hashes of the inline scripts,
//    so no 'unsafe-inline' is needed.
// 4. Writes sw.js from web/sw.js with the list of the app's own files (both builds, so Welsh works
//    offline) and a version made from their contents, so a new deploy replaces the old offline cache.
// 5. Copies the published versions of embed.js (web/embed-v<n>.js), which partners pin with an
//    integrity hash (EMBEDDING.md): each stays in every build, as it is, for good.
// 6. Pre-compressed copies of every text and wasm file.
import { createHash } from 'node:crypto';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync, readdirSync, statSync, mkdtempSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { minifyGlue } from './minify-glue.mjs';
import { dropUnusedExports, trimGlue } from './trim-wasm.mjs';

const stage = process.env.TRUNK_STAGING_DIR;
if (!stage) throw new Error('TRUNK_STAGING_DIR is not set: run this from trunk');
const release = process.env.TRUNK_PROFILE === 'release';
const NAME = 'probation-route-finder';

function run(command, args, options = {}) {
  const r = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 28, encoding: 'utf8', ...options });
  if (r.error) throw new Error(`${command}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${r.status}`);
  return r.stdout;
}

/** In release, the wasm at `wasm` and its glue at `glue` without the exports the app never calls,
 * then through wasm-opt with the options index.html gives (`data-prf-wasm-opt`, `…-params`). */
async function optimise(source, wasm, glue) {
  if (!release) return;
  const level = source.match(/data-prf-wasm-opt="([^"]*)"/)?.[1];
  const params = source.match(/data-prf-wasm-opt-params="([^"]*)"/)?.[1].split(/\s+/).filter(Boolean);
  if (!level || !params) throw new Error('index.html gives no data-prf-wasm-opt and data-prf-wasm-opt-params');
  const dropped = await dropUnusedExports(wasm);
  run('wasm-opt', [`-O${level}`, ...params, '--output', wasm, wasm]);
  const trimmed = await trimGlue(readFileSync(glue, 'utf8'), dropped, wasm);
  writeFileSync(glue, trimmed.glue);
  console.log(`post-build: ${wasm.split('/').pop()}: ${dropped.length} unused exports dropped; glue without ${trimmed.statements} statement(s) and ${trimmed.imports} import(s)`);
}

/** Puts the wasm and glue into the build under names made from their contents (what hosts cache
 * for a year by), the glue pointing at the wasm's new name. Returns the names. */
function publish(wasmPath, gluePath, base) {
  const bytes = readFileSync(wasmPath);
  const glue = readFileSync(gluePath, 'utf8');
  const hash = createHash('sha256').update(bytes).update(glue).digest('hex').slice(0, 16);
  const names = { js: `${base}-${hash}.js`, wasm: `${base}-${hash}_bg.wasm` };
  const wasmName = wasmPath.split('/').pop();
  writeFileSync(join(stage, names.wasm), bytes);
  writeFileSync(join(stage, names.js), glue.split(wasmName).join(names.wasm));
  return names;
}

/** A wasm of this package built beside Trunk's: cargo builds binary `bin` with `features` (cargo's
 * arguments), then wasm-bindgen and (in release) `optimise`. Returns the hashed names of its glue
 * and wasm, which start with `base`. */
async function buildBin(source, bin, features, base) {
  const messages = run('cargo', ['build', '--target', 'wasm32-unknown-unknown', '--bin', bin, ...features,
    '--message-format=json-render-diagnostics', ...(release ? ['--release'] : [])]);
  const artifact = messages.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l))
    .find((m) => m.reason === 'compiler-artifact' && m.target.name === bin && m.target.kind.includes('bin'));
  const wasmIn = artifact?.filenames.find((f) => f.endsWith('.wasm'));
  if (!wasmIn) throw new Error(`cargo named no wasm for ${bin} ${features.join(' ')}`);
  const out = mkdtempSync(join(tmpdir(), 'prf-bin-'));
  try {
    run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, '--out-name', base, wasmIn]);
    const wasm = join(out, `${base}_bg.wasm`);
    await optimise(source, wasm, join(out, `${base}.js`));
    return publish(wasm, join(out, `${base}.js`), base);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const indexPath = join(stage, 'index.html');
let html = readFileSync(indexPath, 'utf8');
const source = readFileSync(process.env.TRUNK_HTML_FILE ?? new URL('../index.html', import.meta.url), 'utf8');

// 1. Both builds, named for index.html's first script, and the loader that starts the chosen one.
const preloads = [];
html = html.replace(/<link\b[^>]*\brel=("?)(?:modulepreload|preload)\1[^>]*>/g, (tag) => { preloads.push(tag); return ''; });
if (preloads.length !== 2) throw new Error(`expected Trunk's two preloads (glue and wasm), found ${preloads.length}`);
const hrefIn = (tag) => tag.match(/\bhref=("?)([^"\s>]+)\1/)?.[2];
const hrefOf = (ext) => preloads.map(hrefIn).find((h) => h?.endsWith(ext));
const english = { js: hrefOf('.js'), wasm: hrefOf('.wasm') };
if (!english.js || !english.wasm) throw new Error(`Trunk's preloads name no glue or wasm: ${preloads.join(' ')}`);
const dir = english.js.slice(0, english.js.lastIndexOf('/') + 1);
// Trunk names its files from its build before wasm-opt; after this hook changes them, they are
// named again from what they hold.
{
  const wasm = join(stage, english.wasm.slice(dir.length));
  const glue = join(stage, english.js.slice(dir.length));
  await optimise(source, wasm, glue);
  const names = publish(wasm, glue, NAME);
  if (names.wasm !== wasm.split('/').pop()) rmSync(wasm);
  if (names.js !== glue.split('/').pop()) rmSync(glue);
  english.wasm = dir + names.wasm;
  english.js = dir + names.js;
}
// The build with Welsh: the default features.
const welsh = await buildBin(source, NAME, [], `${NAME}-cy`);
// The QR encoder, loaded when a QR control is first opened (src/qr.rs): in no first load.
const qr = await buildBin(source, `${NAME}-qr`, ['--no-default-features'], `${NAME}-qr`);
const builds = {
  __BUILD_EN__: english,
  __BUILD_CY__: { js: dir + welsh.js, wasm: dir + welsh.wasm },
  __BUILD_QR__: { js: dir + qr.js, wasm: dir + qr.wasm },
};
for (const [placeholder, build] of Object.entries(builds)) {
  if (!html.includes(placeholder)) throw new Error(`index.html has no ${placeholder} in its first script`);
  html = html.replace(placeholder, JSON.stringify(build));
}
// Trunk's loader imports its one glue; this one imports the build the first script chose.
const trunkLoader = /<script\b[^>]*type=("?)module\1[^>]*>[\s\S]*?<\/script>/;
if (!trunkLoader.test(html)) throw new Error("index.html has no Trunk loader (a module script)");
html = html.replace(trunkLoader, `<script type="module">const b=window.prfBuild,m=await import(b.js),wasm=await m.default({module_or_path:b.wasm});window.wasmBindings=m;dispatchEvent(new CustomEvent("TrunkApplicationStarted",{detail:{wasm}}))</script>`);

// The stylesheets, one file per concern in style/, as one file: three requests fewer before the
// first paint, and 450 B less brotli than four files.
const sheets = [...html.matchAll(/<link\b[^>]*\brel=("?)stylesheet\1[^>]*>/g)].map((m) => m[0]);
const sheetFiles = sheets.map(hrefIn);
if (sheets.length === 0 || sheetFiles.some((f) => !f?.endsWith('.css'))) throw new Error(`unexpected stylesheets: ${sheets.join(' ')}`);
const css = sheetFiles.map((f) => readFileSync(join(stage, f), 'utf8')).join('\n');
const cssName = `style-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
for (const f of sheetFiles) rmSync(join(stage, f));
writeFileSync(join(stage, cssName), css);
// No integrity attribute: the file is from this origin, which the policy already requires, and
// the hash would be 65 B of first load that does not compress.
sheets.forEach((tag, i) => {
  html = html.replace(tag, i === 0 ? `<link href="${dir}${cssName}" rel="stylesheet">` : '');
});

// 2. The glue of both builds.
writeFileSync(indexPath, html);
await minifyGlue(stage);
html = readFileSync(indexPath, 'utf8');

// 3. The policy, with the hashes of the inline scripts as they now are.
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
writeFileSync(indexPath, html);

// 5. The published versions of embed.js, for partners; not the app's, so not cached by its worker.
const web = new URL('../web/', import.meta.url);
const embeds = readdirSync(web).filter((f) => /^embed-v\d+\.js$/.test(f)).sort();
for (const f of embeds) copyFileSync(new URL(f, web), join(stage, f));
const forPartners = (name) => name === 'embed.js' || embeds.includes(name);

const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'examples') walk(path);
    } else if (name !== 'sw.js' && !forPartners(name)) {
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

// 6. Pre-compressed copies (.br, .gz) of every text and wasm file, for hosts that can serve them
//    as they are (nginx gzip_static / brotli_static; EMBEDDING.md).
let compressed = 0;
for (const f of [...files, 'sw.js', 'embed.js', ...embeds]) {
  if (!/\.(html|js|wasm|css)$/.test(f)) continue;
  const body = readFileSync(join(stage, f));
  writeFileSync(join(stage, `${f}.gz`), gzipSync(body, { level: 9 }));
  writeFileSync(join(stage, `${f}.br`), brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  compressed += 1;
}
console.log(`post-build: CSP with ${hashes.length} inline script hash(es); sw.js caches ${files.length} files; ${embeds.length} published embed.js version(s); ${compressed} files pre-compressed`);
