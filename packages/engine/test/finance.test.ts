import { describe, expect, it } from 'vitest';
import {
  capmExpectedReturn,
  gordonGrowthValue,
  irr,
  npv,
  peRatio,
  priceToCashFlow,
  quickRatio,
  wacc,
  xirr,
} from '../src/finance.ts';
import { expectClose } from './helpers/tolerance.ts';

describe('npv', () => {
  it('discounts the first flow at time 0 (textbook convention)', () => {
    expectClose(
      npv(0.1, [-1000, 500, 500, 500]),
      -1000 + 500 / 1.1 + 500 / 1.21 + 500 / 1.331,
      1e-14,
    );
    expect(npv(0, [-5, 2, 3])).toBe(0);
  });

  it('equals the first flow plus Excel’s NPV of the rest (Excel doc example: 1,188.44)', () => {
    // Microsoft Excel NPV documentation: rate 10 %, −10,000 in a year then 3,000, 4,200, 6,800 → 1,188.44
    expect(npv(0.1, [0, -10000, 3000, 4200, 6800])).toBeCloseTo(1188.44, 2);
  });

  it('npv(rate ≤ −1 or NaN flow) throws a RangeError naming the field', () => {
    expect(() => npv(-1, [1, 2])).toThrow(/^rate /);
    expect(() => npv(0.1, [1, Number.NaN])).toThrow(/^cashflows\[1\] /);
  });
});

describe('irr', () => {
  it('reproduces the Excel documentation examples (−2.1 %, 8.7 %, −44.4 %)', () => {
    expect(irr([-70000, 12000, 15000, 18000, 21000])).toBeCloseTo(-0.021, 3);
    expect(irr([-70000, 12000, 15000, 18000, 21000, 26000])).toBeCloseTo(0.087, 3);
    expect(irr([-70000, 12000, 15000])).toBeCloseTo(-0.444, 3);
  });

  it('makes the NPV zero to full precision', () => {
    for (const flows of [
      [-100, 110],
      [-1000, 0, 1210],
      [-500, 100, 150, 200, 250, 300],
      [-1, 0.1, 0.1, 0.1, 0.1, 1.1],
    ]) {
      const r = irr(flows);
      const scale = flows.reduce((s, c) => s + Math.abs(c), 0);
      expect(Math.abs(npv(r, flows))).toBeLessThan(1e-13 * scale);
    }
    expectClose(irr([-100, 110]), 0.1, 1e-15);
    expectClose(irr([-1000, 0, 1210]), 0.1, 1e-15);
  });

  it('irr(flows without a sign change) throws a RangeError', () => {
    expect(() => irr([100, 200])).toThrow(/both positive and negative/);
    expect(() => irr([])).toThrow(RangeError);
  });

  it('irr(flows whose NPV never crosses zero) throws a RangeError naming the cause', () => {
    // NPV(r) = 1 − 2v + 1.5v² > 0 for every v = 1/(1 + r)
    expect(() => irr([1, -2, 1.5])).toThrow(/no sign change/);
  });
});

describe('xirr', () => {
  it('reproduces the Excel documentation example (0.373362535)', () => {
    const r = xirr([
      { date: '2008-01-01', amount: -10000 },
      { date: '2008-03-01', amount: 2750 },
      { date: '2008-10-30', amount: 4250 },
      { date: '2009-02-15', amount: 3250 },
      { date: '2009-04-01', amount: 2750 },
    ]);
    // Excel iterates only to 1e−8, so its printed 0.373362535 agrees to 8 decimals
    expect(r).toBeCloseTo(0.373362535, 8);
  });

  it('accepts Date objects and is exact on a one-year Actual/365 flow', () => {
    const r = xirr([
      { date: new Date(2021, 0, 1), amount: -1000 },
      { date: new Date(2022, 0, 1), amount: 1080 },
    ]);
    expectClose(r, 0.08, 1e-14);
  });

  it('xirr(bad date) throws a RangeError naming the flow', () => {
    expect(() =>
      xirr([
        { date: '2020-02-30', amount: -1 },
        { date: '2020-03-01', amount: 2 },
      ]),
    ).toThrow(/^flows\[0\]\.date /);
  });
});

describe('capmExpectedReturn, gordonGrowthValue, wacc and ratios', () => {
  it('capmExpectedReturn is r_f + β(r_m − r_f)', () => {
    expectClose(
      capmExpectedReturn({ riskFreeRate: 0.04, beta: 1.2, marketReturn: 0.09 }),
      0.1,
      1e-15,
    );
  });

  it('gordonGrowthValue is D₁/(r − g) and rejects r ≤ g', () => {
    expectClose(
      gordonGrowthValue({ nextDividend: 2, requiredReturn: 0.08, growthRate: 0.03 }),
      40,
      1e-14,
    );
    expect(() =>
      gordonGrowthValue({ nextDividend: 2, requiredReturn: 0.03, growthRate: 0.03 }),
    ).toThrow(/^requiredReturn must exceed growthRate/);
  });

  it('wacc weights the after-tax cost of debt by market values', () => {
    expectClose(
      wacc({
        equityValue: 600,
        debtValue: 400,
        costOfEquity: 0.1,
        costOfDebt: 0.05,
        taxRate: 0.25,
      }),
      0.075,
      1e-15,
    );
    expect(() =>
      wacc({ equityValue: 1, debtValue: 1, costOfEquity: 0.1, costOfDebt: 0.05, taxRate: 1.5 }),
    ).toThrow(/^taxRate /);
  });

  it('peRatio, priceToCashFlow and quickRatio divide as defined and reject a zero denominator', () => {
    expect(peRatio({ price: 150, earningsPerShare: 6 })).toBe(25);
    expect(priceToCashFlow({ price: 50, cashFlowPerShare: 5 })).toBe(10);
    expect(
      quickRatio({ cash: 50, marketableSecurities: 30, receivables: 70, currentLiabilities: 100 }),
    ).toBe(1.5);
    expect(() => peRatio({ price: 10, earningsPerShare: -1 })).toThrow(/^earningsPerShare /);
    expect(() =>
      quickRatio({ cash: 1, marketableSecurities: 0, receivables: 0, currentLiabilities: 0 }),
    ).toThrow(/^currentLiabilities /);
  });
});
