import { calculatorComponents, termCalculatorComponents } from '@vixshield/ui';
import { describe, expect, it } from 'vitest';
import { calculatorNames, termCalculatorNames } from '@/lib/calculator-names';

/**
 * The content build validates MDX against these name lists without loading React; the UI package
 * is the truth about which components exist. The two must name the same set.
 */
describe('calculator names', () => {
  it('are exactly the UI package’s calculators', () => {
    expect([...calculatorNames].sort()).toEqual(Object.keys(calculatorComponents).sort());
  });

  it('are exactly the UI package’s term calculators', () => {
    expect([...termCalculatorNames].sort()).toEqual(Object.keys(termCalculatorComponents).sort());
  });
});
