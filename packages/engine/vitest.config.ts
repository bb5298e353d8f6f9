import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // the 50-digit decimal.js references are slow on a loaded 2-core machine; no test times code
    testTimeout: 120_000,
  },
});
