import { describe, expect, it } from 'vitest';
import { optionPrice } from '../src/black-scholes.ts';
import { optionGreeks } from '../src/greeks.ts';
import { relativeError } from './helpers/tolerance.ts';
import { type BsmReference, bsmD, exact } from './reference/decimal-math.ts';
import { accuracyGrid } from './reference/grid.ts';

/**
 * Every case of the grid (5,400 options: K/S 0.3–3, 1 day–3 years, σ 5 %–200 %, rates −1 % to
 * 10 %, dividend yields −1 % to 4 %) against the 50-digit decimal.js reference. Prices and the
 * one-signed Greeks are compared relative to their own value. Theta, charm, vanna and vomma
 * change sign inside the grid, where no finite-precision formula can be relatively exact; they
 * are compared relative to the magnitude of the terms that make them up (`…Scale`), which is
 * their value away from a root.
 */
const TOLERANCE = 1e-12;
/** Below this the value is subnormal or nearly so and has lost relative precision by design. */
const NORMAL_RANGE = 1e-290;

const cases = accuracyGrid().map((input) => ({ input, ref: bsmD(input) }));

type Key = 'price' | 'delta' | 'gamma' | 'vega' | 'rho' | 'theta' | 'vanna' | 'charm' | 'vomma';
const scaleOf: Partial<Record<Key, keyof BsmReference>> = {
  theta: 'thetaScale',
  vanna: 'vannaScale',
  charm: 'charmScale',
  vomma: 'vommaScale',
};

function worst(key: Key, value: (c: (typeof cases)[number]) => number) {
  let max = 0;
  let at = '';
  let compared = 0;
  for (const c of cases) {
    const ref = c.ref[key];
    const scaleKey = scaleOf[key];
    const scale = scaleKey ? c.ref[scaleKey] : ref.abs();
    if (scale.lt(NORMAL_RANGE)) continue;
    compared++;
    const error = exact(value(c)).minus(ref).abs().dividedBy(scale).toNumber();
    if (error > max) {
      max = error;
      at = JSON.stringify(c.input);
    }
  }
  return { max, at, compared };
}

describe('accuracy against a 50-digit reference on the 5,400-case grid', () => {
  it('optionPrice is within 1e−12 relative everywhere the price is a normal double', () => {
    const { max, at, compared } = worst('price', (c) => optionPrice(c.input));
    expect(compared).toBeGreaterThan(4500);
    expect(max, `worst ${max} at ${at}`).toBeLessThanOrEqual(TOLERANCE);
  });

  const greeks = cases.map((c) => optionGreeks(c.input));
  for (const key of [
    'price',
    'delta',
    'gamma',
    'vega',
    'rho',
    'theta',
    'vanna',
    'charm',
    'vomma',
  ] as const) {
    it(`optionGreeks().${key} is within 1e−12 of the reference${scaleOf[key] ? ' (relative to its terms)' : ' (relative)'}`, () => {
      const index = new Map(cases.map((c, i) => [c, i]));
      const { max, at } = worst(key, (c) => greeks[index.get(c)!]![key]);
      expect(max, `worst ${max} at ${at}`).toBeLessThanOrEqual(TOLERANCE);
    });
  }

  it('the price is never negative and zero only where the reference is below the double range', () => {
    for (const c of cases) {
      const price = optionPrice(c.input);
      expect(price).toBeGreaterThanOrEqual(0);
      if (price === 0) expect(c.ref.price.lt(1e-300)).toBe(true);
    }
    // relativeError is used by the other suites; keep the helper honest here too
    expect(relativeError(1 + Number.EPSILON, 1)).toBeCloseTo(Number.EPSILON, 30);
  });
});
