/**
 * Calculator components an MDX document may embed, by the name used in the MDX source. The MDX
 * renderer (mdx-body.tsx) maps each name to its @vixshield/ui component; the content
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
  'StrategyLab',
] as const;

export type CalculatorName = (typeof calculatorNames)[number];

/**
 * The small formula calculators of glossary term pages (@vixshield/ui `termCalculatorComponents`).
 * They have no /calculators page, so the content check does not ask for a guide for them.
 */
export const termCalculatorNames = [
  'NpvCalculator',
  'IrrCalculator',
  'XirrCalculator',
  'CapmCalculator',
  'DividendDiscountCalculator',
  'WaccCalculator',
  'PeRatioCalculator',
  'PriceToCashFlowCalculator',
  'QuickRatioCalculator',
] as const;

export type TermCalculatorName = (typeof termCalculatorNames)[number];
