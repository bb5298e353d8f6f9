/**
 * The list of calculators the site builds /calculators and /calculators/<slug> from. Plain data
 * (no React), safe to import in server components.
 */

export type CalculatorSlug =
  | 'iron-condor'
  | 'layered-condors'
  | 'break-even'
  | 'expected-move'
  | 'vix-hedge'
  | 'option-pricer'
  | 'put-call-parity';

export type CalculatorComponentName =
  | 'IronCondorCalculator'
  | 'LayeredCondorCalculator'
  | 'BreakEvenCalculator'
  | 'ExpectedMoveCalculator'
  | 'VixHedgeCalculator'
  | 'OptionPricer'
  | 'ParityArbitrageCalculator';

export interface CalculatorEntry {
  slug: CalculatorSlug;
  /** Export name of the component, also its name in MDX. */
  component: CalculatorComponentName;
  title: string;
  /** One or two sentences for the calculator list and the page's meta description. */
  description: string;
  /** Glossary term slugs the calculator uses, most central first. */
  glossary: readonly string[];
}

export const calculatorCatalog: readonly CalculatorEntry[] = [
  {
    slug: 'iron-condor',
    component: 'IronCondorCalculator',
    title: 'Iron condor calculator',
    description:
      'Credit, max profit and loss, break-evens, return on risk and probability of profit for an iron condor, with its payoff at expiry and before it.',
    glossary: [
      'iron-condor',
      'break-even-point',
      'probability-of-profit',
      'return-on-risk',
      'expected-move',
      'implied-volatility',
      'wing-width',
      'defined-risk',
      'dte',
      'black-scholes-model',
    ],
  },
  {
    slug: 'layered-condors',
    component: 'LayeredCondorCalculator',
    title: 'Layered iron condors calculator',
    description:
      'Two or three iron condors at different expirations combined: the P&L at the front expiration with the later layers valued by the model.',
    glossary: [
      'iron-condor',
      'dte',
      'expiration',
      'theta',
      'wing-width',
      'term-structure',
      'black-scholes-model',
    ],
  },
  {
    slug: 'break-even',
    component: 'BreakEvenCalculator',
    title: 'Break-even calculator',
    description:
      'Break-even prices of a single option, a vertical spread or an iron condor, as distances in points, percent and standard deviations.',
    glossary: [
      'break-even-point',
      'call-option',
      'put-option',
      'vertical-spread',
      'iron-condor',
      'premium',
      'standard-deviation',
      'expected-move',
    ],
  },
  {
    slug: 'expected-move',
    component: 'ExpectedMoveCalculator',
    title: 'Expected move calculator',
    description:
      'One- and two-standard-deviation price ranges from implied volatility, per day, per week and to expiration.',
    glossary: [
      'expected-move',
      'implied-volatility',
      'standard-deviation',
      'lognormal-distribution',
      'dte',
      'vix',
    ],
  },
  {
    slug: 'vix-hedge',
    component: 'VixHedgeCalculator',
    title: 'VIX call spread hedge calculator',
    description:
      'How many VIX call spreads cover a chosen share of a portfolio’s loss in an S&P 500 sell-off, what they cost, and how the hedge behaves across scenarios.',
    glossary: [
      'vix-call-spread',
      'vix',
      'vix-futures',
      'vix-options',
      'beta',
      'hedge-ratio',
      'tail-risk',
      'contango',
    ],
  },
  {
    slug: 'option-pricer',
    component: 'OptionPricer',
    title: 'Option pricer and implied volatility',
    description:
      'Black-Scholes-Merton price from volatility or implied volatility from price, with every Greek in the units traders read.',
    glossary: [
      'black-scholes-model',
      'implied-volatility',
      'delta',
      'gamma',
      'theta',
      'vega',
      'rho',
      'vanna',
      'charm',
      'vomma',
      'dividend-yield',
      'risk-free-rate',
    ],
  },
  {
    slug: 'put-call-parity',
    component: 'ParityArbitrageCalculator',
    title: 'Put-call parity arbitrage calculator',
    description:
      'Whether quoted call and put prices break put-call parity, and what a conversion or a reversal would lock in after costs.',
    glossary: [
      'put-call-parity',
      'conversion',
      'reversal',
      'forward-price',
      'european-style-option',
      'risk-free-rate',
      'dividend-yield',
      'bid-ask-spread',
    ],
  },
];

/** The catalog entry of a slug, or undefined. */
export function findCalculator(slug: string): CalculatorEntry | undefined {
  return calculatorCatalog.find((entry) => entry.slug === slug);
}
