/**
 * Screenshots of a calculator as readers see it, for the README and for reviewing layout
 * changes: a phone (390 × 844, touch) and a desktop (1366 × 900), light and dark, of the
 * iron condor calculator page (chart and headline figures in view) and of the VIX hedge
 * scenario table on the phone. Starts the production build (`npm run build` first) on `PORT`
 * (or a free port) with a throwaway data folder, and writes small PNGs to docs/screenshots/.
 *
 *   npm run screenshots -w @vixshield/site
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium as playwright } from '@playwright/test';
import { siteDir } from './build-dir';
import { freshDataDir, startServer } from './proof/server-process';

const outDir = join(siteDir, '..', '..', 'docs', 'screenshots');
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const DEVICES = {
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1366, height: 900 }, isMobile: false, hasTouch: false },
} as const;

interface Shot {
  name: string;
  path: string;
  device: keyof typeof DEVICES;
  /** What to bring to the top of the screen before the shot. */
  scrollTo: string;
  /** Room left above it (px): the desktop's sticky header, or the phone's sticky headline. */
  offset: number;
}

const SHOTS: Shot[] = [
  {
    name: 'iron-condor',
    path: '/calculators/iron-condor',
    device: 'phone',
    scrollTo: '[data-calculator-shell]',
    offset: 8,
  },
  {
    name: 'iron-condor',
    path: '/calculators/iron-condor',
    device: 'desktop',
    scrollTo: '[data-calculator-shell]',
    offset: 72,
  },
  {
    name: 'vix-hedge-table',
    path: '/calculators/vix-hedge',
    device: 'phone',
    scrollTo: '[data-scroll-table]',
    offset: 64,
  },
];

async function main(): Promise<void> {
  if (!existsSync(join(siteDir, '.next', 'BUILD_ID')))
    throw new Error('no production build: run `npm run build` first');
  mkdirSync(outDir, { recursive: true });
  const server = await startServer({
    dataDir: freshDataDir('screenshots'),
    port: process.env.PORT ? Number(process.env.PORT) : undefined,
    // A fresh data folder runs the migrations first, which a loaded machine takes a while over.
    timeoutMs: 180_000,
  });
  const browser = await playwright.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    for (const shot of SHOTS) {
      for (const theme of ['light', 'dark'] as const) {
        const context = await browser.newContext({
          ...DEVICES[shot.device],
          deviceScaleFactor: 1,
          colorScheme: theme,
        });
        const page = await context.newPage();
        await page.goto(`${server.url}${shot.path}`, { waitUntil: 'load' });
        await page
          .locator(shot.scrollTo)
          .first()
          .evaluate((element, offset) => {
            element.scrollIntoView({ block: 'start' });
            window.scrollBy(0, -offset);
          }, shot.offset);
        await page.waitForTimeout(300);
        const file = join(outDir, `${shot.name}-${shot.device}-${theme}.png`);
        await page.screenshot({ path: file });
        console.log(`wrote ${file}`);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
