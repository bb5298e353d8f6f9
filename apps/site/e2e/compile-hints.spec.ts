import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scriptSources } from '../scripts/audit/first-load';
import { COMPILE_HINT, firstLoadChunks } from '../scripts/compile-hints';
import { expect, test } from './fixtures';

/**
 * The script chunks a page loads at start-up reach the browser marked for eager compilation
 * (scripts/compile-hints.ts); chunks loaded later are not, so code that may never run is not
 * compiled ahead.
 */
const buildDir = fileURLToPath(
  new URL(`../${process.env.NEXT_DIST_DIR || '.next'}/`, import.meta.url),
);

for (const path of ['/ask/multi-sig-vs-alvh-layered-hedging', '/calculators/iron-condor', '/']) {
  test(`every start-up script of ${path} arrives with the compile hint`, async ({ request }) => {
    const sources = scriptSources(await (await request.get(path)).text());
    expect(sources.length).toBeGreaterThan(3);
    for (const src of sources) {
      const script = await (await request.get(src)).text();
      expect(script.startsWith(COMPILE_HINT), src).toBe(true);
      // Once: a second run of the build step leaves a marked chunk as it is.
      expect(script.indexOf('allFunctionsCalledOnLoad', COMPILE_HINT.length), src).toBe(-1);
    }
  });
}

test('chunks no page loads at start-up are left to compile lazily', () => {
  const firstLoad = firstLoadChunks(`${buildDir}server/app`);
  const later = readdirSync(`${buildDir}static/chunks`)
    .filter((name) => name.endsWith('.js'))
    .map((name) => `static/chunks/${name}`)
    .filter((chunk) => !firstLoad.has(chunk));
  expect(later.length).toBeGreaterThan(0);
  for (const chunk of later)
    expect(readFileSync(`${buildDir}${chunk}`, 'utf8').startsWith(COMPILE_HINT), chunk).toBe(false);
});
