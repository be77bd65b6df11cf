// The Content Security Policy itself, read from the built index.html. The other browser tests fail
// on any violation, but a policy loosened until nothing is blocked ('unsafe-inline', say) passes
// them all; this file fails on any policy but the one README and EMBEDDING.md promise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './harness.mjs';

const html = readFileSync(join(DIST, 'index.html'), 'utf8');

/** The attributes of a start tag's inside (`meta http-equiv=x content="y"`), quoted or not, names
 * in lower case. Written apart from scripts/post-build.mjs, so the two do not share a blind spot. */
function attributes(inside) {
  const out = {};
  for (const m of inside.matchAll(/([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    out[m[1].toLowerCase()] ??= m[2] ?? m[3] ?? m[4] ?? '';
  }
  return out;
}

/** Every <script> element: its attributes and its text. */
function scripts() {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)].map((m) => ({
    attrs: attributes(m[1]),
    body: m[2],
  }));
}

/** The policies in <meta http-equiv="Content-Security-Policy"> tags. */
function metaPolicies() {
  return [...html.matchAll(/<meta\b([^>]*)>/gi)]
    .map((m) => attributes(m[1]))
    .filter((a) => (a['http-equiv'] ?? '').toLowerCase() === 'content-security-policy')
    .map((a) => a.content);
}

/** A policy as a map from directive to its list of sources, failing on a directive given twice. */
function parse(policy) {
  const directives = new Map();
  for (const part of policy.split(';').map((p) => p.trim()).filter(Boolean)) {
    const [name, ...sources] = part.split(/\s+/);
    assert.ok(!directives.has(name.toLowerCase()), `${name} given twice`);
    directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

test('index.html carries exactly one policy, before any script', () => {
  const policies = metaPolicies();
  assert.equal(policies.length, 1, 'one Content-Security-Policy meta tag');
  assert.notEqual(policies[0], '__CSP__', 'the post-build hook filled in the policy');
  // A policy in a meta tag applies only to what comes after it.
  const meta = html.search(/<meta\b[^>]*content-security-policy/i);
  const firstScript = html.search(/<script\b/i);
  assert.ok(meta >= 0 && (firstScript < 0 || meta < firstScript), 'the policy comes before the first script');
});

test('the policy is exactly the promised one: no other origin, nothing unsafe', () => {
  const csp = parse(metaPolicies()[0]);
  const inline = scripts().filter((s) => !('src' in s.attrs)).map((s) => sha256(s.body));
  // README ("Content Security Policy") and EMBEDDING.md ("For the host of the tool").
  const promised = new Map([
    ['default-src', ["'none'"]],
    ['script-src', ["'self'", "'wasm-unsafe-eval'", ...inline]],
    ['style-src', ["'self'"]],
    ['img-src', ["'self'", 'data:']],
    ['connect-src', ["'self'"]],
    ['worker-src', ["'self'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
  ]);
  const sorted = (m) => [...m].map(([k, v]) => [k, [...v].sort()]).sort(([a], [b]) => a.localeCompare(b));
  assert.deepEqual(sorted(csp), sorted(promised));
  const all = [...csp.values()].flat().map((s) => s.toLowerCase());
  for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'strict-dynamic'", '*', 'http:', 'https:']) {
    assert.ok(!all.includes(unsafe), `the policy allows ${unsafe}`);
  }
});

test('every inline script is allowed by its hash, and only those', () => {
  const inline = scripts().filter((s) => !('src' in s.attrs));
  // EMBEDDING.md: two inline scripts, the one that chooses the build (and hides the early start
  // page for a link) and the loader that starts it.
  assert.equal(inline.length, 2, inline.map((s) => s.body.slice(0, 60)).join('\n'));
  const scriptSrc = parse(metaPolicies()[0]).get('script-src') ?? [];
  for (const s of inline) {
    assert.ok(scriptSrc.includes(sha256(s.body)), `no hash for inline script ${s.body.slice(0, 60)}`);
  }
  const hashes = scriptSrc.filter((s) => /^'sha(256|384|512)-/.test(s));
  assert.deepEqual(hashes.sort(), inline.map((s) => sha256(s.body)).sort(), 'a hash for a script that is not there');
  // Event handler attributes would need 'unsafe-hashes' or 'unsafe-inline'; none are written.
  const handlers = [...html.matchAll(/<[a-z][^>]*\son[a-z]+\s*=/gi)].map((m) => m[0]);
  assert.deepEqual(handlers, []);
});
