import { describe, expect, it } from 'vitest';
import { optionPrice } from '../src/black-scholes.ts';
import { type VixQuote, type VixTerm, vixIndex, vixTermVariance } from '../src/vix-index.ts';
import { expectClose } from './helpers/tolerance.ts';
import { vixD } from './reference/vix-decimal.ts';

/**
 * Beyond Cboe's worked example (vix-cboe-example.test.ts), which is one chain: (1) an independent
 * 50-digit decimal.js implementation of the white-paper formulas must agree to 1e−12 on
 * realistic quote sets; (2) with a flat-volatility surface and dense strikes the index must
 * converge to 100·σ (the variance-swap replication it rests on); (3) the selection rules are
 * checked on small hand-made chains.
 */

function chain(options: {
  spot: number;
  minutes: number;
  rate: number;
  volatility: (strike: number) => number;
  from: number;
  to: number;
  step: number;
  tick?: number;
  spread?: number;
}): VixTerm {
  const time = options.minutes / 525_600;
  const quotes: VixQuote[] = [];
  const tick = options.tick ?? 0;
  const spread = options.spread ?? 0;
  const quote = (price: number) => {
    if (tick === 0) return { bid: price, ask: price };
    const bid = Math.floor((price * (1 - spread)) / tick) * tick;
    const ask = Math.ceil((price * (1 + spread)) / tick) * tick;
    return { bid: bid < tick ? 0 : bid, ask: Math.max(ask, tick) };
  };
  for (let k = options.from; k <= options.to + 1e-9; k += options.step) {
    const spec = {
      spot: options.spot,
      strike: k,
      time,
      rate: options.rate,
      volatility: options.volatility(k),
    };
    const c = quote(optionPrice({ type: 'call', ...spec }));
    const p = quote(optionPrice({ type: 'put', ...spec }));
    quotes.push({ strike: k, callBid: c.bid, callAsk: c.ask, putBid: p.bid, putAsk: p.ask });
  }
  return { minutesToExpiration: options.minutes, rate: options.rate, quotes };
}

const skew = (k: number) =>
  0.16 + 0.25 * Math.max(0, Math.log(5000 / k)) - 0.05 * Math.max(0, Math.log(k / 5000));

describe('vixIndex against an independent 50-digit implementation of the white paper', () => {
  it('agrees to 1e−12 on skewed SPX-like chains with ticks, spreads and zero bids', () => {
    for (const [nearDays, nextDays] of [
      [25, 32],
      [24, 31],
      [28, 35],
    ] as const) {
      const near = chain({
        spot: 5000,
        minutes: nearDays * 1440 - 390,
        rate: 0.0431,
        volatility: skew,
        from: 2500,
        to: 6500,
        step: 5,
        tick: 0.05,
        spread: 0.03,
      });
      const next = chain({
        spot: 5000,
        minutes: nextDays * 1440 - 390,
        rate: 0.0433,
        volatility: skew,
        from: 2500,
        to: 6500,
        step: 5,
        tick: 0.05,
        spread: 0.03,
      });
      const got = vixIndex({ near, next });
      const ref = vixD(near, next);
      expectClose(got.value, ref.value.toNumber(), 1e-12, { label: 'VIX' });
      expectClose(got.near.variance, ref.near.variance.toNumber(), 1e-12, { label: 'σ₁²' });
      expectClose(got.next.variance, ref.next.variance.toNumber(), 1e-12, { label: 'σ₂²' });
      expectClose(got.near.forward, ref.near.forward.toNumber(), 1e-14, { label: 'F₁' });
      expect(got.near.k0).toBe(ref.near.k0.toNumber());
      expect(got.value).toBeGreaterThan(15);
      expect(got.value).toBeLessThan(30);
    }
  });
});

describe('vixIndex on a flat-volatility surface', () => {
  it('converges to 100·σ with dense strikes and exact quotes', () => {
    const flat = () => 0.2;
    const near = chain({
      spot: 5000,
      minutes: 25 * 1440,
      rate: 0.04,
      volatility: flat,
      from: 1000,
      to: 15000,
      step: 1,
    });
    const next = chain({
      spot: 5000,
      minutes: 32 * 1440,
      rate: 0.04,
      volatility: flat,
      from: 1000,
      to: 15000,
      step: 1,
    });
    const { value, near: n } = vixIndex({ near, next });
    expect(Math.abs(value - 20)).toBeLessThan(2e-3);
    expectClose(n.forward, 5000 * Math.exp((0.04 * 25) / 365), 1e-12);
  });
});

describe('vixTermVariance selection rules', () => {
  const row = (strike: number, callBid: number, putBid: number): VixQuote => ({
    strike,
    callBid,
    callAsk: callBid + 0.1,
    putBid,
    putAsk: putBid + 0.1,
  });

  it('uses K0 at or below the forward, skips a single zero bid and stops after two in a row', () => {
    const term: VixTerm = {
      minutesToExpiration: 30 * 1440,
      rate: 0,
      quotes: [
        row(70, 30, 0.1), // beyond the two zero put bids: excluded
        row(75, 25, 0),
        row(80, 20, 0),
        row(85, 15, 0.2),
        row(90, 10, 0), // single zero put bid: skipped
        row(95, 5.5, 0.9),
        row(100, 2.0, 2.0), // call mid = put mid: F = 100, K0 = 100
        row(105, 0.7, 5.4),
        row(110, 0, 10.1), // single zero call bid: skipped
        row(115, 0.1, 15),
        row(120, 0, 20),
        row(125, 0, 25),
        row(130, 0.05, 30), // after two zero call bids: excluded
      ],
    };
    const d = vixTermVariance(term);
    expect(d.forward).toBe(100);
    expect(d.k0).toBe(100);
    expect(d.strip.map((s) => s.strike)).toEqual([85, 95, 100, 105, 115]);
  });

  it('vixIndex(next term before near) and malformed quotes throw RangeErrors naming the field', () => {
    const t = chain({
      spot: 100,
      minutes: 30 * 1440,
      rate: 0,
      volatility: () => 0.2,
      from: 50,
      to: 150,
      step: 5,
    });
    expect(() => vixIndex({ near: t, next: t })).toThrow(/^next\.minutesToExpiration /);
    const bad = { ...t, quotes: [...t.quotes, { ...t.quotes[0]!, strike: Number.NaN }] };
    expect(() => vixTermVariance(bad, 'near')).toThrow(/^near\.quotes\[\d+\]\.strike /);
    const inverted = {
      ...t,
      quotes: t.quotes.map((q, i) => (i === 3 ? { ...q, callAsk: q.callBid - 1 } : q)),
    };
    expect(() => vixTermVariance(inverted, 'near')).toThrow(/callAsk/);
  });
});
