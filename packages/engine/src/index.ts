export {
  type Black76Spec,
  black76Price,
  forwardPrice,
  type OptionSpec,
  type OptionType,
  optionPrice,
} from './black-scholes.ts';
export { type OptionGreeks, optionGreeks } from './greeks.ts';
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
