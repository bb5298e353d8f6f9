import { describe, expect, it } from 'vitest';
import { type VixTerm, vixIndex } from '../src/vix-index.ts';
import {
  nearContributions,
  near as nearInput,
  nextContributions,
  next as nextInput,
  published,
} from './reference/cboe-vix-example.ts';

/**
 * Cboe's own worked example, recomputed from its full quote tables. Cboe prints every figure
 * rounded, so each assertion allows half a unit in the last printed digit; the per-strike table
 * is what pins the selection rules (a zero bid skipped, two in a row ending the strip, ΔK taken
 * over the included strikes, not the listed ones).
 */

function term(input: { minutesToExpiration: number; rate: number; rows: string }): VixTerm {
  const quotes = input.rows
    .trim()
    .split('\n')
    .map((line) => {
      const [strike, callBid, callAsk, putBid, putAsk] = line.trim().split(/\s+/).map(Number);
      return {
        strike: strike!,
        callBid: callBid!,
        callAsk: callAsk!,
        putBid: putBid!,
        putAsk: putAsk!,
      };
    });
  return { minutesToExpiration: input.minutesToExpiration, rate: input.rate, quotes };
}

function table(text: string) {
  return text
    .trim()
    .split('\n')
    .map((line) => {
      const [strike, mid, deltaK, contribution] = line.trim().split(/\s+/).map(Number);
      return { strike: strike!, mid: mid!, deltaK: deltaK!, contribution: contribution! };
    });
}

const halfUnit = (digits: number) => 0.5 * 10 ** -digits;
const result = vixIndex({ near: term(nearInput), next: term(nextInput) });

describe("vixIndex reproduces Cboe's worked example to its published digits", () => {
  for (const [name, detail, contributions, expected] of [
    ['near', result.near, nearContributions, published.near],
    ['next', result.next, nextContributions, published.next],
  ] as const) {
    describe(`${name} term`, () => {
      it('T, the forward and K0', () => {
        expect(Math.abs(detail.time - expected.time)).toBeLessThanOrEqual(halfUnit(7));
        expect(Math.abs(detail.forward - expected.forward)).toBeLessThanOrEqual(halfUnit(5));
        expect(detail.k0).toBe(expected.k0);
        const k0 = detail.strip.find((s) => s.strike === expected.k0)!;
        expect(k0.option).toBe('put/call');
        expect(k0.mid).toBeCloseTo((expected.k0Put + expected.k0Call) / 2, 12);
      });

      it('every strike of the strip: the same strikes, Q(K), ΔK and contribution (10 decimals)', () => {
        const rows = table(contributions);
        expect(detail.strip.map((s) => s.strike)).toEqual(rows.map((r) => r.strike));
        detail.strip.forEach((s, i) => {
          const row = rows[i]!;
          expect(s.option).toBe(
            s.strike < expected.k0 ? 'put' : s.strike > expected.k0 ? 'call' : 'put/call',
          );
          expect(s.mid).toBeCloseTo(row.mid, 12);
          expect(s.deltaK).toBe(row.deltaK);
          expect(Math.abs(s.contribution - row.contribution)).toBeLessThanOrEqual(halfUnit(10));
        });
      });

      it('the sum, (2/T)·sum, the forward adjustment and σ²', () => {
        const sum = detail.strip.reduce((total, s) => total + s.contribution, 0);
        expect(Math.abs(sum - expected.sum)).toBeLessThanOrEqual(halfUnit(10));
        // Cboe divides by T as printed (7 decimals); the engine by minutes/525,600 exactly.
        expect(Math.abs((2 / expected.time) * sum - expected.scaledSum)).toBeLessThanOrEqual(
          halfUnit(6),
        );
        const adjustment = (detail.forward / detail.k0 - 1) ** 2 / detail.time;
        expect(Math.abs(adjustment - expected.forwardAdjustment)).toBeLessThanOrEqual(halfUnit(8));
        expect(Math.abs(detail.variance - expected.variance)).toBeLessThanOrEqual(halfUnit(9));
      });
    });
  }

  it('the 30-day volatility 0.13927842 and the VIX 13.93', () => {
    expect(Math.abs(result.value / 100 - published.volatility)).toBeLessThanOrEqual(halfUnit(8));
    expect(Number(result.value.toFixed(2))).toBe(published.vix);
  });
});
