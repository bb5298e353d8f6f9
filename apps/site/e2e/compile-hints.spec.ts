import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scriptSources } from '../scripts/audit/first-load';
import { buildDir } from '../scripts/build-dir';
import { COMPILE_HINT, firstLoadChunks } from '../scripts/compile-hints';
import { expect, test } from './fixtures';
import { FLAGSHIP } from './site-map';

/**
 * The script chunks a page loads at start-up reach the browser marked for eager compilation
 * (scripts/compile-hints.ts); chunks loaded later are not, so code that may never run is not
 * compiled ahead.
 */
for (const path of [FLAGSHIP, '/calculators/iron-condor', '/']) {
  test(`every start-up script of ${path} arrives with the compile hint`, async ({ request }) => {
    const sources = scriptSources(await (await request.get(path)).text());
    expect(sources.length).toBeGreaterThan(3);
    for (const src of sources) {
      const script = await (await request.get(src)).text();
      expect(script.startsWith(COMPILE_HINT), src).toBe(true);
    }
  });
}

test('chunks no page loads at start-up are left to compile lazily', () => {
  const firstLoad = firstLoadChunks();
  const later = readdirSync(join(buildDir, 'static', 'chunks'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => `static/chunks/${name}`)
    .filter((chunk) => !firstLoad.has(chunk));
  expect(later.length).toBeGreaterThan(0);
  for (const chunk of later)
    expect(readFileSync(join(buildDir, chunk), 'utf8').startsWith(COMPILE_HINT), chunk).toBe(false);
});
