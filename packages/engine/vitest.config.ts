import { defineConfig } from 'vitest/config';
import { SummaryReporter } from '../../scripts/vitest-summary-reporter.mts';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['./test/setup.ts'],
    // the 50-digit decimal.js references are slow on a loaded 2-core machine; no test times code
    testTimeout: 120_000,
    reporters: ['default', new SummaryReporter('engine')],
  },
});
