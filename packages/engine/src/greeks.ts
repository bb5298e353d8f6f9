/**
 * Analytic Black-Scholes-Merton Greeks with a continuous dividend yield.
 */

import { forwardOptionValue, type OptionSpec, optionSpecSign } from './black-scholes.ts';
import { sinhSmall } from './hyperbolic.ts';
import { logRatio } from './log-ratio.ts';
import { erfcxTailCorrection, erfSmall, INV_SQRT_2PI } from './normal.ts';
import { TABLE_LIMIT, tableOut, tabulatedTail, tabulatedTailOnly } from './normal-table.ts';
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
 * ratio in the far tails), never as 1 − N. The price is the textbook difference where its
 * measured error stays within 2e−14 relative (see DIRECT_ERROR_LIMIT), and otherwise the
 * cancellation-free normalised value {@link optionPrice} returns (Taylor series near the money).
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
  greeksOfSpec(spec);
  // Built here, in a function small enough to be inlined into its caller, so that a caller which
  // only reads the fields lets the engine drop the allocation altogether.
  const g = greeksOut;
  return {
    price: g[0]!,
    delta: g[1]!,
    gamma: g[2]!,
    vega: g[3]!,
    theta: g[4]!,
    rho: g[5]!,
    vanna: g[6]!,
    charm: g[7]!,
    vomma: g[8]!,
  };
}

/**
 * The textbook price θ·[S·e^(−qT)·N(θd₁) − K·e^(−rT)·N(θd₂)] = θ·(a − b) is used when
 * (a + b)·(1 + z²/4) ≤ DIRECT_ERROR_LIMIT·price, z = max(|d₁|, |d₂|); otherwise the price is
 * {@link optionPrice}'s cancellation-free normalised form. Measured while the guard was chosen
 * (the 5,400-case accuracy grid and 4,000 random options against the 50-digit reference), the
 * difference's error stayed below 1.2·ε·(a + b)/price·(1 + z²/4) (the cancellation times the
 * sensitivity of a tail to its argument), so an accepted price is within about 80 ε ≈ 2e−14
 * relative; test/greeks.test.ts holds it to that on 3,000 fast-check samples. This spares the
 * Taylor series and a second set of tails for most options near the money, where the
 * normalised form is slowest; far wings and prices close to the cancellation take it.
 */
const DIRECT_ERROR_LIMIT = 64;

/** price, delta, gamma, vega, theta, rho, vanna, charm, vomma of the last {@link greeksInto} call */
const greeksOut = new Float64Array(9);

/** θ, S·e^(−qT), K·e^(−rT), x, s of an option whose price greeksInto left as NaN */
const pricePending = new Float64Array(5);

/** The price and N(θd₁), N(θd₂), n(d₁) outside the normal table, from {@link wideInputs}. */
const wideOut = { price: 0, nw1: 0, nw2: 0, n1: 0 };

/** Checks the spec ({@link optionSpecSign}) and writes its Greeks to greeksOut. */
function greeksOfSpec(spec: OptionSpec): void {
  const sign = optionSpecSign(spec);
  const { spot, strike, time, rate, dividendYield, volatility } = spec;
  greeksInto(
    sign,
    spot,
    strike,
    time,
    rate,
    dividendYield === undefined ? 0 : dividendYield,
    volatility,
  );
  // The price of the options whose textbook difference cancels is formed here rather than in
  // greeksInto: calling the normalised form from inside it made every option about 10 ns slower
  // in the benchmark (81 against 71 ns), whether or not the call was taken.
  if (Number.isNaN(greeksOut[0]!)) {
    const p = pricePending;
    greeksOut[0] = forwardOptionValue(p[0]!, p[1]!, p[2]!, p[3]!, p[4]!);
  }
}

/**
 * Greeks without checks (w = +1 call, −1 put), written to greeksOut.
 *
 * Where |d₁| and |d₂| are inside the normal table (the usual case) N(θd₁), N(θd₂) and n(d₁) are
 * read from it and the price is the textbook difference when that is accurate enough (see
 * {@link DIRECT_ERROR_LIMIT}); elsewhere everything comes from {@link wideInputs}.
 */
function greeksInto(
  w: number,
  S: number,
  K: number,
  T: number,
  r: number,
  q: number,
  sigma: number,
): void {
  const dfr = r === 0 ? 1 : Math.exp(-r * T);
  const dfq = q === 0 ? 1 : Math.exp(-q * T);
  const sq = S * dfq;
  const kr = K * dfr;
  const sqrtT = Math.sqrt(T);
  const s = sigma * sqrtT;
  const x = logRatio(S, K) + (r - q) * T;
  if (!(s > 0)) {
    degenerateGreeks(w, T, r, q, sigma, x, forwardOptionValue(w, sq, kr, x, 0), sq, kr, dfq);
    return;
  }
  const invS = 1 / s;
  const h = x * invS;
  const t = 0.5 * s;
  const d1 = h + t;
  const d2 = h - t;
  const z1 = Math.abs(d1);
  const z2 = Math.abs(d2);
  let price: number;
  let nw1: number; // N(θd₁)
  let nw2: number; // N(θd₂)
  let n1: number; // n(d₁)
  if (z1 < TABLE_LIMIT && z2 < TABLE_LIMIT) {
    const tail1 = tabulatedTail(z1);
    n1 = tableOut.density;
    const tail2 = tabulatedTailOnly(z2);
    nw1 = w * d1 > 0 ? 1 - tail1 : tail1;
    nw2 = w * d2 > 0 ? 1 - tail2 : tail2;
    // The textbook difference where it is accurate enough (see DIRECT_ERROR_LIMIT)
    const a = sq * nw1;
    const b = kr * nw2;
    price = w * (a - b);
    const z = Math.max(z1, z2);
    if (!((a + b) * (1 + 0.25 * z * z) <= DIRECT_ERROR_LIMIT * price)) {
      price = Number.NaN; // left to greeksOfSpec
      const p = pricePending;
      p[0] = w;
      p[1] = sq;
      p[2] = kr;
      p[3] = x;
      p[4] = s;
    }
  } else {
    wideInputs(w, sq, kr, x, h, t);
    price = wideOut.price;
    nw1 = wideOut.nw1;
    nw2 = wideOut.nw2;
    n1 = wideOut.n1;
  }
  const invSigma = sqrtT * invS;
  const invT = sigma * invS * sigma * invS; // 1/T = (σ/s)², without a division
  const vega = sq * n1 * sqrtT;
  const decay = sq * n1 * sigma * sigma * invS * 0.5; // S·e^(−qT)·n(d₁)·σ/(2√T)
  const g = greeksOut;
  g[0] = price;
  g[1] = w * dfq * nw1;
  g[2] = (dfq * n1 * invS) / S;
  g[3] = vega;
  g[4] = -decay - w * r * kr * nw2 + w * q * sq * nw1;
  g[5] = w * K * T * dfr * nw2;
  g[6] = -dfq * n1 * d2 * invSigma;
  g[7] = w * q * dfq * nw1 - dfq * n1 * (2 * (r - q) * T - d2 * s) * 0.5 * invS * invT;
  g[8] = vega * d1 * d2 * invSigma;
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
 * The price, N(θd₁), N(θd₂) and n(d₁) when |d₁| or |d₂| is beyond the normal table (h = x/s,
 * t = s/2; written to wideOut).
 *
 * Everything comes from E = e^(−(h² + t²)/2)/√(2π) (so that n(d₁) = E·e^(−x/2) and
 * n(d₂) = E·e^(x/2)) and the two scaled tails U = E·R(p), V = E·R(q) of the out-of-the-money
 * orientation (a = |h|, p = a − t, q = a + t, R the Mills ratio): the tail probabilities are
 * U·e^(|x|/2) and V·e^(−|x|/2) and the out-of-the-money price is √(F·K)·D·(U − V). Near the
 * money (t·max(a, 1) < 1) U and V are the Taylor series of E·R about a, whose odd part is their
 * difference without cancellation; further out they are two Mills ratios.
 */
function wideInputs(w: number, sq: number, kr: number, x: number, h: number, t: number): void {
  const a = Math.abs(h);
  const half = Math.sqrt(sq / kr); // e^(x/2)
  const inverseHalf = 1 / half;
  const ehalf = x < 0 ? half : inverseHalf; // e^(−|x|/2)
  const ehalfInverse = x < 0 ? inverseHalf : half; // e^(|x|/2)
  const p = a - t;
  const qArg = a + t;
  const e = INV_SQRT_2PI * Math.exp(-0.5 * (a * a + t * t)); // E = n(d₁)·e^(x/2)
  let u = 0; // E·R(p) = e^(−|x|/2)·Φ(−p)
  let v = 0; // E·R(q) = e^(|x|/2)·Φ(−q)
  let lowerTail = Number.NaN; // Φ(p) when p is below 0, from its own tail
  let difference: number; // u − v
  if (useSeries(a, t)) {
    const z0 =
      a < CENTRAL
        ? e * SQRT_HALF_PI * expSmall(0.5 * a * a) * (1 - erfSmall(a * Math.SQRT1_2))
        : e * millsRatioRational(a);
    const z1 = a > TAIL_A ? e * SQRT_PI * erfcxTailCorrection(a * Math.SQRT1_2) : e - a * z0;
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
    difference = u - v;
  }
  const upperP = u * ehalfInverse; // Φ(−p)
  const lowerP = Number.isNaN(lowerTail) ? 1 - upperP : lowerTail; // Φ(p)
  const upperQ = v * ehalf; // Φ(−q)
  const lowerQ = 1 - upperQ;
  // x ≤ 0: d₁ = −p, d₂ = −q;  x > 0: d₁ = q, d₂ = p
  const cdfD1 = x <= 0 ? upperP : lowerQ; // N(d₁)
  const cdfMinusD1 = x <= 0 ? lowerP : upperQ; // N(−d₁)
  const cdfD2 = x <= 0 ? upperQ : lowerP;
  const cdfMinusD2 = x <= 0 ? lowerQ : upperP;
  const ax = Math.abs(x);
  const root = kr * half; // √(S·e^(−qT)·K·e^(−rT))
  let intrinsic = 0;
  if (w * x > 0) intrinsic = ax > Math.LN2 ? w * (sq - kr) : root * 2 * sinhSmall(0.5 * ax);
  wideOut.price = intrinsic + root * difference;
  wideOut.nw1 = w > 0 ? cdfD1 : cdfMinusD1;
  wideOut.nw2 = w > 0 ? cdfD2 : cdfMinusD2;
  wideOut.n1 = e * inverseHalf;
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
): void {
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
  const g = greeksOut;
  g[0] = price;
  g[1] = w * dfq * m;
  g[2] = atm ? Number.POSITIVE_INFINITY : 0;
  g[3] = atm ? sq * INV_SQRT_2PI * sqrtT : 0;
  g[4] = (atm && T === 0 && sigma > 0 ? Number.NEGATIVE_INFINITY : 0) + w * m * (q * sq - r * kr);
  g[5] = w * T * kr * m;
  g[6] = atm ? dfq * INV_SQRT_2PI * 0.5 * sqrtT : 0;
  g[7] = w * q * dfq * m - charmShape;
  g[8] = 0;
}
