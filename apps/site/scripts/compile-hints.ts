/**
 * Build step after `next build`: marks the script chunks every page loads at start-up for eager
 * compilation, so the browser compiles them while they download instead of on the main thread.
 *
 * V8 compiles a function when it is first called. Starting the app calls almost every function of
 * the first-load chunks (React DOM's module factory alone is ~200 kB), and on a phone the lazy
 * compilations add up to one of the longest tasks of the page: ~67 ms at Lighthouse's 4× CPU
 * slowdown. A file that begins with the magic comment `//# allFunctionsCalledOnLoad` (V8's
 * explicit compile hints, Chrome 136 and later) is compiled in full on the background thread that
 * parses streamed scripts. Browsers without the feature read a comment.
 *
 * Only first-load chunks are marked: those named by a `<script src>` in a prerendered page. Chunks
 * loaded later (a calculator, search) are left alone, because compiling code that may never run
 * costs memory and background time for nothing. The comment must be the file's very first line;
 * a chunk that already has it is left as it is, so the step can run again.
 *
 * Run by scripts/finish-build.ts; NEXT_DIST_DIR selects the build folder.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scriptSources } from './audit/first-load';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

const siteDir = fileURLToPath(new URL('..', import.meta.url));
const distDir = process.env.NEXT_DIST_DIR || '.next';
const buildDir = join(siteDir, distDir);
const pagesDir = join(buildDir, 'server', 'app');

const BUILD_ASSET = /^\/_next\/(static\/[^?#]+\.js)(?:[?#]|$)/;

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/** The chunks (paths under <distDir>/) that some prerendered page loads with a script tag. */
export function firstLoadChunks(dir: string = pagesDir): Set<string> {
  const chunks = new Set<string>();
  for (const file of htmlFiles(dir)) {
    for (const src of scriptSources(readFileSync(file, 'utf8'))) {
      const chunk = BUILD_ASSET.exec(src)?.[1];
      if (chunk) chunks.add(chunk);
    }
  }
  return chunks;
}

export async function addCompileHints(): Promise<void> {
  const chunks = firstLoadChunks();
  let marked = 0;
  let bytes = 0;
  for (const chunk of chunks) {
    const file = join(buildDir, chunk);
    // Pages name chunks by URL; a name that left the build folder is not ours to touch.
    if (relative(buildDir, file).startsWith('..')) continue;
    const source = readFileSync(file, 'utf8');
    bytes += statSync(file).size;
    if (source.startsWith(COMPILE_HINT)) continue;
    writeFileSync(file, COMPILE_HINT + source);
    marked += 1;
  }
  if (chunks.size === 0) throw new Error(`no page in ${pagesDir} loads a script chunk`);
  console.log(
    `compile hints: ${marked} of ${chunks.size} first-load chunks marked (${(bytes / 1024).toFixed(0)} kB of script compiled while it downloads)`,
  );
}
