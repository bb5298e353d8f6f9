/**
 * The build's last step, after `next build`: the site search index (scripts/index-search.ts), the
 * precompressed pages (scripts/precompress-pages.ts) and the compile hints of the first-load
 * script chunks (scripts/compile-hints.ts), side by side in this one process.
 *
 * All read the prerendered HTML, and none writes what another reads. Pagefind indexes in its own
 * service process and the compression runs on libuv's thread pool, so one Node process keeps both
 * cores busy; as two processes under `concurrently` and `tsx` the step held 190–240 MB more (two
 * Node runtimes, two launchers, the runner) at the build's peak, when Pagefind writes a
 * 2,000-answer index (1.2–1.3 GB). Run it with `node --import tsx`, which loads TypeScript without
 * a launcher.
 *
 * `node --import tsx scripts/finish-build.ts [search|pages|hints]`: every step, or the ones named.
 */
import { addCompileHints } from './compile-hints';
import { buildSearchIndex } from './index-search';
import { precompressPages } from './precompress-pages';

const STEPS = {
  search: { run: buildSearchIndex, failure: 'search index failed' },
  pages: { run: precompressPages, failure: 'precompressing pages failed' },
  hints: { run: addCompileHints, failure: 'marking first-load chunks failed' },
} as const;

type StepName = keyof typeof STEPS;
const isStep = (name: string): name is StepName => Object.hasOwn(STEPS, name);

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !isStep(name));
if (unknown.length > 0) {
  console.error(`unknown step(s): ${unknown.join(', ')} (steps: ${Object.keys(STEPS).join(', ')})`);
  process.exit(2);
}
const names = asked.length > 0 ? asked.filter(isStep) : (Object.keys(STEPS) as StepName[]);

const results = await Promise.allSettled(names.map((name) => STEPS[name].run()));
let failed = false;
results.forEach((result, i) => {
  if (result.status === 'fulfilled') return;
  failed = true;
  const { reason } = result;
  const step = STEPS[names[i] as StepName];
  console.error(
    `${step.failure}: ${reason instanceof Error ? (reason.stack ?? reason.message) : reason}`,
  );
});
if (failed) process.exit(1);
