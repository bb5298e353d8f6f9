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
