/**
 * Builds the harness (bench/harness.tsx + bench/harness.css) into a folder given as the first
 * argument (default: the OS temp folder), production React, minified.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import tailwind from '@tailwindcss/postcss';
import { build } from 'esbuild';
import postcss from 'postcss';

const here = dirname(fileURLToPath(import.meta.url));
export async function buildHarness(outDir = join(tmpdir(), 'vixshield-ui-harness'), alias = {}) {
  mkdirSync(outDir, { recursive: true });
  const result = await build({
    entryPoints: [join(here, 'harness.tsx')],
    bundle: true,
    minify: true,
    format: 'esm',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    outfile: join(outDir, 'harness.js'),
    alias,
    metafile: true,
    logLevel: 'warning',
  });
  const cssPath = join(here, 'harness.css');
  const css = await postcss([tailwind({ base: here })]).process(readFileSync(cssPath, 'utf8'), {
    from: cssPath,
  });
  writeFileSync(join(outDir, 'harness.css'), css.css);
  writeFileSync(
    join(outDir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>@vixshield/ui harness</title><link rel="stylesheet" href="harness.css"></head><body><div id="root"></div><script type="module" src="harness.js"></script></body></html>',
  );
  return { outDir, bytes: Object.values(result.metafile.outputs)[0]?.bytes ?? 0 };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { outDir, bytes } = await buildHarness(process.argv[2]);
  console.log(`harness built in ${outDir} (${(bytes / 1024).toFixed(1)} KiB JS)`);
}
