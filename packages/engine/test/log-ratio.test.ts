import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logRatio } from '../src/log-ratio.ts';
import { D, exact } from './reference/decimal-math.ts';

describe('logRatio', () => {
  it('is within 1.5 ulp of the 50-digit ln(a/b): near 1 (atanh series), within 2 (log1p) and beyond', () => {
    // ln(a/b) up to ±0.2, ±0.6 and ±3, and half of them with a/b within 1e−9 of 1
    const pairs = fc.sample(
      fc
        .tuple(
          fc.constantFrom(0.4, 1.2, 6),
          fc.double({ min: -0.5, max: 0.5, noNaN: true }),
          fc.boolean(),
          fc.double({ min: -0.5, max: 0.5, noNaN: true }),
        )
        .map(([spread, u, nearOne, v]) => [
          100 * Math.exp(u * spread),
          nearOne ? 100 * (1 + v * 1e-9) : 100,
        ]),
      6000,
    );
    let worst = 0;
    let at = '';
    for (const [a, b] of pairs) {
      const reference = D.ln(exact(a!).dividedBy(exact(b!)));
      if (reference.isZero()) continue;
      const ulps =
        exact(logRatio(a!, b!)).minus(reference).abs().dividedBy(reference.abs()).toNumber() /
        Number.EPSILON;
      if (ulps > worst) {
        worst = ulps;
        at = `${a}/${b}`;
      }
    }
    expect(worst, `${worst} ulp at ${at}`).toBeLessThanOrEqual(1.5);
  });

  it('keeps equal arguments at exactly 0 and huge or tiny ones finite', () => {
    expect(logRatio(7, 7)).toBe(0);
    expect(logRatio(1e308, 1.2e308)).toBeCloseTo(Math.log(1 / 1.2), 15);
    expect(logRatio(1e308, 1e-300)).toBeCloseTo(Math.log(1e308) - Math.log(1e-300), 12);
    expect(logRatio(5e-324, 1e-323)).toBeCloseTo(-Math.LN2, 15);
  });
});
