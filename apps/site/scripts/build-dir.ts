/**
 * Where the build is, for every script and test that reads it: NEXT_DIST_DIR as next.config.ts
 * reads it (several builds of one checkout can coexist), `.next` by default.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const siteDir = fileURLToPath(new URL('..', import.meta.url));
export const distDir = process.env.NEXT_DIST_DIR || '.next';
export const buildDir = join(siteDir, distDir);
/** Where `next build` writes each prerendered page's HTML, in the given build folder. */
export const prerenderedIn = (build: string) => join(build, 'server', 'app');
export const prerenderedDir = prerenderedIn(buildDir);
