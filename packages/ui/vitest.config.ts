import { defineConfig } from 'vitest/config';
import { SummaryReporter } from '../../scripts/vitest-summary-reporter.mts';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['./test/setup.ts'],
    // DOM tests share two cores with the other workspaces' tasks under turbo; none times code.
    testTimeout: 30_000,
    reporters: ['default', new SummaryReporter('ui')],
  },
});
