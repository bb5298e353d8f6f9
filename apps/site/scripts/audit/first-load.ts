import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/**
 * First-load JavaScript of a route: every script the prerendered HTML asks the browser to load
 * (`<script src>`, except nomodule polyfills that module-capable browsers skip), fetched and
 * gzip-compressed, summed. This is what a first visit downloads
 * before the page is interactive; chunks loaded later on demand (the search dialog, Pagefind)
 * are not counted.
 */
export function scriptSources(html: string): string[] {
  const sources = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) {
    // nomodule scripts (legacy polyfills) are skipped by every browser that runs modules.
    if (/\bnomodule\b/i.test(match[0])) continue;
    const src = (match[1] ?? '').replace(/&amp;/g, '&');
    if (src) sources.add(src);
  }
  return [...sources];
}

export interface FirstLoad {
  route: string;
  scripts: number;
  rawBytes: number;
  gzipBytes: number;
}

export async function firstLoad(origin: string, route: string): Promise<FirstLoad> {
  const response = await fetch(`${origin}${route}`);
  if (!response.ok) throw new Error(`${route}: HTTP ${response.status}`);
  const sources = scriptSources(await response.text());
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const src of sources) {
    const script = await fetch(new URL(src, origin));
    if (!script.ok) throw new Error(`${route}: ${src} answered HTTP ${script.status}`);
    const body = Buffer.from(await script.arrayBuffer());
    rawBytes += body.length;
    gzipBytes += gzipSync(body, { level: 9 }).length;
  }
  return { route, scripts: sources.length, rawBytes, gzipBytes };
}

export function kB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

/**
 * The framework floor: what an empty App Router page of the same build loads, i.e. the build's
 * root main files (Next's runtime, React and the app router bootstrap, from build-manifest.json),
 * without any layout or page code. A route's excess over it is the site's own JavaScript.
 */
export async function frameworkFloor(origin: string, buildManifest: string): Promise<FirstLoad> {
  const manifest = JSON.parse(readFileSync(buildManifest, 'utf8')) as { rootMainFiles?: string[] };
  const files = manifest.rootMainFiles ?? [];
  if (files.length === 0) throw new Error(`${buildManifest} lists no rootMainFiles`);
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const script = await fetch(new URL(`/_next/${file}`, origin));
    if (!script.ok) throw new Error(`framework floor: ${file} answered HTTP ${script.status}`);
    const body = Buffer.from(await script.arrayBuffer());
    rawBytes += body.length;
    gzipBytes += gzipSync(body, { level: 9 }).length;
  }
  return { route: '(empty App Router page)', scripts: files.length, rawBytes, gzipBytes };
}
