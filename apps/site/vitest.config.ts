import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { SummaryReporter } from '../../scripts/vitest-summary-reporter.mts';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // Route modules read the built content (`npm run content` runs before the tests).
      'contentlayer/generated': fileURLToPath(
        new URL('./.contentlayer/generated/index.mjs', import.meta.url),
      ),
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Data tests open embedded databases (WebAssembly PostgreSQL) and render emails: seconds each
    // on a 2-core machine that is also building, so the defaults (5 s, 10 s) are too tight.
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: ['default', new SummaryReporter('site')],
  },
});
