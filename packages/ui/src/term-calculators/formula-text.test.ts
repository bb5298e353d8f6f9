import { describe, expect, it } from 'vitest';
import {
  amountOperand,
  amountText,
  discountedSum,
  growthBase,
  joinSigned,
  percentOperand,
  percentText,
  superscript,
} from './formula-text';

describe('formula text', () => {
  it('superscript(n) writes whole numbers as superscript digits', () => {
    expect(superscript(2)).toBe('²');
    expect(superscript(10)).toBe('¹⁰');
  });

  it('amountText and percentText drop float noise and use a true minus sign', () => {
    expect(amountText(-1000)).toBe('−1,000');
    expect(amountText(12.5)).toBe('12.5');
    expect(percentText(0.07896)).toBe('7.896%');
    expect(percentText(0.1 + 0.2)).toBe('30%');
    expect(percentText(Number.NaN)).toBe('—');
  });

  it('operands wrap negatives in parentheses', () => {
    expect(percentOperand(-0.01)).toBe('(−1%)');
    expect(percentOperand(0.04)).toBe('4%');
    expect(amountOperand(-0.5)).toBe('(−0.5)');
  });

  it('joinSigned(terms) writes a sum with signs between the terms', () => {
    expect(
      joinSigned([
        { value: -1000, text: '1,000' },
        { value: 300, text: '300' },
        { value: -20, text: '20' },
      ]),
    ).toBe('−1,000 + 300 − 20');
  });

  it('discountedSum(flows, base) leaves t = 0 undiscounted and omits the exponent 1', () => {
    expect(discountedSum([-1000, 300, 400, 500], growthBase(0.07896))).toBe(
      '−1,000 + 300 ÷ 1.07896 + 400 ÷ 1.07896² + 500 ÷ 1.07896³',
    );
  });

  it('growthBase(solved rate, fixed 4) keeps trailing zeros', () => {
    expect(growthBase(0.0889634, { fixed: 4 })).toBe('1.0890');
    expect(growthBase(0.08)).toBe('1.08');
  });

  it('discountedSum(long list) elides the middle terms', () => {
    const flows = [-1000, 100, 100, 100, 100, 100, 100, 100, 100, 100, 1100];
    expect(discountedSum(flows, '1.05')).toBe(
      '−1,000 + 100 ÷ 1.05 + 100 ÷ 1.05² + 100 ÷ 1.05³ + … + 1,100 ÷ 1.05¹⁰',
    );
  });
});
