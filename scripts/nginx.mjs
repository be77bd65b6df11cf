// Runs nginx with the repository's configuration (nginx/) as our own process on 127.0.0.1: not the
// system service, with its own configuration, pid, logs and temporary files in a run folder of its
// own. Used by `scripts/serve --prod`, the browser tests (E2E_SERVER=nginx) and the benchmark.
//
//   node scripts/nginx.mjs [--port 8080] [--root dist] [--folder /] [--frame-ancestors "'self' https://a.example"]
//
// serves until stopped (Ctrl-C). As a module: `startNginx({ root, port, folder, frameAncestors, pages, tls })`
// resolves to { origin, close, setRoot, run, pid }, the same shape as the tests' Node server. With
// `tls: { cert, key }` (paths to PEM files) it serves HTTPS.
//
// Started as root (as in a container), nginx's workers run as `nobody` (NGINX_USER says otherwise),
// never as root: the run folder and the served folder are made readable by them.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CONF = join(REPO, 'nginx');
export const NGINX = process.env.NGINX ?? '/usr/sbin/nginx';
// Debian's libnginx-mod-http-brotli-static.
export const BROTLI_MODULE = process.env.NGINX_BROTLI_MODULE ?? '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
  });
}

const AS_ROOT = process.getuid?.() === 0;

/** The user nginx's workers run as when it is started as root, with a group of its own name if the
 * system has one (Debian: nobody and nogroup). */
function workerUser() {
  if (process.env.NGINX_USER) return process.env.NGINX_USER;
  const groups = existsSync('/etc/group') ? readFileSync('/etc/group', 'utf8') : '';
  return /^nogroup:/m.test(groups) ? 'nobody nogroup' : 'nobody';
}

/** Lets the workers (running as another user than ours, when we are root) into `dir`: a folder
 * made with mkdtemp is open to its owner only. */
function openToWorkers(dir) {
  if (!AS_ROOT) return;
  const mode = statSync(dir).mode & 0o777;
  if ((mode & 0o005) !== 0o005) chmodSync(dir, mode | 0o055);
}

/** Points `link` at `target`, replacing what was there in one step. */
function relink(target, link) {
  const tmp = `${link}.new`;
  rmSync(tmp, { force: true });
  symlinkSync(resolve(target), tmp);
  renameSync(tmp, link);
}

/** Writes the run folder: nginx.conf from nginx/nginx.conf.in, a copy of nginx/route-finder/ (with
 * another frame-ancestors list if one is given), the served tree, and the extra pages. */
export function writeConfig({ run, root, port, folder = '/', frameAncestors, pages = {}, origin, tls }) {
  if (!folder.startsWith('/') || !folder.endsWith('/')) throw new Error(`folder must start and end with /: ${folder}`);
  mkdirSync(join(run, 'route-finder'), { recursive: true });
  for (const f of ['route-finder.conf', 'headers.conf', 'server.conf', 'frame-ancestors.conf', 'hsts.conf']) {
    copyFileSync(join(CONF, 'route-finder', f), join(run, 'route-finder', f));
  }
  if (frameAncestors) {
    if (/["\\;]/.test(frameAncestors)) throw new Error(`not a frame-ancestors list: ${frameAncestors}`);
    writeFileSync(join(run, 'route-finder', 'frame-ancestors.conf'),
      `# Written by scripts/nginx.mjs --frame-ancestors.\nadd_header Content-Security-Policy "frame-ancestors ${frameAncestors}" always;\n`);
  }
  // Over HTTPS, as hsts.conf asks of an HTTPS host.
  if (tls) {
    writeFileSync(join(run, 'route-finder', 'hsts.conf'),
      '# Written by scripts/nginx.mjs for HTTPS.\nadd_header Strict-Transport-Security "max-age=31536000" always;\n');
  }
  // The app's files: app is a link to `root` (setRoot swaps the link).
  const app = join(run, 'app');
  relink(root, app);
  openToWorkers(run);
  openToWorkers(resolve(root));
  // Pages made on the fly (a partner's page, say) are written into pages/, each served at its path.
  const extra = [];
  if (Object.keys(pages).length) mkdirSync(join(run, 'pages'), { recursive: true });
  for (const [path, make] of Object.entries(pages)) {
    if (!/^\/[\w.-]+\.html$/.test(path)) throw new Error(`page paths are /name.html: ${path}`);
    writeFileSync(join(run, 'pages', path.slice(1)), make(origin));
    extra.push(`        location = ${path} {\n            root ${join(run, 'pages')};\n            include route-finder/headers.conf;\n            add_header Cross-Origin-Resource-Policy "same-origin" always;\n            add_header Cache-Control "no-cache" always;\n        }`);
  }
  if (folder !== '/') extra.push('        location / {\n            return 404;\n        }');
  const conf = readFileSync(join(CONF, 'nginx.conf.in'), 'utf8')
    .replaceAll('@USER@', AS_ROOT ? `user ${workerUser()};` : '# (not started as root: workers run as this user)')
    .replaceAll('@TLS@', tls ? ` ssl;\n        ssl_certificate ${resolve(tls.cert)};\n        ssl_certificate_key ${resolve(tls.key)}` : '')
    .replaceAll('@RUN@', run)
    .replaceAll('@BROTLI_MODULE@', BROTLI_MODULE)
    .replaceAll('@PORT@', String(port))
    .replaceAll('@ROOT@', app)
    .replaceAll('@FOLDER@', folder)
    .replaceAll('@EXTRA@', extra.join('\n'));
  if (/@[A-Z_]+@/.test(conf)) throw new Error(`nginx.conf.in has a placeholder left: ${conf.match(/@[A-Z_]+@/)[0]}`);
  writeFileSync(join(run, 'nginx.conf'), conf);
  return { app };
}

/** Starts nginx serving `root`; resolves once it answers. */
export async function startNginx({ root = join(REPO, 'dist'), port = 0, folder = '/', frameAncestors, pages = {}, run, log = false, tls } = {}) {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: run scripts/setup (Debian's nginx and libnginx-mod-http-brotli-static)`);
  if (!existsSync(BROTLI_MODULE)) throw new Error(`${BROTLI_MODULE} is missing: run scripts/setup (libnginx-mod-http-brotli-static)`);
  port ||= await freePort();
  const origin = `${tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  const own = !run;
  run = resolve(run ?? mkdtempSync(join(tmpdir(), 'prf-nginx-')));
  mkdirSync(run, { recursive: true });
  const { app } = writeConfig({ run, root, port, folder, frameAncestors, pages, origin, tls });
  const child = spawn(NGINX, ['-p', `${run}/`, '-c', join(run, 'nginx.conf'), '-e', 'stderr'], { stdio: ['ignore', 'inherit', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; if (log) process.stderr.write(d); });
  const exited = new Promise((ok) => child.once('exit', (code, signal) => ok({ code, signal })));
  let gone = null;
  exited.then((e) => { gone = e; });
  // Ready when it answers; a failed start (bad config, port taken) ends the process instead.
  for (let i = 0; ; i++) {
    if (gone) throw new Error(`nginx exited (${gone.code ?? gone.signal}) on start:\n${stderr}`);
    try {
      // Any answer will do: over HTTPS, a refused certificate is an answer.
      await fetch(`${origin}${folder}`, { method: 'HEAD' });
      break;
    } catch (e) {
      if (tls && /certificate|self.signed/i.test(String(e.cause?.code ?? e.cause ?? ''))) break;
      if (i > 200) { child.kill('SIGKILL'); throw new Error(`nginx did not answer on ${origin}:\n${stderr}`); }
      await new Promise((ok) => setTimeout(ok, 25));
    }
  }
  return {
    origin,
    run,
    pid: child.pid,
    close: async () => {
      if (!gone) { child.kill('SIGTERM'); await exited; }
      if (own) rmSync(run, { recursive: true, force: true });
    },
    setRoot: (dir) => relink(dir, app),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : fallback; };
  const folder = opt('folder', '/');
  const server = await startNginx({
    root: resolve(opt('root', join(REPO, 'dist'))),
    port: Number(opt('port', 8080)),
    folder,
    frameAncestors: opt('frame-ancestors'),
    run: opt('run', join(REPO, 'target', 'nginx')),
    log: true,
  });
  console.log(`nginx ${server.pid} serving ${opt('root', 'dist')} at ${server.origin}${folder} (configuration: ${server.run}/nginx.conf); Ctrl-C stops it`);
  const stop = async () => { await server.close(); process.exit(0); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
