import { describe, expect, it } from 'vitest';
import { creditFarFromModel } from './credit-check';

describe('creditFarFromModel', () => {
  it('flags the issue’s case: 12.50 typed after the short put moved to 5,750 (model 29.87)', () => {
    expect(creditFarFromModel(12.5, 29.87, 50)).toBe(true);
  });
  it('accepts a fill near the model (12.50 against 13.33 on the example condor)', () => {
    expect(creditFarFromModel(12.5, 13.33, 50)).toBe(false);
  });
  it('ignores pennies on a far-out condor', () => {
    expect(creditFarFromModel(0.6, 0.4, 50)).toBe(false);
  });
});
