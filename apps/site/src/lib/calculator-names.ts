/**
 * Calculator components an MDX document may embed, by the name used in the MDX source. The MDX
 * component map (mdx-components.tsx) maps each name to its @vixshield/ui component; the content
 * check rejects any other name.
 */
export const calculatorNames = [
  'IronCondorCalculator',
  'LayeredCondorCalculator',
  'BreakEvenCalculator',
  'ExpectedMoveCalculator',
  'VixHedgeCalculator',
  'OptionPricer',
  'ParityArbitrageCalculator',
] as const;

export type CalculatorName = (typeof calculatorNames)[number];
