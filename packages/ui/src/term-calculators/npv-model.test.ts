import { describe, expect, it } from 'vitest';
import { computeNpv, initialNpvState, validateNpv } from './npv-model';

describe('NPV model', () => {
  it('computeNpv(the glossary example at the 7.896% WACC) gives +19.71 and each present value', () => {
    const { inputs } = validateNpv(initialNpvState({ rate: 0.07896 }));
    expect(inputs).toEqual({ rate: 0.07896, cashFlows: [-1000, 300, 400, 500] });
    const result = computeNpv(inputs!);
    expect(result.npv).toBeCloseTo(19.70746, 4);
    expect(result.presentValues.map((pv) => Number(pv.toFixed(2)))).toEqual([
      -1000, 278.05, 343.6, 398.06,
    ]);
    expect(result.readout).toBe(
      'NPV = −1,000 + 300 ÷ 1.07896 + 400 ÷ 1.07896² + 500 ÷ 1.07896³ = +19.71',
    );
  });

  it('validateNpv(bad rate or row) reports the field and the row by id', () => {
    const state = initialNpvState();
    const bad = {
      rate: '-150',
      flows: {
        ...state.flows,
        rows: state.flows.rows.map((r) => (r.id === 2 ? { ...r, amount: 'x' } : r)),
      },
    };
    const { inputs, errors } = validateNpv(bad);
    expect(inputs).toBeNull();
    expect(errors.rate).toMatch(/-99%/);
    expect(Object.keys(errors.rows)).toEqual(['2']);
  });
});
