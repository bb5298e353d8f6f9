/**
 * Build step after `next build`: makes every prerendered page servable like a static file.
 *
 * For each page Next prerendered as complete static HTML that never revalidates, it writes
 * brotli and gzip copies of the HTML and one manifest entry holding every header Next itself
 * would send with it: the security headers, the page's hash-based Content-Security-Policy (the
 * same one src/proxy.ts computes from the same HTML), the prerender headers from the page's
 * .meta file, Cache-Control, Vary and Next's own ETag of the HTML. server/static-pages.mjs
 * answers from this manifest before Next is involved, so a page costs what a file server pays
 * and the bytes and headers sent are the ones Next would send.
 *
 * Output: <distDir>/static-pages/manifest.json and <distDir>/static-pages/<route>.html.{br,gz}.
 * Run by scripts/finish-build.ts; NEXT_DIST_DIR selects the build folder.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import {
  compressPage,
  pageManifestEntry,
  type StaticPageManifest,
} from '../src/server/static-page-manifest.mjs';
import { buildDir, prerenderedDir } from './build-dir';

const outDir = join(buildDir, 'static-pages');

interface PrerenderManifest {
  routes: Record<
    string,
    { routeType?: string; initialRevalidateSeconds?: number | false; dataRoute?: string | null }
  >;
}

interface PageMeta {
  status?: number;
  headers?: Record<string, string>;
  postponed?: string;
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** Route "/" is stored as index.html; every other route as <route>.html. */
const fileBase = (route: string) => (route === '/' ? 'index' : route.slice(1));

export async function precompressPages(): Promise<void> {
  const started = performance.now();
  const prerender = readJson<PrerenderManifest>(join(buildDir, 'prerender-manifest.json'));
  const routes = Object.entries(prerender.routes)
    .filter(
      ([route, info]) =>
        info.routeType === 'page' &&
        info.initialRevalidateSeconds === false &&
        !route.split('/').some((segment) => segment.startsWith('_')),
    )
    .map(([route]) => route)
    .sort();

  rmSync(outDir, { recursive: true, force: true });
  const manifest: StaticPageManifest = { version: 1, pages: {} };
  let rawBytes = 0;
  let brBytes = 0;
  let gzBytes = 0;

  async function prepare(route: string): Promise<void> {
    const base = fileBase(route);
    const html = readFileSync(join(prerenderedDir, `${base}.html`));
    const meta = readJson<PageMeta>(join(prerenderedDir, `${base}.meta`));
    // A page with postponed parts or another status than 200 is left to Next.
    if (meta.postponed || (meta.status ?? 200) !== 200) return;
    const { br, gzip: gz } = await compressPage(html);
    const target = join(outDir, `${base}.html`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(`${target}.br`, br);
    writeFileSync(`${target}.gz`, gz);
    manifest.pages[route] = pageManifestEntry({
      html,
      metaHeaders: meta.headers ?? {},
      files: {
        identity: `server/app/${base}.html`,
        br: `static-pages/${base}.html.br`,
        gzip: `static-pages/${base}.html.gz`,
      },
    });
    rawBytes += html.length;
    brBytes += br.length;
    gzBytes += gz.length;
  }

  // zlib's async calls run on libuv's thread pool: keep every core busy, no more.
  const queue = [...routes];
  const lanes = Math.max(1, cpus().length);
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      for (let route = queue.shift(); route; route = queue.shift()) await prepare(route);
    }),
  );

  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest));
  const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `static pages: ${Object.keys(manifest.pages).length} pages, ${mb(rawBytes)} HTML → ` +
      `${mb(brBytes)} brotli, ${mb(gzBytes)} gzip in ${seconds} s`,
  );
}
