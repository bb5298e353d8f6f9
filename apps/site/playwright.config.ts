import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests against the production build (`next start`), in Debian's Chromium: Playwright's
 * own browser download is not available on our machines, so it is never attempted.
 */
const port = Number(process.env.E2E_PORT ?? 3107);

/** Debian's Chromium, never a downloaded browser. */
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

/** The layout specs run on a phone and a desktop screen; the rest of the suite once. */
const LAYOUT_SPECS = /(phone-layout|stale-edit)\.spec\.ts/;
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI
    ? [['list'], ['./e2e/summary-reporter.ts']]
    : [['list'], ['./e2e/summary-reporter.ts']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: LAYOUT_SPECS,
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
    {
      name: 'phone',
      testMatch: LAYOUT_SPECS,
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        launchOptions,
      },
    },
    {
      name: 'desktop',
      testMatch: /phone-layout\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 900 }, launchOptions },
    },
  ],
  webServer: {
    command: 'node server.mjs',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: `.data-e2e-${port}`,
      QUESTION_RATE_LIMIT: '1000',
    },
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
