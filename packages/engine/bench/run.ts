/// <reference types="node" />
/**
 * Benchmark: this engine against the npm packages a developer would otherwise pick, on the same
 * inputs in one process. Run with `npm run bench -w @vixshield/engine`.
 *
 * Harness: every case is warmed up, then all libraries of a section are timed in 9 interleaved
 * rounds of at least 40 ms each, measuring this process's CPU time (so other load on a shared
 * machine does not count); the table shows the median ns per call and the ratio peer/ours (> 1
 * means ours is faster). A sink consumes every result so nothing is optimised away. Peers have
 * no dividend yield, so q = 0 throughout.
 *
 * Sections: (1) price + Greeks of one option, (2) implied volatility on a regular set (timed) and
 * a hard set (failures counted: a result that is not finite or is off by more than 0.1 % of σ,
 * or a throw), (3) the 1,001-point P&L curve of a four-leg iron condor before expiry (no peer
 * offers one), (4) what a strategy builder recomputes per edit for an eight-leg position over
 * two expirations: its analysis at the first expiry, its Greeks and a 40 × 30 P&L table.
 */
import { BlackScholes } from '@uqee/black-scholes';
import blackScholesPackage from 'black-scholes';
import greeksPackage from 'greeks';
import impliedVolatilityPackage from 'implied-volatility';
import {
  analyzePosition,
  impliedVolatility,
  ironCondor,
  optionGreeks,
  optionPrice,
  positionGreeks,
  positionPnlGrid,
  type Strategy,
  strategyPnlCurve,
} from '../src/index.ts';

const bsPackage = blackScholesPackage;
const greeksPeer = greeksPackage;
const ivPeer = impliedVolatilityPackage;
const uqee = new BlackScholes();
const uqeeNewton = new BlackScholes({ priceToSigmaMethod: 'newton-raphson' });

let sink = 0;

interface Candidate {
  name: string;
  fn: (i: number) => number;
  /** how many distinct inputs fn cycles through */
  inputs: number;
  batch?: number;
}

/** CPU time of this process in ns (user + system): other load on the machine does not count. */
function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) * 1000;
}

function runBatch(c: Candidate, batch: number): number {
  let acc = 0;
  const t0 = cpuNow();
  for (let i = 0; i < batch; i++) acc += c.fn(i % c.inputs);
  const elapsed = cpuNow() - t0;
  sink += acc;
  return elapsed;
}

/**
 * Median CPU ns per call of each candidate. Candidates are interleaved: 9 rounds, each timing
 * every candidate once for at least 40 ms, so a change in machine load affects all of them alike.
 */
function measureAll(candidates: Candidate[]): number[] {
  const targetNs = 40e6;
  for (const c of candidates) {
    let batch = c.inputs;
    for (;;) {
      const elapsed = runBatch(c, batch); // also the warm-up
      if (elapsed >= targetNs) break;
      batch = elapsed < 1e6 ? batch * 8 : Math.ceil((batch * targetNs * 1.2) / elapsed);
    }
    c.batch = batch;
  }
  const samples = candidates.map(() => [] as number[]);
  for (let round = 0; round < 9; round++) {
    candidates.forEach((c, k) => {
      samples[k]!.push(runBatch(c, c.batch!) / c.batch!);
    });
  }
  return samples.map((list) => list.sort((a, b) => a - b)[4]!);
}

/** Deterministic pseudo-random numbers (mulberry32) so every run uses the same inputs. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Case {
  type: 'call' | 'put';
  spot: number;
  strike: number;
  time: number;
  rate: number;
  volatility: number;
  price: number;
}

function regularCases(count: number): Case[] {
  const rnd = random(42);
  const out: Case[] = [];
  while (out.length < count) {
    const type = rnd() < 0.5 ? 'call' : 'put';
    const spot = 100;
    const strike = spot * (0.8 + 0.4 * rnd());
    const time = (7 + 358 * rnd()) / 365;
    const rate = 0.05 * rnd();
    const volatility = 0.1 + 0.5 * rnd();
    const price = optionPrice({ type, spot, strike, time, rate, volatility });
    if (price > 0.01) out.push({ type, spot, strike, time, rate, volatility, price });
  }
  return out;
}

/** Deep out-of-the-money, very high volatility, and barely-above-intrinsic prices. */
function hardCases(): Case[] {
  const out: Case[] = [];
  const add = (type: 'call' | 'put', strike: number, days: number, volatility: number) => {
    const c = { type, spot: 100, strike, time: days / 365, rate: 0.03, volatility };
    out.push({ ...c, price: optionPrice(c) });
  };
  for (const [strike, days, vol] of [
    [150, 30, 0.2],
    [200, 60, 0.25],
    [130, 7, 0.15],
    [300, 365, 0.3],
  ] as const)
    add('call', strike, days, vol);
  for (const [strike, days, vol] of [
    [60, 30, 0.2],
    [50, 90, 0.25],
    [80, 5, 0.15],
    [30, 365, 0.3],
  ] as const)
    add('put', strike, days, vol);
  for (const vol of [1.5, 2.5, 3]) {
    add('call', 100, 365, vol);
    add('put', 120, 730, vol);
  }
  // in the money with a time value barely above intrinsic
  // (time values 1e−12 to 1e−9: the price still pins σ down to better than 1e−4)
  for (const [type, strike, days, vol] of [
    ['call', 95, 3, 0.1],
    ['put', 104, 2, 0.09],
    ['put', 110, 5, 0.12],
    ['call', 96, 2, 0.09],
  ] as const)
    add(type, strike, days, vol);
  return out;
}

type IvSolver = (c: Case) => number;

const solvers: [string, IvSolver][] = [
  ['@vixshield/engine', (c) => impliedVolatility(c)],
  [
    '@uqee/black-scholes',
    (c) =>
      uqee.sigma({
        price: c.price,
        rate: c.rate,
        strike: c.strike,
        time: c.time,
        type: c.type,
        underlying: c.spot,
      }),
  ],
  [
    '@uqee/black-scholes (newton-raphson option)',
    (c) =>
      uqeeNewton.sigma({
        price: c.price,
        rate: c.rate,
        strike: c.strike,
        time: c.time,
        type: c.type,
        underlying: c.spot,
      }),
  ],
  [
    'implied-volatility (+ black-scholes)',
    (c) => ivPeer.getImpliedVolatility(c.price, c.spot, c.strike, c.time, c.rate, c.type),
  ],
];

function failures(solver: IvSolver, cases: readonly Case[]): number {
  let failed = 0;
  for (const c of cases) {
    try {
      const v = solver(c);
      if (!Number.isFinite(v) || Math.abs(v - c.volatility) > 1e-3 * c.volatility) failed++;
    } catch {
      failed++;
    }
  }
  return failed;
}

function format(ns: number): string {
  return ns >= 1e5
    ? `${(ns / 1000).toFixed(0)} µs`
    : ns >= 1000
      ? `${(ns / 1000).toFixed(2)} µs`
      : `${ns.toFixed(0)} ns`;
}

function table(title: string, header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(`\n${title}\n`);
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}

function main(): void {
  console.log(
    `node ${process.version}, ${process.arch}; CPU time per call, median of 9 interleaved runs of ≥ 40 ms after warm-up`,
  );
  const cases = regularCases(1000);

  // 1. price + Greeks
  const [ours, priceOnly, uqeeGreeks, legacy] = measureAll([
    {
      name: 'ours',
      inputs: cases.length,
      fn: (i) => {
        const g = optionGreeks(cases[i]!);
        return g.price + g.delta + g.gamma + g.vega + g.theta + g.rho + g.vanna + g.charm + g.vomma;
      },
    },
    { name: 'price', inputs: cases.length, fn: (i) => optionPrice(cases[i]!) },
    {
      name: 'uqee',
      inputs: cases.length,
      fn: (i) => {
        const c = cases[i]!;
        const o = uqee.option({
          rate: c.rate,
          sigma: c.volatility,
          strike: c.strike,
          time: c.time,
          type: c.type,
          underlying: c.spot,
        });
        return o.price + o.delta + o.gamma + o.vega + o.theta + o.rho;
      },
    },
    {
      name: 'legacy',
      inputs: 200,
      fn: (i) => {
        const c = cases[i]!;
        const args = [c.spot, c.strike, c.time, c.volatility, c.rate] as const;
        return (
          bsPackage.blackScholes(...args, c.type) +
          greeksPeer.getDelta(...args, c.type) +
          greeksPeer.getGamma(...args) +
          greeksPeer.getVega(...args) +
          greeksPeer.getTheta(...args, c.type) +
          greeksPeer.getRho(...args, c.type)
        );
      },
    },
  ]) as [number, number, number, number];
  table(
    'Price + Greeks of one option (1,000 options: K/S 0.8–1.2, 7–365 days, σ 10–60 %)',
    ['library', 'what is computed', 'time per option', 'peer / ours'],
    [
      ['@vixshield/engine optionGreeks', 'price + 8 Greeks', format(ours), '1.00'],
      ['@vixshield/engine optionPrice', 'price only', format(priceOnly), '–'],
      [
        '@uqee/black-scholes option()',
        'price + 5 Greeks (single-precision CDF)',
        format(uqeeGreeks),
        (uqeeGreeks / ours).toFixed(2),
      ],
      [
        'black-scholes + greeks',
        'price + 5 Greeks (6 calls)',
        format(legacy),
        (legacy / ours).toFixed(2),
      ],
    ],
  );

  // 2. implied volatility
  const hard = hardCases();
  const ivTimes = measureAll(
    solvers.map(([name, solver]) => ({
      name,
      inputs: name.startsWith('implied-volatility') ? 20 : cases.length,
      fn: (i: number) => solver(cases[i]!),
    })),
  );
  const oursIv = ivTimes[0]!;
  table(
    'Implied volatility (regular set timed; failure = not finite, a throw, or off by > 0.1 % of σ)',
    ['library', 'time per solve', 'peer / ours', 'failures, regular set', 'failures, hard set'],
    solvers.map(([name, solver], k) => [
      name,
      format(ivTimes[k]!),
      (ivTimes[k]! / oursIv).toFixed(2),
      `${failures(solver, cases)} / ${cases.length}`,
      `${failures(solver, hard)} / ${hard.length}`,
    ]),
  );

  // 3. P&L curve
  const condor = ironCondor({
    longPut: 5500,
    shortPut: 5600,
    shortCall: 6000,
    longCall: 6100,
    credit: 25,
  });
  const market = {
    evaluationTime: 0,
    expiry: 30 / 365,
    volatility: 0.16,
    rate: 0.04,
    dividendYield: 0.013,
  };
  const [curve] = measureAll([
    {
      name: 'curve',
      inputs: 3,
      fn: (i) =>
        strategyPnlCurve(condor, { from: 4800 + i, to: 6800, points: 1001, market }).pnl[500]!,
    },
  ]) as [number];
  table(
    'Four-leg iron condor P&L curve before expiry (T+0, 1,001 prices from 4,800 to 6,800)',
    ['library', 'time per curve', 'per point'],
    [['@vixshield/engine strategyPnlCurve', format(curve), format(curve / 1001)]],
  );

  // 4. eight-leg, two-expiry position: a double diagonal plus a put ratio and a call fly
  const eightLegs: Strategy = {
    legs: (
      [
        ['put', 5700, -1, 30],
        ['put', 5650, 1, 60],
        ['call', 6300, -1, 30],
        ['call', 6350, 1, 60],
        ['put', 5500, -2, 30],
        ['put', 5550, 1, 30],
        ['call', 6100, 1, 30],
        ['call', 6150, -1, 30],
      ] as const
    ).map(([kind, strike, quantity, days]) => ({
      kind,
      strike,
      quantity,
      premium: 10,
      expiry: days / 365,
      volatility: 0.16 + 0.5 * Math.log(6000 / strike),
    })),
  };
  const lab = { spot: 6000, volatility: 0.16, rate: 0.04, dividendYield: 0.013 };
  const tablePrices = Array.from({ length: 40 }, (_, i) => 5400 + i * 30);
  const tableTimes = Array.from({ length: 30 }, (_, j) => (j * 30) / 29 / 365);
  const [analysis, greeks, grid] = measureAll([
    {
      name: 'analysis',
      inputs: 3,
      fn: (i) => analyzePosition(eightLegs, { ...lab, spot: 5990 + 10 * i }).maxLoss,
    },
    {
      name: 'greeks',
      inputs: 3,
      fn: (i) => positionGreeks(eightLegs, 5990 + 10 * i, { ...lab, evaluationTime: 0 }).theta,
    },
    {
      name: 'grid',
      inputs: 3,
      fn: (i) =>
        positionPnlGrid(
          eightLegs,
          { prices: tablePrices, times: tableTimes },
          { ...lab, volatility: 0.16 + i / 100 },
        ).pnl[20]![i]!,
    },
  ]) as [number, number, number];
  table(
    'Eight-leg position over two expirations (what the strategy lab recomputes per edit)',
    ['@vixshield/engine', 'time per call'],
    [
      ['analyzePosition (max profit/loss, break-evens, PoP at the first expiry)', format(analysis)],
      ['positionGreeks (dollar delta, gamma, theta, vega today)', format(greeks)],
      ['positionPnlGrid, 40 prices × 30 dates', format(grid)],
    ],
  );
  if (!Number.isFinite(sink)) console.log('(sink)');
}

main();
