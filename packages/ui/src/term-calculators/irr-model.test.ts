import { describe, expect, it } from 'vitest';
import { computeIrr, initialIrrState, validateIrr } from './irr-model';

describe('IRR model', () => {
  it('computeIrr(the glossary example) gives 8.90% and −21.04 of NPV at a 10% hurdle', () => {
    const { inputs } = validateIrr(initialIrrState());
    const result = computeIrr(inputs!);
    expect(result.irr).toBeCloseTo(0.0889634, 6);
    expect(result.npvAtHurdle).toBeCloseTo(-21.0368, 3);
    expect(result.clearsHurdle).toBe(false);
    expect(result.multipleSignChanges).toBe(false);
    expect(result.readout).toBe(
      '−1,000 + 300 ÷ 1.0890 + 400 ÷ 1.0890² + 500 ÷ 1.0890³ = 0 at IRR = 8.90%',
    );
  });

  it('computeIrr at an 8% hurdle clears it with an NPV of +17.63', () => {
    const { inputs } = validateIrr(initialIrrState({ hurdleRate: 0.08 }));
    const result = computeIrr(inputs!);
    expect(result.clearsHurdle).toBe(true);
    expect(result.npvAtHurdle).toBeCloseTo(17.6294, 3);
  });

  it('validateIrr(flows of one sign) asks for an outlay and a return', () => {
    const { inputs, errors } = validateIrr(initialIrrState({ cashFlows: [100, 200] }));
    expect(inputs).toBeNull();
    expect(errors.list).toMatch(/at least one negative/);
  });

  it('computeIrr flags flows that change sign twice', () => {
    const { inputs } = validateIrr(initialIrrState({ cashFlows: [-1000, 3000, -2100] }));
    expect(computeIrr(inputs!).multipleSignChanges).toBe(true);
  });

  it('computeIrr(flows with no root) explains that there is no IRR', () => {
    const { inputs } = validateIrr(initialIrrState({ cashFlows: [-100, 50, -10] }));
    expect(() => computeIrr(inputs!)).toThrow(/no discount rate makes the NPV/);
  });
});
