export type { BreakEvenCalculatorProps } from './break-even/break-even-calculator';
export { BreakEvenCalculator } from './break-even/break-even-calculator';
export type { CalculatorComponentName, CalculatorEntry, CalculatorSlug } from './catalog';
export { calculatorCatalog, findCalculator } from './catalog';
export type {
  ChartBand,
  ChartKeyPoint,
  ChartMarker,
  ChartSeries,
  PayoffChartProps,
} from './chart/payoff-chart';
export { PayoffChart } from './chart/payoff-chart';
export { calculatorComponents } from './components';
export type { ExpectedMoveCalculatorProps } from './expected-move/expected-move-calculator';
export { ExpectedMoveCalculator } from './expected-move/expected-move-calculator';
export type { IronCondorCalculatorProps } from './iron-condor/iron-condor-calculator';
export { IronCondorCalculator } from './iron-condor/iron-condor-calculator';
export type { LayeredCondorCalculatorProps } from './layered-condor/layered-condor-calculator';
export { LayeredCondorCalculator } from './layered-condor/layered-condor-calculator';
export { cn } from './lib/cn';
export type { OptionPricerProps } from './option-pricer/option-pricer';
export { OptionPricer } from './option-pricer/option-pricer';
