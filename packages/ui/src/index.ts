export type { BreakEvenCalculatorProps } from './break-even/break-even-calculator';
export { BreakEvenCalculator } from './break-even/break-even-calculator';
export type {
  ChartBand,
  ChartKeyPoint,
  ChartMarker,
  ChartSeries,
  PayoffChartProps,
} from './chart/payoff-chart';
export { PayoffChart } from './chart/payoff-chart';
export { type CalculatorComponentName, calculatorComponents } from './components';
export type { ExpectedMoveCalculatorProps } from './expected-move/expected-move-calculator';
export { ExpectedMoveCalculator } from './expected-move/expected-move-calculator';
export type { IronCondorCalculatorProps } from './iron-condor/iron-condor-calculator';
export { IronCondorCalculator } from './iron-condor/iron-condor-calculator';
export type { LayeredCondorCalculatorProps } from './layered-condor/layered-condor-calculator';
export { LayeredCondorCalculator } from './layered-condor/layered-condor-calculator';
export { cn } from './lib/cn';
export type { OptionPricerProps } from './option-pricer/option-pricer';
export { OptionPricer } from './option-pricer/option-pricer';
export type { ParityArbitrageCalculatorProps } from './parity-arbitrage/parity-arbitrage-calculator';
export { ParityArbitrageCalculator } from './parity-arbitrage/parity-arbitrage-calculator';
export type { StrategyLabProps } from './strategy-lab/strategy-lab';
export { StrategyLab } from './strategy-lab/strategy-lab';
export type { CapmCalculatorProps } from './term-calculators/capm-calculator';
export { CapmCalculator } from './term-calculators/capm-calculator';
export type { DividendDiscountCalculatorProps } from './term-calculators/dividend-discount-calculator';
export { DividendDiscountCalculator } from './term-calculators/dividend-discount-calculator';
export type { TermCalculatorName } from './term-calculators/index';
export { termCalculatorComponents } from './term-calculators/index';
export type { IrrCalculatorProps } from './term-calculators/irr-calculator';
export { IrrCalculator } from './term-calculators/irr-calculator';
export type { NpvCalculatorProps } from './term-calculators/npv-calculator';
export { NpvCalculator } from './term-calculators/npv-calculator';
export type { PeRatioCalculatorProps } from './term-calculators/pe-ratio-calculator';
export { PeRatioCalculator } from './term-calculators/pe-ratio-calculator';
export type { PriceToCashFlowCalculatorProps } from './term-calculators/price-to-cash-flow-calculator';
export { PriceToCashFlowCalculator } from './term-calculators/price-to-cash-flow-calculator';
export type { QuickRatioCalculatorProps } from './term-calculators/quick-ratio-calculator';
export { QuickRatioCalculator } from './term-calculators/quick-ratio-calculator';
export type { WaccCalculatorProps } from './term-calculators/wacc-calculator';
export { WaccCalculator } from './term-calculators/wacc-calculator';
export type { XirrCalculatorProps } from './term-calculators/xirr-calculator';
export { XirrCalculator } from './term-calculators/xirr-calculator';
export type { VixHedgeCalculatorProps } from './vix-hedge/vix-hedge-calculator';
export { VixHedgeCalculator } from './vix-hedge/vix-hedge-calculator';
