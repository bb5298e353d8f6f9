/**
 * `npm run bench:serve`: how close the production server comes to a static file server on the
 * same prerendered HTML, in the same run.
 *
 * Starts the built site (`node server.mjs`, as `npm start` does) and Debian's nginx (one worker,
 * gzip on, the same security headers added) serving a copy of the very same HTML file, both on
 * 127.0.0.1. Then autocannon (BENCH_CONNECTIONS, default 50, with a browser's
 * `Accept-Encoding: gzip, deflate, br`) loads each for BENCH_SECONDS (default 10), alternating,
 * BENCH_ROUNDS times (default 3), and prints requests/s, p50 and p99 latency per round, the
 * medians and the ratio site/nginx. Figures only: nothing here passes or fails on a time.
 *
 * Needs a build (`npm run build`). BENCH_PAGE picks the page (default: the flagship answer);
 * BENCH_PORT the site's port (nginx takes the next one; default: free ports).
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import autocannon from 'autocannon';
import type { StaticPageManifest } from '../../src/server/static-page-manifest.mjs';
import { buildDir, distDir } from '../build-dir';
import { freePort, freshDataDir, startServer } from '../proof/server-process';

const page = process.env.BENCH_PAGE || '/ask/multi-sig-vs-alvh-layered-hedging';
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const ACCEPT_ENCODING = 'gzip, deflate, br';
const NGINX_APT = 'sudo apt-get install -y nginx';

interface Figures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

function findNginx(): string | null {
  for (const candidate of ['/usr/sbin/nginx', '/usr/bin/nginx'])
    if (existsSync(candidate)) return candidate;
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  return which.status === 0 ? which.stdout.trim() : null;
}

/** Debian's nginx: installed when missing and we are root, else null (the bench says how). */
function ensureNginx(): string | null {
  const found = findNginx();
  if (found) return found;
  if (process.getuid?.() !== 0) return null;
  console.log("nginx is missing: installing Debian's package (apt-get install -y nginx) …");
  const apt = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'nginx'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return apt.status === 0 ? findNginx() : null;
}

/** nginx's string syntax: the value in double quotes, with quotes and backslashes escaped. */
const quoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

function nginxConfig(root: string, port: number, headers: Record<string, string>): string {
  // Headers nginx makes itself (type, length, ETag) or that only Next's router uses are left out.
  const skip = new Set([
    'content-type',
    'etag',
    'vary',
    'x-nextjs-cache',
    'x-nextjs-prerender',
    'x-nextjs-stale-time',
  ]);
  const added = Object.entries(headers)
    .filter(([key]) => !skip.has(key.toLowerCase()))
    .map(([key, value]) => `      add_header ${key} ${quoted(value)} always;`)
    .join('\n');
  return `worker_processes 1;
daemon off;
pid ${root}/nginx.pid;
error_log ${root}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${root}/tmp/body;
  proxy_temp_path ${root}/tmp/proxy;
  fastcgi_temp_path ${root}/tmp/fastcgi;
  uwsgi_temp_path ${root}/tmp/uwsgi;
  scgi_temp_path ${root}/tmp/scgi;
  types { text/html html; }
  default_type application/octet-stream;
  sendfile on;
  tcp_nopush on;
  keepalive_timeout 65;
  keepalive_requests 100000;
  gzip on;
  gzip_vary on;
  gzip_types text/html;
  server {
    listen 127.0.0.1:${port};
    root ${root}/www;
    location / {
      try_files $uri $uri.html =404;
${added}
    }
  }
}
`;
}

async function startNginx(
  binary: string,
  html: Buffer,
  headers: Record<string, string>,
  port: number,
) {
  const root = mkdtempSync(join(tmpdir(), 'vixshield-nginx-'));
  const file = join(root, 'www', `${page.slice(1)}.html`);
  mkdirSync(dirname(file), { recursive: true });
  mkdirSync(join(root, 'tmp'), { recursive: true });
  writeFileSync(file, html);
  // Run as root, nginx's worker drops to an unprivileged user, which must be able to read the copy.
  spawnSync('chmod', ['-R', 'a+rX', root]);
  chmodSync(root, 0o755);
  const conf = join(root, 'nginx.conf');
  writeFileSync(conf, nginxConfig(root, port, headers));
  const child = spawn(binary, ['-e', join(root, 'error.log'), '-p', root, '-c', conf], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}: ${stderr}`);
    try {
      if ((await fetch(`${url}${page}`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`nginx did not answer: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => {
          rmSync(root, { recursive: true, force: true });
          resolve();
        });
        child.kill('SIGQUIT');
      }),
  };
}

/** The HTML a server sends (fetch decodes brotli and gzip), so both are checked to send the same page. */
async function fetchDecoded(url: string): Promise<{ html: Buffer; encoding: string }> {
  const response = await fetch(url, { headers: { 'accept-encoding': ACCEPT_ENCODING } });
  const encoding = response.headers.get('content-encoding') ?? 'identity';
  return { html: Buffer.from(await response.arrayBuffer()), encoding };
}

/**
 * Waits until the server answers promptly several times in a row: after listening, Next loads
 * every route's code (preloadEntriesOnStart), which blocks its event loop for seconds on a busy
 * machine; that start-up cost is not what the rounds measure.
 */
async function settle(url: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  let prompt = 0;
  while (prompt < 5 && Date.now() < deadline) {
    const started = performance.now();
    const answered = await fetch(url, { signal: AbortSignal.timeout(30_000) }).then(
      (response) => response.arrayBuffer().then(() => response.ok),
      (error: unknown) => {
        console.log(`(waiting for ${url}: ${error instanceof Error ? error.message : error})`);
        return false;
      },
    );
    prompt = answered && performance.now() - started < 50 ? prompt + 1 : 0;
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function measure(url: string, duration: number): Promise<Figures> {
  const result = await autocannon({
    url,
    connections,
    duration,
    headers: { 'accept-encoding': ACCEPT_ENCODING },
  });
  return {
    requestsPerSecond: result.requests.total / Math.max(result.duration, 1e-9),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ')).join('\n');
}

async function main(): Promise<void> {
  const manifestFile = join(buildDir, 'static-pages', 'manifest.json');
  if (!existsSync(manifestFile))
    throw new Error(`no static page manifest in ${distDir}: run \`npm run build\` first`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as StaticPageManifest;
  const entry = manifest.pages[page];
  if (!entry) throw new Error(`${page} is not a prerendered page of this build`);
  const html = readFileSync(join(buildDir, entry.files.identity));

  const nginxBinary = ensureNginx();
  if (!nginxBinary)
    console.log(
      `nginx is not installed: the comparison is skipped. Install it with:\n  ${NGINX_APT}`,
    );

  const sitePort = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : await freePort();
  const nginxPort = process.env.BENCH_PORT ? sitePort + 1 : await freePort();
  const dataDir = freshDataDir('bench-serve');
  const site = await startServer({ dataDir, port: sitePort, env: { NEXT_DIST_DIR: distDir } });
  const nginx = nginxBinary ? await startNginx(nginxBinary, html, entry.headers, nginxPort) : null;
  try {
    const targets = [{ name: 'site (server.mjs)', url: `${site.url}${page}` }];
    if (nginx) targets.push({ name: 'nginx (1 worker, gzip on)', url: `${nginx.url}${page}` });
    for (const target of targets) {
      const sent = await fetchDecoded(target.url);
      if (!sent.html.equals(html))
        throw new Error(`${target.name} does not send the prerendered HTML`);
      console.log(`${target.name}: sends the same ${html.length} bytes of HTML (${sent.encoding})`);
      await settle(target.url);
      await measure(target.url, 2); // warm-up, not reported
    }

    const load = loadavg()
      .map((n) => n.toFixed(2))
      .join(' ');
    console.log(
      `\n${page}: ${rounds} rounds × ${seconds} s per server, ${connections} connections, ` +
        `Accept-Encoding: ${ACCEPT_ENCODING}; load average before: ${load}`,
    );
    const results = new Map<string, Figures[]>(targets.map((t) => [t.name, []]));
    for (let round = 1; round <= rounds; round += 1) {
      for (const target of round % 2 ? targets : [...targets].reverse()) {
        const figures = await measure(target.url, seconds);
        results.get(target.name)?.push(figures);
        console.log(
          `round ${round} ${target.name}: ${Math.round(figures.requestsPerSecond)} req/s, ` +
            `p50 ${figures.p50} ms, p99 ${figures.p99} ms` +
            (figures.errors || figures.non2xx
              ? `, ${figures.errors} errors, ${figures.non2xx} non-2xx`
              : ''),
        );
      }
    }

    const summary = targets.map((t) => {
      const runs = results.get(t.name) ?? [];
      return {
        name: t.name,
        rps: median(runs.map((r) => r.requestsPerSecond)),
        p50: median(runs.map((r) => r.p50)),
        p99: median(runs.map((r) => r.p99)),
        failures: runs.reduce((n, r) => n + r.errors + r.non2xx, 0),
      };
    });
    console.log(
      `\nMedians of ${rounds} rounds (load average after: ${loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')})`,
    );
    console.log(
      table([
        ['server', 'requests/s', 'p50', 'p99', 'errors'],
        ...summary.map((s) => [
          s.name,
          String(Math.round(s.rps)),
          `${s.p50} ms`,
          `${s.p99} ms`,
          String(s.failures),
        ]),
      ]),
    );
    const [ours, theirs] = summary;
    if (ours && theirs)
      console.log(
        `\nratio site / nginx: ${(ours.rps / theirs.rps).toFixed(2)} (target ≥ 0.6; p99 target ≤ 250 ms)`,
      );
  } finally {
    await site.stop();
    await nginx?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench:serve failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
