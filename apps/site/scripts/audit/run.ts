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
 * Each page is audited AUDIT_RUNS times (default 3), the pages taking turns, and the run with the
 * median performance score is reported, since one run on a busy machine can be off by several
 * points. `--compare <url>` (repeatable, or AUDIT_COMPARE=url,url) audits another site's pages in
 * the same turns, for a side-by-side. For every page the top main-thread costs of that run are
 * printed (Lighthouse's main-thread breakdown and the scripts that cost most), and the machine's
 * load average is printed with the figures, since it moves them.
 * Prints the figures, writes them to <distDir>/audit/report.json, and exits 1 when a target is
 * missed: performance ≥ 95, accessibility 100, best practices 100, SEO 100.
 * Needs a build (`npm run build`); turbo's `audit` task builds first.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { buildDir, distDir } from '../build-dir';
import { freshDataDir, startServer } from '../proof/server-process';
import { type FirstLoad, firstLoad, frameworkFloor, kB } from './first-load';

export const LIGHTHOUSE_VERSION = '12.8.2';
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
type Category = keyof typeof TARGETS;
const CATEGORIES = Object.keys(TARGETS) as Category[];

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

/** Other sites' pages to audit beside ours (full URLs). */
const COMPARE_URLS = [
  ...process.argv
    .slice(2)
    .flatMap((arg, i, all) =>
      arg === '--compare'
        ? [all[i + 1] ?? '']
        : arg.startsWith('--compare=')
          ? [arg.slice(10)]
          : [],
    ),
  ...(process.env.AUDIT_COMPARE ?? '').split(','),
]
  .map((url) => url.trim())
  .filter(Boolean);

const loadAverage = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

interface MainThreadCost {
  what: string;
  ms: number;
}

interface LighthouseScores {
  label: string;
  path: string;
  /** Main-thread time by kind of work, largest first, then the costliest scripts. */
  mainThread: MainThreadCost[];
  scripts: MainThreadCost[];
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
    {
      score: number | null;
      title: string;
      numericValue?: number;
      scoreDisplayMode: string;
      details?: { items?: Record<string, unknown>[] };
    }
  >;
}

/** The top costs of a run: main-thread work by kind, and scripts by evaluation time. */
function mainThreadCosts(report: LighthouseReport, top = 4) {
  const items = (id: string) => report.audits[id]?.details?.items ?? [];
  const mainThread = items('mainthread-work-breakdown')
    .map((i) => ({ what: String(i.groupLabel ?? i.group), ms: Number(i.duration) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, top);
  const scripts = items('bootup-time')
    .map((i) => ({
      what: String(i.url).replace(/^https?:\/\/[^/]+/, ''),
      ms: Number(i.scripting ?? i.total),
    }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 3);
  return { mainThread, scripts };
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

function summarise(label: string, path: string, reports: LighthouseReport[]): LighthouseScores {
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
    ...mainThreadCosts(chosen),
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
  if (!existsSync(join(buildDir, 'BUILD_ID')))
    throw new Error(`no production build in ${distDir}: run \`npm run build\` first`);
  if (!existsSync(chromium))
    throw new Error(
      `Chromium not found at ${chromium}: apt-get install chromium, or set CHROMIUM_PATH`,
    );
  const outDir = join(buildDir, 'audit');
  mkdirSync(outDir, { recursive: true });

  const dataDir = freshDataDir('audit');
  let serverLog = '';
  const server = await startServer({
    dataDir,
    // AUDIT_PORT pins the port (on a shared machine); by default a free one is taken.
    ...(process.env.AUDIT_PORT ? { port: Number(process.env.AUDIT_PORT) } : {}),
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
    for (const url of COMPARE_URLS) await fetch(url);

    const pages = [
      ...LIGHTHOUSE_PAGES.map((p) => ({ ...p, url: `${server.url}${p.path}` })),
      ...COMPARE_URLS.map((url) => ({ label: `compare ${new URL(url).host}`, path: url, url })),
    ];
    const loadBefore = loadAverage();
    const reports = new Map<string, LighthouseReport[]>(pages.map((p) => [p.url, []]));
    // The pages take turns, so a burst of load elsewhere on the machine hits all of them alike.
    for (let round = 1; round <= runs; round += 1) {
      for (const page of pages) {
        process.stdout.write(`lighthouse run ${round}/${runs} ${page.path} … `);
        const file = join(outDir, `lighthouse-${page.label.replace(/\W+/g, '-')}-${round}.json`);
        const report = await lighthouse(page.url, file);
        reports.get(page.url)?.push(report);
        console.log(`performance ${Math.round((report.categories.performance?.score ?? 0) * 100)}`);
      }
    }
    const lighthouseResults = pages.map((p) =>
      summarise(p.label, p.path, reports.get(p.url) ?? []),
    );
    const loadAfter = loadAverage();

    const floor = await frameworkFloor(server.url, join(buildDir, 'build-manifest.json'));
    const js: FirstLoad[] = [];
    for (const route of JS_ROUTES) js.push(await firstLoad(server.url, route));
    const home = js.find((j) => j.route === '/');

    process.stdout.write(
      `load test ${ARTICLE}: ${loadClients} connections for ${loadSeconds} s … `,
    );
    const load = await loadTest(server.url);
    console.log('done');

    console.log(
      `\nLighthouse ${LIGHTHOUSE_VERSION}, mobile preset, ${chromium}${runs > 1 ? `, median of ${runs} runs` : ''}; ` +
        `load average ${loadBefore} before, ${loadAfter} after (2-core figures move with it)`,
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
    console.log('\nTop main-thread costs of each page (the reported run)');
    for (const r of lighthouseResults) {
      const kinds = r.mainThread.map((c) => `${c.what} ${Math.round(c.ms)} ms`).join(', ');
      const scripts = r.scripts.map((c) => `${c.what} ${Math.round(c.ms)} ms`).join(', ');
      console.log(
        `  ${r.path}\n    ${kinds}\n    scripts: ${scripts || '(none over the threshold)'}`,
      );
    }
    console.log(
      '\nFirst-load JavaScript (every <script src> of the page, gzip -9); excess over the ' +
        'framework floor (an empty App Router page of this build) and over the home page',
    );
    const over = (j: FirstLoad, base?: FirstLoad) =>
      base ? `${j.gzipBytes >= base.gzipBytes ? '+' : ''}${kB(j.gzipBytes - base.gzipBytes)}` : '';
    console.log(
      table([
        ['route', 'scripts', 'raw', 'gzip', 'over floor', 'over home'],
        [floor.route, String(floor.scripts), kB(floor.rawBytes), kB(floor.gzipBytes), '', ''],
        ...js.map((j) => [
          j.route,
          String(j.scripts),
          kB(j.rawBytes),
          kB(j.gzipBytes),
          over(j, floor),
          over(j, home),
        ]),
      ]),
    );
    console.log(
      `\nLoad test of ${load.url} on 127.0.0.1 (autocannon, ${load.connections} connections, ${load.seconds} s): ` +
        `${load.requestsPerSecond} requests/s, p50 ${load.latencyP50} ms, p99 ${load.latencyP99} ms, ` +
        `${load.requests} requests, ${load.errors} errors, ${load.non2xx} non-2xx`,
    );

    const misses = lighthouseResults
      .slice(0, LIGHTHOUSE_PAGES.length)
      .flatMap((r) =>
        CATEGORIES.filter((c) => r.scores[c] < TARGETS[c]).map(
          (c) => `${r.path}: ${c} ${r.scores[c]} < ${TARGETS[c]}`,
        ),
      );
    const failingAudits = lighthouseResults
      .slice(0, LIGHTHOUSE_PAGES.length)
      .flatMap((r) => r.failing.map((f) => `${r.path}: ${f}`));
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
      loadAverage: { before: loadBefore, after: loadAfter },
      frameworkFloor: floor,
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
