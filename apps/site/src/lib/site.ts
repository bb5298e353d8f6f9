/**
 * Site-wide settings: names, people, categories and the trial offer. Pages read these instead of
 * repeating literals, so a rename or a new category is one edit.
 */
export const site = {
  name: 'VixShield Ask',
  shortName: 'VixShield',
  answerHeading: 'VixShield Answer',
  tagline: 'Straight answers for SPX options traders, with calculators you can use on the spot.',
  description:
    'Long-form answers to SPX options traders’ questions about iron condors, VIX hedging, strike selection and risk, with live calculators and a glossary where every term has one definition.',
  defaultAuthor: 'VixShield Research Team',
  defaultBasedOn: { title: 'SPX Mastery', author: 'Russell Clark' },
  sections: {
    ask: 'VixShield Ask',
    glossary: 'VixShield Glossary',
  },
  locale: 'en-US',
  /** The site's account on X (Twitter), named in every page's twitter:site card tag. */
  twitterHandle: '@VixShield',
  /** The publisher's logo (src/app/logo.png/route.tsx draws it): a square PNG of this size. */
  logo: { path: '/logo.png', size: 512 },
} as const;

const TRIAL_DAYS = 14;

export const trialOffer = {
  name: 'VixShield Signals',
  headline: 'Put this knowledge to work',
  pitch:
    'Get an SPX iron-condor signal every trading day, built on the layered methodology explained across this knowledge base.',
  cta: 'Start Free Trial',
  lengthDays: TRIAL_DAYS,
  /** How long the link in the confirmation email works, from the sign-up. */
  confirmLinkHours: 48,
  includes: [
    'A daily SPX iron-condor signal before the open: strikes, expiration, wing width and the credit to aim for.',
    'Layer plans: where a 45-DTE layer and a 15–20-DTE layer sit against the current expected move.',
    'The hedge layer: when the adaptive VIX call-spread hedge is added, scaled or removed, and why.',
    'Event calendar notes for FOMC, CPI and PPI weeks, with the position adjustments they call for.',
    'A weekly review of open positions, realized results and what changed in the volatility regime.',
  ],
  terms: [
    `The trial lasts ${TRIAL_DAYS} days and ends by itself; nothing renews without your say-so.`,
    'Signals are educational examples of a methodology, not personalised advice.',
  ],
} as const;

export interface Category {
  slug: string;
  name: string;
  description: string;
}

/** Article categories, in the order the site lists them. */
export const articleCategories = [
  {
    slug: 'iron-condors',
    name: 'Iron Condors',
    description: 'Building, layering, managing and closing SPX iron condors.',
  },
  {
    slug: 'vix-hedging',
    name: 'VIX Hedging',
    description: 'Using VIX options and futures to protect a short-premium book.',
  },
  {
    slug: 'options-basics',
    name: 'Options Basics',
    description: 'Pricing, volatility, time value and the mechanics of SPX options.',
  },
  {
    slug: 'options-strategies',
    name: 'Options Strategies',
    description: 'Spreads, strangles, butterflies, arbitrage and how they compare.',
  },
  {
    slug: 'risk-management',
    name: 'Risk Management',
    description: 'Position sizing, drawdowns, tail risk and event weeks.',
  },
  {
    slug: 'strike-selection',
    name: 'Strike Selection',
    description: 'Choosing strikes with deltas, expected moves and probabilities.',
  },
  {
    slug: 'portfolio-theory',
    name: 'Portfolio Theory',
    description: 'Layering, diversification, beta and return sources that work together.',
  },
  {
    slug: 'market-indicators-macro',
    name: 'Market Indicators & Macro',
    description: 'Breadth, momentum, rates, currencies and the calendar of economic releases.',
  },
] as const satisfies readonly Category[];

/** Glossary categories, in the order the glossary lists them. */
export const termCategories = [
  {
    slug: 'options-basics',
    name: 'Options Basics',
    description: 'The building blocks of an option contract.',
  },
  { slug: 'greeks', name: 'Greeks', description: 'Sensitivities of an option’s price.' },
  { slug: 'volatility', name: 'Volatility', description: 'Implied, realized and the VIX complex.' },
  {
    slug: 'strategies',
    name: 'Strategies',
    description: 'Multi-leg positions and how they behave.',
  },
  {
    slug: 'risk-management',
    name: 'Risk Management',
    description: 'Measuring and limiting losses.',
  },
  {
    slug: 'technical-indicators',
    name: 'Technical Indicators',
    description: 'Momentum and breadth signals.',
  },
  {
    slug: 'macro-economics',
    name: 'Macro & Economics',
    description: 'Rates, inflation, currencies and central banks.',
  },
  {
    slug: 'valuation',
    name: 'Valuation & Corporate Finance',
    description: 'Discounting, ratios and the cost of capital.',
  },
  {
    slug: 'defi-crypto',
    name: 'DeFi & Crypto',
    description: 'Decentralized finance ideas used as analogies.',
  },
  {
    slug: 'market-structure',
    name: 'Market Structure',
    description: 'Exchanges, settlement, liquidity and participants.',
  },
  {
    slug: 'methodology',
    name: 'SPX Mastery Methodology',
    description: 'Coinages of the SPX Mastery methodology (Russell Clark), explained in our words.',
  },
] as const satisfies readonly Category[];

export type ArticleCategorySlug = (typeof articleCategories)[number]['slug'];
export type TermCategorySlug = (typeof termCategories)[number]['slug'];

export function articleCategory(slug: string): Category | undefined {
  return articleCategories.find((c) => c.slug === slug);
}

export function termCategory(slug: string): Category | undefined {
  return termCategories.find((c) => c.slug === slug);
}

/** The disclaimer shown on every article, term, calculator and trial page. */
export const riskDisclaimer = [
  'Options involve substantial risk and are not suitable for every investor. Spreads and multi-leg strategies carry additional risk, and a loss can exceed what a position first appears to put at stake.',
  'Everything on this site is for education only. It is not investment, tax or legal advice, nor an offer or recommendation to buy or sell any security.',
  'Past performance, whether actual or hypothetical, does not guarantee future results. Examples use assumed prices and volatilities.',
  'Before trading, read Characteristics and Risks of Standardized Options and consult a qualified professional about your own situation.',
] as const;
