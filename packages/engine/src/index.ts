export {
  type Black76Spec,
  black76Price,
  forwardPrice,
  type OptionSpec,
  type OptionType,
  optionPrice,
} from './black-scholes.ts';
export { CALENDAR_DAYS_PER_YEAR, yearsFromDays } from './day-count.ts';
export { type ExpectedMoveSpec, expectedMove } from './expected-move.ts';
export {
  capmExpectedReturn,
  type DatedCashflow,
  gordonGrowthValue,
  irr,
  npv,
  peRatio,
  priceToCashFlow,
  quickRatio,
  wacc,
  xirr,
} from './finance.ts';
export { type OptionGreeks, optionGreeks } from './greeks.ts';
export {
  type Black76ImpliedVolatilitySpec,
  black76ImpliedVolatility,
  ImpliedVolatilityError,
  type ImpliedVolatilityFailure,
  type ImpliedVolatilitySpec,
  impliedVolatility,
} from './implied-volatility.ts';
export { type IronCondorSpec, ironCondor } from './iron-condor.ts';
export {
  type DriftConvention,
  type PriceDistribution,
  priceDensity,
  probabilityBetween,
} from './lognormal.ts';
export {
  erf,
  erfc,
  erfcx,
  inverseNormalCdf,
  millsRatio,
  normalCdf,
  normalPdf,
} from './normal.ts';
export { normalizedBlack } from './normalized-black.ts';
export {
  analyzePosition,
  type DatedPositionMarket,
  type ExerciseStyle,
  MIN_SKEWED_VOLATILITY,
  type PositionAnalysis,
  type PositionAnalysisMarket,
  type PositionGreeks,
  type PositionMarket,
  positionGreeks,
  positionPnl,
  positionPnlGrid,
  withSkew,
} from './position.ts';
export { type ParityInput, type ParityResult, parityArbitrage } from './put-call-parity.ts';
export {
  analyzeStrategy,
  type ExpiryMarket,
  type Leg,
  profitAtExpiry,
  type Strategy,
  type StrategyAnalysis,
} from './strategy.ts';
export {
  type PnlCurveOptions,
  type StrategyMarket,
  strategyPnlCurve,
  strategyValue,
} from './strategy-value.ts';
export {
  sizeVixHedge,
  type VixHedgeInput,
  type VixHedgeResult,
  type VixHedgeScenario,
  vixHedgeScenarios,
} from './vix-hedge.ts';
export {
  type VixQuote,
  type VixStripStrike,
  type VixTerm,
  type VixTermDetail,
  vixIndex,
  vixTermVariance,
} from './vix-index.ts';
