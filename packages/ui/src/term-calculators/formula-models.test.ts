import { describe, expect, it } from 'vitest';
import { computeCapm, initialCapmTexts, validateCapm } from './capm-model';
import {
  computeDividendDiscount,
  initialDividendDiscountTexts,
  validateDividendDiscount,
} from './dividend-discount-model';
import { computePeRatio, initialPeRatioTexts, validatePeRatio } from './pe-ratio-model';
import {
  computePriceToCashFlow,
  initialPriceToCashFlowTexts,
  validatePriceToCashFlow,
} from './price-to-cash-flow-model';
import { computeQuickRatio, initialQuickRatioTexts, validateQuickRatio } from './quick-ratio-model';
import { computeWacc, initialWaccTexts, validateWacc } from './wacc-model';

describe('single-formula models (the glossary worked examples)', () => {
  it('computeCapm(4%, beta 1.2, 9%) requires 10.00%', () => {
    const texts = initialCapmTexts();
    expect(texts).toEqual({ riskFreeRate: '4', beta: '1.2', marketReturn: '9' });
    const outcome = computeCapm(validateCapm(texts).inputs!);
    expect(outcome.expectedReturn).toBeCloseTo(0.1, 12);
    expect(outcome.readout).toBe('E[R] = 4% + 1.2 × (9% − 4%) = 10.00%');
  });

  it('computeCapm(beta 0.7) requires 7.50%, and a negative beta reads in parentheses', () => {
    expect(
      computeCapm({ riskFreeRate: 0.04, beta: 0.7, marketReturn: 0.09 }).figures[0]?.value,
    ).toBe('7.50%');
    expect(computeCapm({ riskFreeRate: 0.04, beta: -0.5, marketReturn: 0.09 }).readout).toBe(
      'E[R] = 4% + (−0.5) × (9% − 4%) = 1.50%',
    );
  });

  it('computeDividendDiscount(2.08, 9%, 4%) values the share at 41.60; 9.5% gives 37.82', () => {
    const outcome = computeDividendDiscount(
      validateDividendDiscount(initialDividendDiscountTexts()).inputs!,
    );
    expect(outcome.value).toBeCloseTo(41.6, 10);
    expect(outcome.readout).toBe('P₀ = 2.08 ÷ (9% − 4%) = 41.60');
    expect(
      computeDividendDiscount({ nextDividend: 2.08, requiredReturn: 0.095, growthRate: 0.04 })
        .figures[0]?.value,
    ).toBe('37.82');
  });

  it('validateDividendDiscount(growth ≥ required return) flags the growth field', () => {
    const { inputs, errors } = validateDividendDiscount(
      initialDividendDiscountTexts({ growthRate: 0.09 }),
    );
    expect(inputs).toBeNull();
    expect(errors.growthRate).toMatch(/below the required return/);
  });

  it('computeWacc(600/400, 10%, 6%, 21%) is 7.896%', () => {
    const outcome = computeWacc(validateWacc(initialWaccTexts()).inputs!);
    expect(outcome.wacc).toBeCloseTo(0.07896, 12);
    expect(outcome.figures[0]).toMatchObject({ value: '7.90%', note: 'Unrounded: 7.896%' });
    expect(outcome.readout).toBe(
      'WACC = 600 ÷ (600 + 400) × 10% + 400 ÷ (600 + 400) × 6% × (1 − 21%) = 7.90%',
    );
  });

  it('validateWacc(no capital) flags equity', () => {
    expect(
      validateWacc(initialWaccTexts({ equityValue: 0, debtValue: 0 })).errors.equityValue,
    ).toMatch(/both be zero/);
  });

  it('computePeRatio(150, 6) is 25.0 and forward EPS 6.60 gives 22.7', () => {
    const outcome = computePeRatio(validatePeRatio(initialPeRatioTexts()).inputs!);
    expect(outcome.ratio).toBeCloseTo(25, 12);
    expect(outcome.readout).toBe('P/E = 150 ÷ 6 = 25.0');
    expect(computePeRatio({ price: 150, earningsPerShare: 6.6 }).figures[0]?.value).toBe('22.7');
  });

  it('validatePeRatio(a loss) explains that P/E is not meaningful', () => {
    expect(
      validatePeRatio(initialPeRatioTexts({ earningsPerShare: -2 })).errors.earningsPerShare,
    ).toMatch(/positive earnings/);
  });

  it('computePriceToCashFlow(150, 10) is 15.0', () => {
    const outcome = computePriceToCashFlow(
      validatePriceToCashFlow(initialPriceToCashFlowTexts()).inputs!,
    );
    expect(outcome.ratio).toBeCloseTo(15, 12);
    expect(outcome.readout).toBe('P/CF = 150 ÷ 10 = 15.0');
  });

  it('computeQuickRatio(50, 30, 70 over 125) is 1.20', () => {
    const outcome = computeQuickRatio(validateQuickRatio(initialQuickRatioTexts()).inputs!);
    expect(outcome.ratio).toBeCloseTo(1.2, 12);
    expect(outcome.figures[0]?.tone).toBe('profit');
    expect(outcome.readout).toBe('Quick ratio = (50 + 30 + 70) ÷ 125 = 1.20');
  });

  it('validateQuickRatio(zero liabilities) flags the field', () => {
    expect(
      validateQuickRatio(initialQuickRatioTexts({ currentLiabilities: 0 })).errors
        .currentLiabilities,
    ).toMatch(/above 0/);
  });
});
