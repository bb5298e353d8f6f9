/**
 * Browser benchmark of the calculators: builds the harness (production React, minified),
 * serves it, opens it in Chromium and, for each calculator, changes one input many times.
 * Each change is timed with performance marks from just before the input event to after the
 * synchronous re-render and a forced style + layout, i.e. everything the main thread does
 * before the next frame can paint. Prints median, p95 and max per calculator.
 *
 *   npm run bench -w @vixshield/ui            (CHROMIUM_PATH overrides /usr/bin/chromium)
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { buildHarness } from './build.mjs';

const CHANGES = Number(process.env.BENCH_CHANGES ?? 200);
const WARMUP = 20;

/**
 * The strategy lab's heaviest case: eight legs over two expirations (a double diagonal, a put
 * ratio and a call spread), so every edit recomputes the analysis, the Greeks, a 40 × 30 P&L
 * table and both curves. Passed in the URL, as a shared link would.
 */
const EIGHT_LEGS = [
  ['put', 'sell', 5700, 30],
  ['put', 'buy', 5650, 60],
  ['call', 'sell', 6300, 30],
  ['call', 'buy', 6350, 60],
  ['put', 'sell', 5500, 30, 2],
  ['put', 'buy', 5550, 30],
  ['call', 'buy', 6100, 30],
  ['call', 'sell', 6150, 30],
]
  .flatMap(([type, side, strike, days, qty = 1], i) =>
    Object.entries({ type, side, strike, days, qty }).map(([k, v]) => `sl.l${i + 1}.${k}=${v}`),
  )
  .concat('sl.n=8')
  .join('&');

/** Calculator → the field the benchmark edits, the two values it alternates between, a query. */
const CASES = [
  ['IronCondorCalculator', 'Implied volatility', ['16', '17']],
  ['IronCondorCalculator', 'Days from now for the curve (T+n)', ['0', '20']],
  ['ExpectedMoveCalculator', 'Implied volatility', ['16', '17']],
  ['BreakEvenCalculator', 'Underlying price', ['6000', '6010']],
  ['OptionPricer', 'Volatility', ['16', '17']],
  ['LayeredCondorCalculator', 'Implied volatility', ['16', '17']],
  ['VixHedgeCalculator', 'VIX future', ['17.5', '18']],
  ['ParityArbitrageCalculator', 'Call price', ['120.5', '121']],
  ['StrategyLab', 'Implied volatility (at the money)', ['16', '17'], EIGHT_LEGS],
  ['StrategyLab', 'Days from now for the curve (T+n)', ['0', '20'], EIGHT_LEGS],
];

/** Median, 95th percentile and maximum of a list of times. */
function summary(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

const { outDir, bytes } = await buildHarness();
const js = readFileSync(join(outDir, 'harness.js'));
const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const file = path === '/' ? 'index.html' : path.slice(1);
  try {
    const body = readFileSync(join(outDir, file));
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});

const rows = [];
try {
  // BENCH_ONLY=StrategyLab runs one calculator's cases
  const only = process.env.BENCH_ONLY;
  for (const [name, label, pair, query] of CASES.filter(([n]) => !only || n === only)) {
    const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/?c=${name}${query ? `&${query}` : ''}`);
    if (query) await page.getByRole('group', { name: 'Leg 8' }).waitFor();
    const input = page.getByRole('textbox', { name: label, exact: true });
    if ((await input.count()) === 0) {
      rows.push({ name, label, missing: true });
      await page.close();
      continue;
    }
    await input.waitFor();
    await input.evaluate((el) => el.setAttribute('data-bench', 'true'));
    const times = await page.evaluate(
      ([values, changes, warmup]) => {
        const el = document.querySelector('[data-bench="true"]');
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
        const out = [];
        for (let i = 0; i < changes + warmup; i++) {
          performance.mark('change-start');
          setter.call(el, values[i % 2]);
          el.dispatchEvent(new Event('input', { bubbles: true }));
          // React renders input events synchronously; reading layout forces style + layout.
          void document.body.offsetHeight;
          performance.mark('change-end');
          const m = performance.measure('change', 'change-start', 'change-end');
          if (i >= warmup) out.push(m.duration);
        }
        return out;
      },
      [pair, CHANGES, WARMUP],
    );
    const shown = query ? `${label}, 8 legs` : label;
    rows.push({ name, label: shown, ...summary(times) });
    // A calculator that writes part of its result in the frames after an edit (the lab's P&L
    // table) marks it aria-busy until done. Each change then starts from a painted, settled
    // page, as a reader's next edit would. Each later frame is timed like the edit's own: from a
    // callback that runs before the table's (registered before the edit) to the end of a forced
    // style + layout in one that runs after it; the figure is the slowest later frame of each
    // edit. Also timed: from the edit until the table is shown.
    const writesLater = await page.evaluate((value) => {
      const el = document.querySelector('[data-bench="true"]');
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(el, value);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      return document.querySelector('[aria-busy="true"]') !== null;
    }, pair[0]);
    if (writesLater) {
      const timed = await page.evaluate(
        async ([values, changes, warmup]) => {
          const el = document.querySelector('[data-bench="true"]');
          const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
          const busy = () => document.querySelector('[aria-busy="true"]') !== null;
          const edit = (value) =>
            new Promise((resolve, reject) => {
              const frames = [];
              let frameStart = 0;
              let done = false;
              const early = () => {
                if (done) return;
                frameStart = performance.now();
                requestAnimationFrame(early);
              };
              requestAnimationFrame(early);
              const start = performance.now();
              setter.call(el, value);
              el.dispatchEvent(new Event('input', { bubbles: true }));
              let editFrame = true;
              const late = () => {
                void document.body.offsetHeight;
                if (!editFrame) frames.push(performance.now() - frameStart);
                editFrame = false;
                if (!busy()) {
                  done = true;
                  resolve({ frames, shown: performance.now() - start });
                } else if (frames.length > 60) reject(new Error('table not written in 60 frames'));
                else requestAnimationFrame(late);
              };
              requestAnimationFrame(late);
            });
          const later = [];
          const shown = [];
          let count = 0;
          for (let i = 0; i < changes + warmup; i++) {
            await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
            const r = await edit(values[i % 2]);
            if (i < warmup) continue;
            later.push(Math.max(...r.frames));
            shown.push(r.shown);
            count += r.frames.length;
          }
          return { later, shown, frames: count / changes };
        },
        [pair, CHANGES, WARMUP],
      );
      rows.push({
        name,
        label: `${shown}: slowest later frame (the table, ${timed.frames.toFixed(1)} frames)`,
        ...summary(timed.later),
      });
      rows.push({ name, label: `${shown}: until the table is shown`, ...summary(timed.shown) });
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

console.log(`\n@vixshield/ui browser benchmark: ${CHANGES} input changes per case, Chromium`);
console.log(
  `harness bundle (React + all calculators + engine): ${(bytes / 1024).toFixed(1)} KiB minified, ${(gzipSync(js).length / 1024).toFixed(1)} KiB gzip\n`,
);
console.log('| calculator | field changed | median ms | p95 ms | max ms |');
console.log('|---|---|---:|---:|---:|');
for (const r of rows) {
  if (r.missing) console.log(`| ${r.name} | ${r.label} | not mounted | | |`);
  else
    console.log(
      `| ${r.name} | ${r.label} | ${r.median.toFixed(2)} | ${r.p95.toFixed(2)} | ${r.max.toFixed(2)} |`,
    );
}
