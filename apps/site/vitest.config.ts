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
    reporters: ['default', new SummaryReporter('site')],
  },
});
