/**
 * `npm run audit`: how fast and how accessible the production build is, measured the same way
 * on any machine.
 *
 * 1. Starts the built site (`node server.mjs`, as `npm start` does) on 127.0.0.1 with a
 *    throw-away database.
 * 2. Lighthouse (mobile preset: emulated phone, simulated slow 4G and CPU) on the home page, an
 *    answer with a calculator, a glossary term and a calculator's own page, in Debian's Chromium. Lighthouse is run with
 *    `npx lighthouse@<pinned>` so it never enters the lockfile.
 * 3. First-load JavaScript (gzip) of each main route.
 * 4. A bounded load test (autocannon, LOAD_SECONDS × LOAD_CLIENTS, 127.0.0.1 only) of an answer.
 *
 * Each page is audited AUDIT_RUNS times (default 3) and the run with the median performance score
 * is reported, since one run on a busy machine can be off by several points.
 * Prints the figures, writes them to <distDir>/audit/report.json, and exits 1 when a target is
 * missed: performance ≥ 95, accessibility 100, best practices 100, SEO 100.
 * Needs a build (`npm run build`); turbo's `audit` task builds first.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { freshDataDir, startServer } from '../proof/server-process';
import { type FirstLoad, firstLoad, kB } from './first-load';

export const LIGHTHOUSE_VERSION = '12.8.2';
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
type Category = keyof typeof TARGETS;
const CATEGORIES = Object.keys(TARGETS) as Category[];

const siteDir = fileURLToPath(new URL('../..', import.meta.url));
const distDir = process.env.NEXT_DIST_DIR || '.next';
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const loadSeconds = Number(process.env.LOAD_SECONDS ?? 10);
const loadClients = Number(process.env.LOAD_CLIENTS ?? 10);
/** Lighthouse runs per page; the median run by performance score is reported. */
const runs = Math.max(1, Number(process.env.AUDIT_RUNS ?? 3));

const ARTICLE = '/ask/multi-sig-vs-alvh-layered-hedging';
const TERM = '/glossary/iron-condor';
/** the calculator page with the most client JavaScript (the payoff chart and its T+n curve) */
const CALCULATOR = '/calculators/iron-condor';
const LIGHTHOUSE_PAGES = [
  { label: 'home', path: '/' },
  { label: 'answer with calculator', path: ARTICLE },
  { label: 'glossary term', path: TERM },
  { label: 'calculator page', path: CALCULATOR },
];
const JS_ROUTES = [
  '/',
  '/ask',
  ARTICLE,
  '/glossary',
  TERM,
  '/calculators',
  CALCULATOR,
  '/search',
  '/trial',
];

interface LighthouseScores {
  label: string;
  path: string;
  scores: Record<Category, number>;
  metrics: { fcp: number; lcp: number; tbt: number; cls: number; si: number };
  failing: string[];
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += String(chunk);
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} exited with ${code}:\n${stderr.slice(-2000)}`)),
    );
  });
}

interface LighthouseReport {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    { score: number | null; title: string; numericValue?: number; scoreDisplayMode: string }
  >;
}

/** One Lighthouse run; a run that fails to record its trace (it happens) is retried twice. */
async function lighthouse(url: string, outFile: string, attempt = 1): Promise<LighthouseReport> {
  try {
    await lighthouseOnce(url, outFile);
  } catch (error) {
    if (attempt >= 3) throw error;
    console.warn(`(Lighthouse run failed, retrying: ${String(error).split('\n')[1] ?? error})`);
    return lighthouse(url, outFile, attempt + 1);
  }
  return JSON.parse(readFileSync(outFile, 'utf8')) as LighthouseReport;
}

async function lighthouseOnce(url: string, outFile: string): Promise<void> {
  await run(
    'npx',
    [
      '--yes',
      `lighthouse@${LIGHTHOUSE_VERSION}`,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${outFile}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
    ],
    { ...process.env, CHROME_PATH: chromium },
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
}

async function auditPage(
  origin: string,
  label: string,
  path: string,
  outDir: string,
): Promise<LighthouseScores> {
  const reports: LighthouseReport[] = [];
  for (let i = 0; i < runs; i += 1) {
    const file = join(outDir, `lighthouse-${label.replace(/\W+/g, '-')}-${i + 1}.json`);
    reports.push(await lighthouse(`${origin}${path}`, file));
  }
  // The run with the median performance score stands for the page.
  const perf = reports.map((r) => r.categories.performance?.score ?? 0);
  const chosen = reports[perf.indexOf(median(perf))] ?? reports[0];
  if (!chosen) throw new Error('no Lighthouse report');
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, Math.round((chosen.categories[c]?.score ?? 0) * 100)]),
  ) as Record<Category, number>;
  const failing = CATEGORIES.flatMap((c) =>
    (chosen.categories[c]?.auditRefs ?? [])
      .map((ref) => ({ ref, audit: chosen.audits[ref.id] }))
      .filter(
        ({ ref, audit }) =>
          audit &&
          audit.score !== null &&
          audit.score < 1 &&
          (ref.weight > 0 || c !== 'performance') &&
          audit.scoreDisplayMode !== 'informative' &&
          audit.scoreDisplayMode !== 'notApplicable' &&
          audit.scoreDisplayMode !== 'manual',
      )
      .map(({ audit }) => `${c}: ${audit?.title} (${Math.round((audit?.score ?? 0) * 100)})`),
  );
  const metric = (id: string) => chosen.audits[id]?.numericValue ?? Number.NaN;
  return {
    label,
    path,
    scores,
    metrics: {
      fcp: metric('first-contentful-paint'),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      si: metric('speed-index'),
    },
    failing,
  };
}

async function loadTest(origin: string) {
  const url = `${origin}${ARTICLE}`;
  await autocannon({ url, connections: 2, duration: 2 }); // warm-up, not reported
  const result = await autocannon({ url, connections: loadClients, duration: loadSeconds });
  return {
    url: ARTICLE,
    seconds: loadSeconds,
    connections: loadClients,
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ')).join('\n');
}

async function main(): Promise<void> {
  if (!existsSync(join(siteDir, distDir, 'BUILD_ID')))
    throw new Error(`no production build in ${distDir}: run \`npm run build\` first`);
  if (!existsSync(chromium))
    throw new Error(
      `Chromium not found at ${chromium}: apt-get install chromium, or set CHROMIUM_PATH`,
    );
  const outDir = join(siteDir, distDir, 'audit');
  mkdirSync(outDir, { recursive: true });

  const dataDir = freshDataDir('audit');
  let serverLog = '';
  const server = await startServer({
    dataDir,
    env: { NEXT_DIST_DIR: distDir },
  });
  const keepLog = (chunk: unknown) => {
    serverLog = `${serverLog}${String(chunk)}`.slice(-4000);
  };
  server.process.stdout?.on('data', keepLog);
  server.process.stderr?.on('data', keepLog);
  try {
    // One request per page first, so no audit measures a cold server-side cache.
    for (const page of LIGHTHOUSE_PAGES) await fetch(`${server.url}${page.path}`);

    const lighthouseResults: LighthouseScores[] = [];
    for (const page of LIGHTHOUSE_PAGES) {
      process.stdout.write(`lighthouse ${page.path} … `);
      const result = await auditPage(server.url, page.label, page.path, outDir);
      lighthouseResults.push(result);
      console.log(CATEGORIES.map((c) => `${c} ${result.scores[c]}`).join(', '));
    }

    const js: FirstLoad[] = [];
    for (const route of JS_ROUTES) js.push(await firstLoad(server.url, route));

    process.stdout.write(
      `load test ${ARTICLE}: ${loadClients} connections for ${loadSeconds} s … `,
    );
    const load = await loadTest(server.url);
    console.log('done');

    console.log(
      `\nLighthouse ${LIGHTHOUSE_VERSION}, mobile preset, ${chromium}${runs > 1 ? `, median of ${runs} runs` : ''}`,
    );
    console.log(
      table([
        ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'TBT', 'CLS'],
        ...lighthouseResults.map((r) => [
          `${r.label} (${r.path})`,
          String(r.scores.performance),
          String(r.scores.accessibility),
          String(r.scores['best-practices']),
          String(r.scores.seo),
          `${(r.metrics.lcp / 1000).toFixed(1)} s`,
          `${Math.round(r.metrics.tbt)} ms`,
          r.metrics.cls.toFixed(3),
        ]),
      ]),
    );
    console.log('\nFirst-load JavaScript (every <script src> of the page, gzip -9)');
    console.log(
      table([
        ['route', 'scripts', 'raw', 'gzip'],
        ...js.map((j) => [j.route, String(j.scripts), kB(j.rawBytes), kB(j.gzipBytes)]),
      ]),
    );
    console.log(
      `\nLoad test of ${load.url} on 127.0.0.1 (autocannon, ${load.connections} connections, ${load.seconds} s): ` +
        `${load.requestsPerSecond} requests/s, p50 ${load.latencyP50} ms, p99 ${load.latencyP99} ms, ` +
        `${load.requests} requests, ${load.errors} errors, ${load.non2xx} non-2xx`,
    );

    const misses = lighthouseResults.flatMap((r) =>
      CATEGORIES.filter((c) => r.scores[c] < TARGETS[c]).map(
        (c) => `${r.path}: ${c} ${r.scores[c]} < ${TARGETS[c]}`,
      ),
    );
    const failingAudits = lighthouseResults.flatMap((r) => r.failing.map((f) => `${r.path}: ${f}`));
    if (load.errors > 0 || load.non2xx > 0)
      misses.push(`load test: ${load.errors} errors, ${load.non2xx} non-2xx`);

    const report = {
      date: new Date().toISOString(),
      lighthouse: {
        version: LIGHTHOUSE_VERSION,
        preset: 'mobile',
        runs,
        results: lighthouseResults,
      },
      firstLoadJs: js,
      load,
      targets: TARGETS,
      misses,
    };
    writeFileSync(join(outDir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nFull reports: ${join(distDir, 'audit')}/`);
    if (failingAudits.length > 0)
      console.log(`Audits below full marks:\n  ${failingAudits.join('\n  ')}`);
    if (misses.length > 0) {
      console.error(`\nTargets missed:\n  ${misses.join('\n  ')}`);
      process.exitCode = 1;
    } else {
      console.log(
        '\nAll targets met: performance ≥ 95, accessibility 100, best practices 100, SEO 100.',
      );
    }
  } catch (error) {
    const state =
      server.process.exitCode !== null || server.process.signalCode !== null
        ? `the server had exited (${server.process.exitCode ?? server.process.signalCode})`
        : 'the server was still running';
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}\n(${state}; its last output:\n${serverLog})`,
    );
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`audit failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
