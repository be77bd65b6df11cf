// Shows the browser tests can fail on the weakenings of issue 16 that live in the built files:
// each is applied to its own copy of a built dist/, and the browser tests that guard it are run
// against that copy (DIST_DIR). First the same tests run on an untouched copy, which must pass:
// a test that fails on everything shows nothing. Usage: scripts/weaken [dist-dir] (see TESTING.md).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = resolve(process.argv[2] ?? join(root, 'dist'));
const e2e = join(root, 'tests', 'e2e');
if (!existsSync(join(dist, 'index.html'))) throw new Error(`no built app in ${dist}: run trunk build --release first`);

/** Replaces `pattern` in one file of the copy, failing when it is not there: a weakening that
 * silently did nothing would make its test look strong. */
function edit(dir, file, pattern, replacement) {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(pattern, replacement);
  if (after === before) throw new Error(`${file}: ${pattern} not found; the weakening was not applied`);
  writeFileSync(path, after);
}

const WEAKENINGS = [
  {
    name: "CSP: 'unsafe-inline' in script-src, the inline scripts' hashes removed",
    tests: ['csp.test.mjs'],
    apply: (dir) => edit(dir, 'index.html', /(script-src[^;"]*?)((?:\s*'sha256-[^']+')+)/, "$1 'unsafe-inline'"),
  },
  {
    name: 'service worker: old caches never deleted',
    tests: ['offline.test.mjs'],
    apply: (dir) => edit(dir, 'sw.js', /caches\.delete\(k\)/, 'Promise.resolve(false)'),
  },
  {
    name: 'embed.js: the origin check on height messages removed',
    tests: ['embed.test.mjs'],
    apply: (dir) => edit(dir, 'embed.js', /if\s*\(\s*event\.origin\s*!==\s*app\.origin\s*\)\s*return;?/, ''),
  },
];

/** Runs test files against `dir`; returns the names of the tests that failed and the exit code. */
function run(dir, files) {
  const r = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=tap', ...files], {
    cwd: e2e,
    env: { ...process.env, DIST_DIR: dir },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const failed = [...r.stdout.matchAll(/^\s*not ok \d+ - (.*)$/gm)]
    .map((m) => m[1])
    .filter((name) => !name.endsWith('.test.mjs'));
  return { code: r.status, failed, output: r.stdout + r.stderr };
}

/** A fresh copy of the build, weakened by `apply`, removed after `body`. */
function withCopy(apply, body) {
  const dir = mkdtempSync(join(tmpdir(), 'prf-weak-'));
  try {
    cpSync(dist, dir, { recursive: true });
    apply(dir);
    return body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let ok = true;
const files = [...new Set(WEAKENINGS.flatMap((w) => w.tests))];
console.log(`control: ${files.join(', ')} on an untouched copy of ${dist}`);
const control = withCopy(() => {}, (dir) => run(dir, files));
if (control.code !== 0) {
  console.log(control.output);
  console.log('FAILED: the tests fail on the untouched build, so the runs below would show nothing');
  process.exit(1);
}
console.log('  passes\n');

for (const w of WEAKENINGS) {
  console.log(`weakening: ${w.name}\n  running ${w.tests.join(', ')}`);
  const r = withCopy(w.apply, (dir) => run(dir, w.tests));
  if (r.code !== 0 && r.failed.length > 0) {
    console.log(`  caught: ${r.failed.length} test(s) failed`);
    for (const name of r.failed) console.log(`    - ${name}`);
  } else {
    ok = false;
    console.log(r.output);
    console.log('  NOT CAUGHT: every test passed on the weakened build');
  }
  console.log('');
}
console.log(ok ? 'every weakening was caught' : 'some weakening was not caught');
process.exit(ok ? 0 : 1);
