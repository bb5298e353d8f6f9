import { describe, expect, it } from 'vitest';
import { computeXirr, dayNumber, initialXirrState, validateXirr } from './xirr-model';

describe('XIRR model', () => {
  it('computeXirr(the glossary account example) gives 8.79% a year over 0, 89 and 363 days', () => {
    const { inputs } = validateXirr(initialXirrState());
    const result = computeXirr(inputs!);
    expect(result.xirr).toBeCloseTo(0.0878694, 6);
    expect(result.days).toEqual([0, 89, 363]);
    expect(result.readout).toBe(
      '−10,000 − 5,000 ÷ 1.0879^(89/365) + 16,200 ÷ 1.0879^(363/365) = 0 at XIRR = 8.79%',
    );
  });

  it('dayNumber accepts real ISO dates only', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2026-02-30')).toBeNull();
    expect(dayNumber('02/01/2026')).toBeNull();
  });

  it('validateXirr flags a missing date and a date before the first flow', () => {
    const state = initialXirrState();
    const rows = state.flows.rows.map((row) =>
      row.id === 1 ? { ...row, date: '' } : row.id === 2 ? { ...row, date: '2025-12-31' } : row,
    );
    const { inputs, errors } = validateXirr({ flows: { ...state.flows, rows } });
    expect(inputs).toBeNull();
    expect(errors.dates[1]).toBe('Enter a date.');
    expect(errors.dates[2]).toMatch(/earlier than the first/);
  });
});
