import { describe, expect, it } from 'vitest';
import { logRatio } from '../src/log-ratio.ts';
import { D, exact } from './reference/decimal-math.ts';

describe('logRatio', () => {
  it('is within 1.5 ulp of the 50-digit ln(a/b): near 1 (atanh series), within 2 (log1p) and beyond', () => {
    let state = 3;
    const random = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state / 4294967296;
    };
    let worst = 0;
    let at = '';
    for (let i = 0; i < 6000; i++) {
      const spread = [0.4, 1.2, 6][i % 3]!; // ln(a/b) up to ±0.2, ±0.6 and ±3
      const a = 100 * Math.exp((random() - 0.5) * spread);
      const b = i % 2 ? 100 : 100 * (1 + (random() - 0.5) * 1e-9); // and a/b within 1e−9 of 1
      const reference = D.ln(exact(a).dividedBy(exact(b)));
      if (reference.isZero()) continue;
      const ulps =
        exact(logRatio(a, b)).minus(reference).abs().dividedBy(reference.abs()).toNumber() /
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
