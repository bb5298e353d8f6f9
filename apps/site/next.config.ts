import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { NextConfig } from 'next';
import { type AliasSource, aliasRedirects } from './src/lib/alias-redirects';
import { FILE_CSP, STATIC_SECURITY_HEADERS } from './src/server/security-headers';

/** The content build runs before `next build`, so its glossary index is here when this loads. */
function glossaryTerms(): AliasSource[] {
  const file = join(process.cwd(), '.contentlayer/generated/Term/_index.json');
  if (!existsSync(file)) return [];
  return JSON.parse(readFileSync(file, 'utf8')) as AliasSource[];
}

const nextConfig: NextConfig = {
  // Lets several builds of this checkout coexist (e.g. parallel work); the default is .next.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The workspace packages export TypeScript source; Next compiles them with the app.
  transpilePackages: ['@vixshield/engine', '@vixshield/ui'],
  poweredByHeader: false,
  experimental: {
    // Static generation on every core (Next's default leaves one to the main process, which
    // idles meanwhile): pages read a small content index, so a worker stays around 300 MB.
    cpus: availableParallelism(),
    // Prefetch inlining (on by default in Next 16.4) decodes every prerendered page's route payload
    // a second time and gzips each segment to decide which ones to inline into one prefetch
    // response. Off, static generation of 3,483 pages took 55 and 53 s instead of 70 and 63 s
    // (same build, alternating); the HTML is a few bytes smaller (no size hints in the router
    // state), and a prefetch asks for each segment of a page on its own, the shared layouts'
    // once per visit. Readers prefetch only on intent (components/link-navigation.tsx).
    prefetchInlining: false,
    // Turbopack's on-disk build cache only pays off when the same checkout is built again; a
    // clean build (CI, a deploy, the 2,000-answer benchmark) spends 4 s writing it and its main
    // process holds ~200 MB more through static generation (1.20 → 1.01 GB measured). The price:
    // building this checkout again takes 31 s instead of 21 s. `next dev` keeps its own cache.
    turbopackFileSystemCacheForBuild: false,
  },
  reactStrictMode: true,
  typescript: {
    // `npm test` runs `tsc --noEmit` for every workspace; the build need not do it twice.
    ignoreBuildErrors: true,
  },
  async redirects() {
    return aliasRedirects(glossaryTerms());
  },
  // Security headers on every response; src/proxy.ts adds each page's Content-Security-Policy
  // (build assets, which the proxy skips, get the static-file policy here).
  async headers() {
    return [
      { source: '/:path*', headers: [...STATIC_SECURITY_HEADERS] },
      {
        source: '/_next/static/:path*',
        headers: [{ key: 'Content-Security-Policy', value: FILE_CSP }],
      },
    ];
  },
};

export default nextConfig;
