/**
 * Analytic Black-Scholes-Merton Greeks with a continuous dividend yield.
 */

import { forwardOptionValue, type OptionSpec } from './black-scholes.ts';
import { sinhSmall } from './hyperbolic.ts';
import { logRatio } from './log-ratio.ts';
import { erfcxTailCorrection, erfSmall, INV_SQRT_2PI } from './normal.ts';
import {
  TABLE_LIMIT,
  tableOut,
  tabulatedDensity,
  tabulatedTail,
  tabulatedTailOnly,
} from './normal-table.ts';
import {
  CENTRAL,
  HALF_ULP,
  INVERSE,
  millsRatioRational,
  SQRT_HALF_PI,
  SQRT_PI,
  TAIL_A,
  useSeries,
} from './normalized-black.ts';
import {
  optionalFinite,
  optionSign,
  requireFinite,
  requireNonNegative,
  requirePositive,
} from './validate.ts';

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
 * (dV/dt = −∂V/∂T). Tail probabilities are computed directly (normal table, Cody's Mills
 * ratio in the far tails), never as 1 − N. The price is the same cancellation-free normalised
 * Black value as {@link optionPrice} (the two agree to a few ulp times the far-wing condition
 * number), formed from the same tails, with the Taylor series near the money.
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
 * J. C. Hull, Options, Futures, and Other Derivatives, 10th ed., ch. 19.
 * @example
 * optionGreeks({ type: 'call', spot: 49, strike: 50, time: 0.3846, rate: 0.05, volatility: 0.2 }).delta
 * // 0.5216 (Hull's running example of ch. 19: 0.522)
 */
export function optionGreeks(spec: OptionSpec): OptionGreeks {
  if (typeof spec !== 'object' || spec === null) throw new RangeError('spec must be an object');
  return greeksUnchecked(
    optionSign(spec.type, 'type'),
    requirePositive(spec.spot, 'spot'),
    requirePositive(spec.strike, 'strike'),
    requireNonNegative(spec.time, 'time'),
    requireFinite(spec.rate, 'rate'),
    optionalFinite(spec.dividendYield, 'dividendYield', 0),
    requireNonNegative(spec.volatility, 'volatility'),
  );
}

/** e^v for 0 ≤ v ≤ 0.22 by its Taylor polynomial (error below 1e−17), avoiding a library call. */
function expSmall(v: number): number {
  let sum = 1 / 479001600; // 1/12!
  for (let k = 11; k >= 1; k--) sum = sum * v + INVERSE_FACTORIAL[k]!;
  return sum * v + 1;
}
const INVERSE_FACTORIAL = Float64Array.from({ length: 12 }, (_, k) => {
  let f = 1;
  for (let i = 2; i <= k; i++) f *= i;
  return 1 / f;
});

/**
 * Greeks without checks (w = +1 call, −1 put).
 *
 * Everything comes from E = e^(−(h² + t²)/2)/√(2π) (h = x/s, t = s/2, so that n(d₁) = E·e^(−x/2)
 * and n(d₂) = E·e^(x/2)) and the two scaled tails U = E·R(p), V = E·R(q) of the
 * out-of-the-money orientation (p = |h| − t, q = |h| + t, R the Mills ratio): the tail
 * probabilities are U·e^(|x|/2) and V·e^(−|x|/2) and the out-of-the-money price is √(F·K)·D·(U −
 * V). Near the money (t·max(|h|, 1) < 1) U and V are the Taylor series of E·R about |h|, whose
 * odd part is their difference without cancellation; further out they are two Mills ratios.
 */
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
  const invS = 1 / s;
  const h = x * invS;
  const t = 0.5 * s;
  const a = Math.abs(h);
  const half = Math.sqrt(sq / kr); // e^(x/2)
  const inverseHalf = 1 / half;
  const ehalf = x < 0 ? half : inverseHalf; // e^(−|x|/2)
  const ehalfInverse = x < 0 ? inverseHalf : half; // e^(|x|/2)
  const p = a - t;
  const qArg = a + t;
  const nearMoney = useSeries(a, t);
  let e: number; // E = n(d₁)·e^(x/2)
  let z0 = 0; // E·R(a), E·(1 − a·R(a)): start of the series near the money
  let z1 = 0;
  let u = 0; // E·R(p) = e^(−|x|/2)·Φ(−p)
  let v = 0; // E·R(q) = e^(|x|/2)·Φ(−q)
  let lowerTail = Number.NaN; // Φ(p) when p is below 0, from its own tail
  let difference = Number.NaN; // u − v, when known without a series
  // The two Black terms cancel by a factor C ≈ max(a, 1.2)/t; the series is needed where C > 8.
  const cancels = nearMoney && 8 * t < Math.max(a, 1.2);
  if (qArg < TABLE_LIMIT) {
    // every argument is inside the table: no exponential, no rational function
    if (cancels) {
      // E = e^(−|x|/2)·φ(p); the series gives u, v and their difference (below)
      e = ehalf * tabulatedDensity(p < 0 ? -p : p);
      const tailA = tabulatedTail(a);
      z0 = (e * tailA) / tableOut.density;
      z1 = a > TAIL_A ? e * SQRT_PI * erfcxTailCorrection(a * Math.SQRT1_2) : e - a * z0;
    } else {
      // the tails at |p| and q give u, v and E directly
      const tailP = tabulatedTail(p < 0 ? -p : p);
      e = ehalf * tableOut.density;
      if (p >= 0) u = ehalf * tailP;
      else {
        lowerTail = tailP;
        u = ehalf * (1 - tailP);
      }
      v = ehalfInverse * tabulatedTailOnly(qArg);
      difference = u - v;
    }
  } else {
    e = INV_SQRT_2PI * Math.exp(-0.5 * (a * a + t * t));
    if (nearMoney) {
      z0 =
        a < CENTRAL
          ? e * SQRT_HALF_PI * expSmall(0.5 * a * a) * (1 - erfSmall(a * Math.SQRT1_2))
          : e * millsRatioRational(a);
      z1 = a > TAIL_A ? e * SQRT_PI * erfcxTailCorrection(a * Math.SQRT1_2) : e - a * z0;
    } else {
      v =
        qArg >= CENTRAL
          ? e * millsRatioRational(qArg)
          : 0.5 * (1 - erfSmall(qArg * Math.SQRT1_2)) * ehalfInverse;
      if (p >= CENTRAL) u = e * millsRatioRational(p);
      else if (p > -CENTRAL) u = 0.5 * ehalf * (1 - erfSmall(p * Math.SQRT1_2));
      else {
        lowerTail = e * ehalfInverse * millsRatioRational(-p); // Φ(p) = n(p)·R(−p), n(p) = E·e^(|x|/2)
        u = ehalf * (1 - lowerTail);
      }
    }
  }
  if (Number.isNaN(difference) && nearMoney) {
    // Σ zₙtⁿ/n! split into even and odd orders; zₙ₊₁ = −a·zₙ + n·zₙ₋₁: u = even + odd,
    // v = even − odd and u − v = 2·odd without cancellation
    let previous = z0;
    let current = z1;
    let coefficient = t;
    let even = z0;
    let odd = z1 * t;
    for (let n = 1; n < 199; n += 2) {
      const z2 = -a * current + n * previous;
      const z3 = -a * z2 + (n + 1) * current;
      previous = z2;
      current = z3;
      const c2 = coefficient * t * INVERSE[n + 1]!;
      coefficient = c2 * t * INVERSE[n + 2]!;
      const termEven = z2 * c2;
      const termOdd = z3 * coefficient;
      even += termEven;
      odd += termOdd;
      if (Math.abs(termOdd) <= odd * HALF_ULP && Math.abs(termEven) <= even * HALF_ULP) break;
    }
    u = even + odd;
    v = even - odd;
    difference = 2 * odd;
  } else if (Number.isNaN(difference)) {
    difference = u - v;
  }
  const upperP = u * ehalfInverse; // Φ(−p)
  const lowerP = Number.isNaN(lowerTail) ? 1 - upperP : lowerTail; // Φ(p)
  const upperQ = v * ehalf; // Φ(−q)
  const lowerQ = 1 - upperQ;
  // x ≤ 0: d₁ = −p, d₂ = −q;  x > 0: d₁ = q, d₂ = p
  const n1 = e * inverseHalf; // n(d₁) = E·e^(−x/2)
  const cdfD1 = x <= 0 ? upperP : lowerQ; // N(d₁)
  const cdfMinusD1 = x <= 0 ? lowerP : upperQ; // N(−d₁)
  const cdfD2 = x <= 0 ? upperQ : lowerP;
  const cdfMinusD2 = x <= 0 ? lowerQ : upperP;
  const nw1 = w > 0 ? cdfD1 : cdfMinusD1; // N(θd₁)
  const nw2 = w > 0 ? cdfD2 : cdfMinusD2;

  const ax = Math.abs(x);
  const root = kr * half; // √(S·e^(−qT)·K·e^(−rT))
  let intrinsic = 0;
  if (w * x > 0) intrinsic = ax > Math.LN2 ? w * (sq - kr) : root * 2 * sinhSmall(0.5 * ax);
  const price = intrinsic + root * difference;

  const d1 = h + t;
  const d2 = h - t;
  const invSigma = sqrtT * invS;
  const invT = sigma * invS * sigma * invS; // 1/T = (σ/s)², without a division
  const vega = sq * n1 * sqrtT;
  const decay = sq * n1 * sigma * sigma * invS * 0.5; // S·e^(−qT)·n(d₁)·σ/(2√T)
  return {
    price,
    delta: w * dfq * nw1,
    gamma: (dfq * n1 * invS) / S,
    vega,
    theta: -decay - w * r * kr * nw2 + w * q * sq * nw1,
    rho: w * K * T * dfr * nw2,
    vanna: -dfq * n1 * d2 * invSigma,
    charm: w * q * dfq * nw1 - dfq * n1 * (2 * (r - q) * T - d2 * s) * 0.5 * invS * invT,
    vomma: vega * d1 * d2 * invSigma,
  };
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
