/**
 * Calculator components by their MDX name, for the site's MDX components map. Each value is a
 * client component ('use client'), so this record can be passed from a server component.
 */
import { BreakEvenCalculator } from './break-even/break-even-calculator';
import { ExpectedMoveCalculator } from './expected-move/expected-move-calculator';
import { IronCondorCalculator } from './iron-condor/iron-condor-calculator';
import { LayeredCondorCalculator } from './layered-condor/layered-condor-calculator';
import { OptionPricer } from './option-pricer/option-pricer';
import { ParityArbitrageCalculator } from './parity-arbitrage/parity-arbitrage-calculator';
import { StrategyLab } from './strategy-lab/strategy-lab';
import { VixHedgeCalculator } from './vix-hedge/vix-hedge-calculator';

export const calculatorComponents = {
  IronCondorCalculator,
  ExpectedMoveCalculator,
  BreakEvenCalculator,
  OptionPricer,
  LayeredCondorCalculator,
  VixHedgeCalculator,
  ParityArbitrageCalculator,
  StrategyLab,
};

/** The names MDX may use for the calculators. */
export type CalculatorComponentName = keyof typeof calculatorComponents;
