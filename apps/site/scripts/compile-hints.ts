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
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { scriptSources } from './audit/first-load';
import { buildDir as defaultBuildDir, prerenderedIn } from './build-dir';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
const HINT_BYTES = Buffer.from(COMPILE_HINT);

/** A script URL of the build (`/_next/static/…js`, query aside) → its path in the build. */
const BUILD_ASSET = /^\/_next\/(static\/[^?#]+\.js)(?:[?#]|$)/;

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/** The chunks (paths under the build folder) that some prerendered page loads with a script tag. */
export function firstLoadChunks(buildDir: string = defaultBuildDir): Set<string> {
  const chunks = new Set<string>();
  for (const file of htmlFiles(prerenderedIn(buildDir))) {
    for (const src of scriptSources(readFileSync(file, 'utf8'))) {
      const chunk = BUILD_ASSET.exec(src)?.[1];
      // Pages name chunks by URL; a name that leads out of the build folder is not ours to touch.
      if (chunk && !relative(buildDir, join(buildDir, chunk)).startsWith('..')) chunks.add(chunk);
    }
  }
  return chunks;
}

export interface CompileHintResult {
  chunks: number;
  /** Chunks that got the hint in this run (the others had it already). */
  marked: number;
  /** Size of the first-load chunks as read, before this run marked any. */
  bytes: number;
}

export function markFirstLoadChunks(buildDir: string = defaultBuildDir): CompileHintResult {
  const chunks = firstLoadChunks(buildDir);
  if (chunks.size === 0) throw new Error(`no prerendered page in ${buildDir} loads a script chunk`);
  let marked = 0;
  let bytes = 0;
  for (const chunk of chunks) {
    const file = join(buildDir, chunk);
    const source = readFileSync(file);
    bytes += source.length;
    if (source.subarray(0, HINT_BYTES.length).equals(HINT_BYTES)) continue;
    writeFileSync(file, Buffer.concat([HINT_BYTES, source]));
    marked += 1;
  }
  return { chunks: chunks.size, marked, bytes };
}

export async function addCompileHints(): Promise<void> {
  const { chunks, marked, bytes } = markFirstLoadChunks();
  console.log(
    `compile hints: ${marked} of ${chunks} first-load chunks marked (${(bytes / 1024).toFixed(0)} kB of script compiled while it downloads)`,
  );
}
