// Minifies wasm-bindgen's JS glue in a Trunk build, which Trunk's own minifier cannot parse (it
// ships unminified otherwise: 40 KB instead of 18 KB). Used by scripts/post-build.mjs for the app
// and as a post_build hook by bench/counter, so the baseline gets the same treatment.
// terser is installed into .tools/ by scripts/setup, next to wasm-opt.
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const tools = new URL('../.tools/', import.meta.url);

export async function minifyGlue(stage) {
  let terser;
  try {
    terser = createRequire(tools)('terser');
  } catch {
    throw new Error('terser is not in .tools/: run scripts/setup');
  }
  const glue = readdirSync(stage).filter((f) => f.endsWith('.js') && readFileSync(join(stage, f), 'utf8').includes('__wbindgen'));
  for (const f of glue) {
    const path = join(stage, f);
    const before = readFileSync(path, 'utf8');
    const { code } = await terser.minify(before, { module: true, compress: true, mangle: true });
    writeFileSync(path, code);
    // Trunk's modulepreload link checks the file's hash: give it the new one.
    const indexPath = join(stage, 'index.html');
    const integrity = `sha384-${createHash('sha384').update(code, 'utf8').digest('base64')}`;
    const html = readFileSync(indexPath, 'utf8');
    let tags = 0;
    const updated = html.replace(/<link\b[^>]*>/g, (tag) => {
      if (!tag.includes(f) || !tag.includes('integrity=')) return tag;
      tags += 1;
      return tag.replace(/sha384-[A-Za-z0-9+/=]+/, integrity);
    });
    writeFileSync(indexPath, updated);
    console.log(`minify-glue: ${f} ${before.length} -> ${code.length} bytes; integrity updated in ${tags} tag(s)`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const stage = process.env.TRUNK_STAGING_DIR;
  if (!stage) throw new Error('TRUNK_STAGING_DIR is not set: run this from trunk');
  await minifyGlue(stage);
}
