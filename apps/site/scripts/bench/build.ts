/**
 * `npm run bench:build -- --answers 2000`: how long a clean build of a site that size takes and
 * how much memory it needs, so build time and memory can be seen to grow with the number of
 * pages and no faster.
 *
 * 1. Generates a throw-away content set outside content/ (a temp folder): the real glossary and
 *    calculator guides, and N answers made from copies of the real ones (the originals first,
 *    then copies with their own slug and title, dated so their order is stable).
 * 2. Copies the site's sources into a temporary folder beside apps/site (apps/.bench-build-…,
 *    inside the workspace so its packages resolve; never a workspace itself), so the clean build
 *    touches neither this checkout's build nor its content index.
 * 3. Runs `npm run content && npm run build` there with CONTENT_DIR pointing at the generated
 *    set, stamps each line of its output, and samples the memory (RSS) of the whole process tree
 *    from /proc every 200 ms.
 * 4. Prints wall time per phase, the peak memory of the tree and of its largest process, and the
 *    pages built; then removes both temporary folders (--keep leaves them).
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { prerenderedIn, siteDir } from '../build-dir';

const repoContent = join(siteDir, '../../content');

function option(name: string, fallback: string): string {
  const args = process.argv.slice(2);
  const at = args.indexOf(`--${name}`);
  if (at >= 0) return args[at + 1] ?? fallback;
  const inline = args.find((a) => a.startsWith(`--${name}=`));
  return inline ? inline.slice(name.length + 3) : fallback;
}

const answers = Number(option('answers', '2000'));
const keep = process.argv.includes('--keep');
if (!Number.isInteger(answers) || answers < 1) {
  console.error('--answers must be a whole number ≥ 1');
  process.exit(2);
}

/** Rewrites one front-matter line (`key: value`) of an MDX file. */
function setFrontMatter(source: string, key: string, value: string): string {
  const pattern = new RegExp(`^${key}:.*$`, 'm');
  if (!pattern.test(source)) throw new Error(`no "${key}:" line in front matter`);
  return source.replace(pattern, () => `${key}: ${value}`);
}

/** The content set: real glossary and guides, N answers from the real ones. */
function generateContent(dir: string, count: number): void {
  cpSync(join(repoContent, 'glossary'), join(dir, 'glossary'), { recursive: true });
  cpSync(join(repoContent, 'calculators'), join(dir, 'calculators'), { recursive: true });
  const ask = join(dir, 'ask');
  mkdirSync(ask, { recursive: true });
  const originals = readdirSync(join(repoContent, 'ask'))
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => ({
      slug: basename(f, '.mdx'),
      source: readFileSync(join(repoContent, 'ask', f), 'utf8'),
    }));
  for (let i = 0; i < count; i += 1) {
    const original = originals[i % originals.length];
    if (!original) throw new Error('no answers in content/ask');
    const copy = Math.floor(i / originals.length);
    if (copy === 0) {
      writeFileSync(join(ask, `${original.slug}.mdx`), original.source);
      continue;
    }
    const title =
      /^title:\s*(.*)$/m.exec(original.source)?.[1]?.trim().replace(/^"|"$/g, '') ?? original.slug;
    const day = new Date(Date.UTC(2024, 0, 1) + (i % 900) * 86_400_000).toISOString().slice(0, 10);
    let source = setFrontMatter(
      original.source,
      'title',
      JSON.stringify(`${title} (case ${copy + 1})`),
    );
    source = setFrontMatter(source, 'date', day);
    source = source.replace(/^featured:.*\n/m, '');
    writeFileSync(join(ask, `${original.slug}-case-${copy + 1}.mdx`), source);
  }
}

/** The site's sources without build output, data or installed packages. */
const SKIP =
  /^(\.next.*|\.contentlayer|\.data.*|node_modules|test-results|playwright-report|\.turbo)$/;

function copySite(target: string): void {
  cpSync(siteDir, target, {
    recursive: true,
    filter: (source) => {
      const rel = relative(siteDir, source);
      if (rel === '') return true;
      const first = rel.split('/')[0] ?? '';
      if (SKIP.test(first)) return false;
      return (
        rel !== join('public', 'pagefind') && !rel.startsWith(`${join('public', 'pagefind')}/`)
      );
    },
  });
}

interface ProcessMemory {
  name: string;
  rss: number;
}

/** A process's command line, shortened to what tells the build's processes apart. */
function commandOf(pid: number): string {
  return readFileSync(`/proc/${pid}/cmdline`, 'utf8')
    .replace(/\0/g, ' ')
    .trim()
    .replace(/\S*\/node_modules\//g, '')
    .slice(0, 80);
}

/**
 * Memory of a process tree from /proc: the sum of its processes' RSS, the largest, and every
 * process with its RSS (so the peak can be shown as what it was made of).
 */
function treeMemory(root: number): {
  total: number;
  largest: number;
  largestName: string;
  processes: ProcessMemory[];
} {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Field 4 (ppid) follows the command name, which is in parentheses and may hold spaces.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  let largest = 0;
  let largestName = '';
  const processes: ProcessMemory[] = [];
  const queue = [root];
  for (let pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
    queue.push(...(children.get(pid) ?? []));
    try {
      const rss = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * 4096;
      const name = commandOf(pid);
      total += rss;
      processes.push({ name, rss });
      if (rss > largest) {
        largest = rss;
        largestName = name;
      }
    } catch {
      // Ended meanwhile.
    }
  }
  return { total, largest, largestName, processes };
}

/**
 * Output lines that start a phase of the content step and the site build, in the order they
 * come: each marker is looked for only once the phase before it has started, since `next build`
 * runs twice (compile, then generate) and both runs print some of the same lines.
 */
const PHASES: { label: string; marker: RegExp }[] = [
  { label: 'content build (contentlayer2: MDX compile)', marker: /content-build\.ts/ },
  { label: 'content check', marker: /^content build: done/ },
  { label: 'next build (compile): start-up and config', marker: /Next\.js \d+/ },
  { label: 'next build (compile): Turbopack', marker: /Creating an optimized production build/ },
  { label: 'next build (compile): page data, traces', marker: /Collecting page data/ },
  {
    label: 'next build (generate): start-up, page data',
    marker: /Build ran with "compile" mode/,
  },
  { label: 'next build (generate): static generation', marker: /Generating static pages/ },
  { label: 'next build (generate): finalize', marker: /Finalizing page optimization/ },
  // Pagefind and the precompress step run side by side and print only when done
  { label: 'search index and precompress', marker: /\(Static\)\s+prerendered/ },
];

function countFiles(dir: string, suffix: string): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith(suffix)) n += 1;
  }
  return n;
}

function dirBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) n += statSync(join(entry.parentPath, entry.name)).size;
  }
  return n;
}

const mb = (bytes: number) => `${Math.round(bytes / 1e6)} MB`;
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main(): Promise<void> {
  const contentDir = mkdtempSync(join(tmpdir(), 'vixshield-bench-content-'));
  const buildSite = mkdtempSync(join(siteDir, '..', '.bench-build-'));
  try {
    generateContent(contentDir, answers);
    copySite(buildSite);
    console.log(
      `bench:build: ${answers} answers + the real glossary and guides in ${contentDir}; clean build in ${relative(process.cwd(), buildSite)}`,
    );
    const loadBefore = loadavg()
      .map((n) => n.toFixed(2))
      .join(' ');

    const started = performance.now();
    // The content step, then the site build: the order turbo's `build` task runs them in.
    const child = spawn('npm run content && npm run build', {
      shell: true,
      cwd: buildSite,
      env: {
        ...process.env,
        CONTENT_DIR: contentDir,
        NEXT_TELEMETRY_DISABLED: '1',
        NEXT_DIST_DIR: '.next',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stamps: { label: string; at: number }[] = [{ label: PHASES[0]?.label ?? 'start', at: 0 }];
    let tail = '';
    const onLine = (line: string) => {
      tail = `${tail}${line}\n`.slice(-6000);
      const phase = PHASES[stamps.length];
      if (phase?.marker.test(line.trim())) {
        const at = performance.now() - started;
        stamps.push({ label: phase.label, at });
        // As it happens, so a build that is stopped still shows how far it got.
        console.log(`  ${secs(at)}: ${phase.label}`);
      }
    };
    for (const stream of [child.stdout, child.stderr]) {
      let buffered = '';
      stream.on('data', (chunk: Buffer) => {
        buffered += chunk.toString();
        const lines = buffered.split('\n');
        buffered = lines.pop() ?? '';
        for (const line of lines) onLine(line);
      });
    }

    let peak: ReturnType<typeof treeMemory> = {
      total: 0,
      largest: 0,
      largestName: '',
      processes: [],
    };
    let peakAt = 0;
    // the highest total seen in each phase, by the phase's index in `stamps`
    const phasePeaks: number[] = [];
    const sampler = setInterval(() => {
      if (child.pid === undefined) return;
      const now = treeMemory(child.pid);
      const phase = stamps.length - 1;
      phasePeaks[phase] = Math.max(phasePeaks[phase] ?? 0, now.total);
      if (now.total > peak.total) {
        peakAt = performance.now() - started;
        peak = {
          ...now,
          largest: Math.max(now.largest, peak.largest),
          largestName: now.largest >= peak.largest ? now.largestName : peak.largestName,
        };
      } else if (now.largest > peak.largest) {
        peak = { ...peak, largest: now.largest, largestName: now.largestName };
      }
    }, 200);
    const code = await new Promise<number>((resolve) => child.once('exit', (c) => resolve(c ?? 1)));
    clearInterval(sampler);
    const total = performance.now() - started;
    if (code !== 0) throw new Error(`the build failed (exit ${code}):\n${tail}`);

    const dist = join(buildSite, '.next');
    const rows = stamps.map((s, i) => [
      s.label,
      secs((stamps[i + 1]?.at ?? total) - s.at),
      // a phase shorter than the sampling interval may have no sample
      phasePeaks[i] === undefined ? '–' : mb(phasePeaks[i]),
    ]);
    const html = countFiles(prerenderedIn(dist), '.html');
    console.log(
      `\nClean build of ${answers} answers (load average before ${loadBefore}, after ${loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')})`,
    );
    const width = Math.max(...rows.map((r) => (r[0] ?? '').length));
    console.log(`  ${'phase'.padEnd(width)}  ${'time'.padStart(8)}  ${'peak RSS'.padStart(8)}`);
    for (const [label, time, memory] of rows)
      console.log(
        `  ${(label ?? '').padEnd(width)}  ${(time ?? '').padStart(8)}  ${(memory ?? '').padStart(8)}`,
      );
    console.log(
      `  ${'total'.padEnd(width)}  ${secs(total).padStart(8)}  ${mb(peak.total).padStart(8)}`,
    );
    console.log(`\nPeak memory of the process tree: ${mb(peak.total)} (at ${secs(peakAt)})`);
    for (const p of [...peak.processes].sort((a, b) => b.rss - a.rss).slice(0, 8))
      console.log(`  ${mb(p.rss).padStart(8)}  ${p.name}`);
    console.log(`Largest single process: ${mb(peak.largest)} (${peak.largestName})`);
    console.log(
      `Prerendered HTML pages: ${html}; server code: ${mb(dirBytes(join(dist, 'server', 'chunks')))}`,
    );
    console.log(
      `Build time per 1,000 prerendered pages: ${secs((total / Math.max(html, 1)) * 1000)}`,
    );
  } finally {
    if (keep) {
      console.log(`kept: ${contentDir} and ${buildSite}`);
    } else {
      rmSync(contentDir, { recursive: true, force: true });
      rmSync(buildSite, { recursive: true, force: true });
    }
  }
}

main().catch((error: unknown) => {
  console.error(`bench:build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
