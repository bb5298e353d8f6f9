import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  erf,
  erfc,
  erfcx,
  inverseNormalCdf,
  millsRatio,
  normalCdf,
  normalPdf,
} from '../src/normal.ts';
import { expectClose } from './helpers/tolerance.ts';
import { D, erfcD, exact, normalCdfD, normalPdfD } from './reference/decimal-math.ts';

const EPS = Number.EPSILON;

function grid(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let x = from; x <= to; x += step) out.push(x);
  return out;
}

describe('erfc', () => {
  it('erfc(x) matches a 50-digit reference to 8 ulp from −6 to 27 (tail down to 1e−300)', () => {
    for (const x of grid(-6, 26.5, 0.0731)) {
      const ref = erfcD(x);
      expectClose(erfc(x), ref.toNumber(), 8 * EPS, { label: `erfc(${x})` });
    }
  });

  it('erfc(10) and erfc(26) keep full relative precision in the far tail', () => {
    expectClose(erfc(10), 2.088487583762545e-45, 4 * EPS);
    expectClose(erfc(26), erfcD(26).toNumber(), 4 * EPS);
  });

  it('erfc(x) underflows to exactly 0 beyond x ≈ 27.3 and is 2 for very negative x', () => {
    expect(erfc(28)).toBe(0);
    expect(erfc(-7)).toBe(2);
  });

  it('erf(x) + erfc(x) = 1 and erf is odd', () => {
    fc.assert(
      fc.property(fc.double({ min: -6, max: 6, noNaN: true }), (x) => {
        expect(Math.abs(erf(x) + erfc(x) - 1)).toBeLessThanOrEqual(4 * EPS);
        expect(erf(-x)).toBe(-erf(x));
      }),
    );
  });
});

describe('erfcx', () => {
  it('erfcx(x) matches exp(x²)·erfc(x) at 50 digits to 8 ulp from −26 to 100', () => {
    for (const x of grid(-26, 100, 0.137)) {
      const ref = erfcD(x).times(D.exp(exact(x).pow(2)));
      expectClose(erfcx(x), ref.toNumber(), 8 * EPS, { label: `erfcx(${x})` });
    }
  });

  it('erfcx(1e10) ≈ 1/(x√π) without underflow', () => {
    expectClose(erfcx(1e10), 1 / (1e10 * Math.sqrt(Math.PI)), 4 * EPS);
  });
});

describe('normalCdf', () => {
  it('normalCdf(x) matches a 50-digit reference to 8 ulp from −37.5 to 8', () => {
    for (const x of grid(-37.5, 8, 0.0917)) {
      expectClose(normalCdf(x), normalCdfD(x).toNumber(), 8 * EPS, { label: `Φ(${x})` });
    }
  });

  it('normalCdf(−x) equals the upper tail 1 − Φ(x) = erfc(x/√2)/2 at 50 digits, without cancellation', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 37, noNaN: true }), (x) => {
        const upper = erfcD(exact(x).dividedBy(D.sqrt(2))).dividedBy(2);
        expectClose(normalCdf(-x), upper.toNumber(), 8 * EPS, { label: `Φ(−${x})` });
      }),
      { numRuns: 200 },
    );
  });

  it('normalCdf(1.96) and normalCdf(−1.96) reproduce the textbook 0.975/0.025 to 4 decimals', () => {
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 15);
    expect(normalCdf(-1.96)).toBeCloseTo(0.025, 4);
  });

  it('normalCdf is 0 and 1 in the limits and monotone', () => {
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(9)).toBe(1);
    fc.assert(
      fc.property(
        fc.double({ min: -38, max: 9, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (x, d) => {
          expect(normalCdf(x + d)).toBeGreaterThanOrEqual(normalCdf(x));
        },
      ),
    );
  });
});

describe('normalPdf', () => {
  it('normalPdf(x) matches a 50-digit reference to 4 ulp out to |x| = 37.5', () => {
    for (const x of grid(-37.5, 37.5, 0.1127)) {
      expectClose(normalPdf(x), normalPdfD(x).toNumber(), 4 * EPS, { label: `φ(${x})` });
    }
  });
});

describe('millsRatio', () => {
  it('millsRatio(x)·normalPdf(x) is the upper tail 1 − Φ(x)', () => {
    for (const x of [-3, -0.5, 0, 0.3, 1, 5, 20, 35]) {
      const upper = erfcD(exact(x).dividedBy(D.sqrt(2))).dividedBy(2);
      expectClose(millsRatio(x) * normalPdf(x), upper.toNumber(), 8 * EPS, { label: `R(${x})` });
    }
    expectClose(millsRatio(0), Math.sqrt(Math.PI / 2), 2 * EPS);
  });
});

describe('inverseNormalCdf', () => {
  it('inverseNormalCdf(0.975) = 1.959963984540054', () => {
    expectClose(inverseNormalCdf(0.975), 1.959963984540054, 4 * EPS);
  });

  it('inverseNormalCdf(p) inverts Φ to full precision from 1e−300 to 1 − 1e−16', () => {
    fc.assert(
      fc.property(fc.double({ min: -690, max: Math.log(0.5), noNaN: true }), (logP) => {
        const p = Math.exp(logP);
        const x = inverseNormalCdf(p);
        // the error in x implied by the residual Φ(x) − p, to first order
        const residual = normalCdfD(x).minus(exact(p)).dividedBy(normalPdfD(x)).toNumber();
        expect(Math.abs(residual)).toBeLessThanOrEqual(8 * EPS * Math.max(1, Math.abs(x)));
      }),
      { numRuns: 150 },
    );
  });

  it('inverseNormalCdf is antisymmetric about ½ and infinite at 0 and 1', () => {
    expect(inverseNormalCdf(0.5)).toBe(0);
    expect(inverseNormalCdf(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(inverseNormalCdf(1)).toBe(Number.POSITIVE_INFINITY);
    expectClose(inverseNormalCdf(0.75), -inverseNormalCdf(0.25), 2 * EPS);
  });

  it('inverseNormalCdf(p outside [0, 1] or NaN) throws a RangeError naming p', () => {
    expect(() => inverseNormalCdf(1.5)).toThrow(RangeError);
    expect(() => inverseNormalCdf(Number.NaN)).toThrow(/^p /);
  });
});

describe('input checks', () => {
  it('normalCdf(NaN) and erfc(Infinity) throw RangeErrors naming x', () => {
    expect(() => normalCdf(Number.NaN)).toThrow(RangeError);
    expect(() => erfc(Number.POSITIVE_INFINITY)).toThrow(/^x must be a finite number/);
  });
});
