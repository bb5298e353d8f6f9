/**
 * Analytic Black-Scholes-Merton Greeks with a continuous dividend yield.
 */

import { checkOptionSpec, forwardOptionValue, type OptionSpec } from './black-scholes.ts';
import { logRatio } from './log-ratio.ts';
import { erfSmall, INV_SQRT_2PI } from './normal.ts';
import { CENTRAL, millsDifference, millsRatioRational, otmKernel } from './normalized-black.ts';
import { requireNonNegative } from './validate.ts';

/** Price and sensitivities of one option (per unit of underlying, not per contract). */
export interface OptionGreeks {
  /** option value, currency */
  price: number;
  /** ∂V/∂S, per 1 unit of spot */
  delta: number;
  /** ∂²V/∂S², per 1 unit of spot, squared */
  gamma: number;
  /** ∂V/∂σ per 1.00 (100 volatility points); divide by 100 for "per vol point" */
  vega: number;
  /** dV/dt as calendar time passes, per year (negative for a long option in normal conditions); divide by 365 for per day */
  theta: number;
  /** ∂V/∂r per 1.00 (100 %) of rate; divide by 100 for per percentage point */
  rho: number;
  /** ∂²V/∂S∂σ = ∂Δ/∂σ, per unit of spot per 1.00 of volatility */
  vanna: number;
  /** dΔ/dt as calendar time passes, per year */
  charm: number;
  /** ∂²V/∂σ² (volga), per 1.00 of volatility, squared */
  vomma: number;
}

/**
 * Price and analytic Greeks of a European option under Black-Scholes-Merton with a continuous
 * dividend yield q (θ = +1 call, −1 put; N, n the normal CDF and density; b = r − q):
 *
 *   delta = θ·e^(−qT)·N(θd₁)                 gamma = e^(−qT)·n(d₁)/(S·σ√T)
 *   vega  = S·e^(−qT)·n(d₁)·√T                 rho   = θ·K·T·e^(−rT)·N(θd₂)
 *   theta = −S·e^(−qT)·n(d₁)·σ/(2√T) − θ·r·K·e^(−rT)·N(θd₂) + θ·q·S·e^(−qT)·N(θd₁)
 *   vanna = −e^(−qT)·n(d₁)·d₂/σ                vomma = vega·d₁·d₂/σ
 *   charm = θ·q·e^(−qT)·N(θd₁) − e^(−qT)·n(d₁)·(2bT − d₂σ√T)/(2Tσ√T)
 *
 * Units: see {@link OptionGreeks}; theta and charm are per year of calendar time passing
 * (dV/dt = −∂V/∂T). Tail probabilities come from Mills ratios (N(−z) = n(z)·R(z)), never 1 − N.
 * The price is the normalised-Black price of {@link optionPrice}.
 *
 * Zero time or zero volatility: the option is the deterministic payoff on the forward. Away
 * from the money-forward every Greek is its limit (delta θ·e^(−qT) or 0, gamma = vega = vanna =
 * vomma = 0, theta and rho those of the discounted intrinsic value). Exactly at the
 * money-forward (F = K) delta is half the step, vega = S·e^(−qT)·√T·n(0), and the Greeks without
 * a finite limit are ±Infinity: gamma = +Infinity, theta = −Infinity when T = 0 < σ, and charm
 * = ∓Infinity when the carry b ≠ 0 and T > 0.
 *
 * References: E. G. Haug, The Complete Guide to Option Pricing Formulas, 2nd ed. (2007),
 * §2.1–2.3 (delta, vanna, charm, gamma, vega, vomma, theta, rho of the generalized BSM);
 * J. C. Hull, Options, Futures, and Other Derivatives, 10th ed., ch. 19 (Table 19.6).
 * @example
 * optionGreeks({ type: 'call', spot: 49, strike: 50, time: 0.3846, rate: 0.05, volatility: 0.2 }).delta
 * // 0.5216 (Hull Example 19.1)
 */
export function optionGreeks(spec: OptionSpec): OptionGreeks {
  const o = checkOptionSpec(spec);
  const sigma = requireNonNegative(spec.volatility, 'volatility');
  return greeksUnchecked(o.sign, o.spot, o.strike, o.time, o.rate, o.dividendYield, sigma);
}

/** R(z) = Φ(−z)/φ(z) for z ≥ 0 given φ(z): from erf near 0 (no exponential), Cody beyond. */
function mills(z: number, density: number): number {
  return z < CENTRAL ? (0.5 * (1 - erfSmall(z * Math.SQRT1_2))) / density : millsRatioRational(z);
}

/** Greeks without checks (sign = +1 call, −1 put). */
export function greeksUnchecked(
  w: number,
  S: number,
  K: number,
  T: number,
  r: number,
  q: number,
  sigma: number,
): OptionGreeks {
  const dfr = r === 0 ? 1 : Math.exp(-r * T);
  const dfq = q === 0 ? 1 : Math.exp(-q * T);
  const sq = S * dfq;
  const kr = K * dfr;
  const sqrtT = Math.sqrt(T);
  const s = sigma * sqrtT;
  const x = logRatio(S, K) + (r - q) * T;
  if (!(s > 0)) {
    return degenerateGreeks(w, T, r, q, sigma, x, forwardOptionValue(w, sq, kr, x, 0), sq, kr, dfq);
  }

  const h = x / s;
  const t = 0.5 * s;
  const d1 = h + t;
  const d2 = h - t;
  const n1 = INV_SQRT_2PI * Math.exp(-0.5 * d1 * d1);
  const forwardRatio = sq / kr; // e^x
  // n(d₂) = n(d₁)·F/K, exact in theory; formed directly if n(d₁) has underflowed.
  const n2 = n1 > 1e-250 ? n1 * forwardRatio : INV_SQRT_2PI * Math.exp(-0.5 * d2 * d2);
  const m1 = mills(Math.abs(d1), n1); // R(|d₁|)
  const m2 = mills(Math.abs(d2), n2);
  const tail1 = n1 * m1; // Φ(−|d₁|)
  const tail2 = n2 * m2;
  const nw1 = w * d1 > 0 ? 1 - tail1 : tail1; // N(θd₁)
  const nw2 = w * d2 > 0 ? 1 - tail2 : tail2;

  // Price: intrinsic value plus the out-of-the-money option. In its orientation (x ≤ 0 a call,
  // x > 0 a put) it is A·φ(p)·[R(p) − R(p + s)] with A the nearer discounted forward term and
  // p = −d₁ or d₂; the two terms are used as they are unless they cancel by more than a
  // factor 8, in which case the difference is summed as a series (Mills-ratio Taylor expansion).
  const ax = Math.abs(x);
  const root = Math.sqrt(sq) * Math.sqrt(kr);
  let intrinsic = 0;
  if (w * x > 0) intrinsic = ax > Math.LN2 ? w * (sq - kr) : root * 2 * Math.sinh(0.5 * ax);
  const p = x <= 0 ? -d1 : d2;
  const density = x <= 0 ? n1 : n2;
  const nearTerm = x <= 0 ? sq : kr;
  const near =
    nearTerm * (p >= 0 ? density * (x <= 0 ? m1 : m2) : 1 - density * (x <= 0 ? m1 : m2));
  const far = x <= 0 ? kr * tail2 : sq * tail1;
  let otm: number;
  if (near + far <= 8 * (near - far)) otm = near - far;
  else if (s <= 0.25) otm = nearTerm * density * millsDifference(p, near / (nearTerm * density), s);
  else otm = otmFromKernel(ax, s, t, n1, forwardRatio, root);
  const price = intrinsic + otm;

  const vega = sq * n1 * sqrtT;
  return {
    price,
    delta: w * dfq * nw1,
    gamma: (dfq * n1) / (S * s),
    vega,
    theta: (-sq * n1 * sigma) / (2 * sqrtT) - w * r * kr * nw2 + w * q * sq * nw1,
    rho: w * K * T * dfr * nw2,
    vanna: (-dfq * n1 * d2) / sigma,
    charm: w * q * dfq * nw1 - (dfq * n1 * (2 * (r - q) * T - d2 * s)) / (2 * T * s),
    vomma: (vega * d1 * d2) / sigma,
  };
}

/** The out-of-the-money option in currency from the kernel, with E = n(d₁)·e^(x/2) known. */
function otmFromKernel(
  ax: number,
  s: number,
  t: number,
  n1: number,
  forwardRatio: number,
  root: number,
): number {
  const halfRatio = Math.sqrt(forwardRatio); // e^(x/2)
  const ehalf = forwardRatio < 1 ? halfRatio : 1 / halfRatio; // e^(−|x|/2)
  return root * otmKernel(ax / s, t, n1 * halfRatio, ehalf);
}

function degenerateGreeks(
  w: number,
  T: number,
  r: number,
  q: number,
  sigma: number,
  x: number,
  price: number,
  sq: number,
  kr: number,
  dfq: number,
): OptionGreeks {
  // N(θd) is 1 in the money, 0 out of it, ½ at the money-forward.
  const m = w * x > 0 ? 1 : x === 0 ? 0.5 : 0;
  const atm = x === 0;
  const sqrtT = Math.sqrt(T);
  const b = r - q;
  let charmShape = 0;
  if (atm) {
    if (b !== 0 && T > 0) charmShape = b > 0 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    else charmShape = dfq * INV_SQRT_2PI * (b === 0 ? 0.25 * sigma : 0);
  }
  return {
    price,
    delta: w * dfq * m,
    gamma: atm ? Number.POSITIVE_INFINITY : 0,
    vega: atm ? sq * INV_SQRT_2PI * sqrtT : 0,
    theta: (atm && T === 0 && sigma > 0 ? Number.NEGATIVE_INFINITY : 0) + w * m * (q * sq - r * kr),
    rho: w * T * kr * m,
    vanna: atm ? dfq * INV_SQRT_2PI * 0.5 * sqrtT : 0,
    charm: w * q * dfq * m - charmShape,
    vomma: 0,
  };
}
