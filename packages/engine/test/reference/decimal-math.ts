/**
 * An independent high-precision reference for the tests: the error function, the normal
 * distribution and Black-Scholes-Merton prices and Greeks, evaluated with decimal.js at 50
 * significant digits, from the exact binary value of every double input. Nothing here shares code with src/: erfc comes from its Maclaurin series
 * (small |x|) and Laplace's continued fraction (large x).
 */
import Decimal from 'decimal.js';

export const D = Decimal.clone({ precision: 50, rounding: Decimal.ROUND_HALF_EVEN });
export type Dec = InstanceType<typeof D>;

const ONE = new D(1);
const TWO = new D(2);
export const PI = D.acos(-1);
const SQRT_PI = PI.sqrt();
const SQRT_2PI = PI.times(2).sqrt();
const SQRT2 = TWO.sqrt();
const TINY = new D('1e-60');

/** The exact value of a double (new Decimal(x) would take its shortest decimal form). */
export function exact(x: number): Dec {
  if (!Number.isFinite(x)) throw new RangeError(`not finite: ${x}`);
  if (x === 0) return new D(0);
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const sign = bits >> 63n ? -1 : 1;
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & 0xfffffffffffffn;
  const mantissa = biased === 0 ? fraction : fraction | 0x10000000000000n;
  const exponent = (biased === 0 ? 1 : biased) - 1075;
  return new D(mantissa.toString()).times(D.pow(2, exponent)).times(sign);
}

function toD(x: number | string | Dec): Dec {
  return typeof x === 'number' ? exact(x) : new D(x);
}

/** erf(x) = (2/√π)·e^(−x²)·Σ 2ⁿx^(2n+1)/(2n+1)!!, a series of positive terms. */
function erfSeries(x: Dec): Dec {
  const x2 = x.times(x);
  let term = x;
  let sum = x;
  for (let n = 1; n < 10000; n++) {
    term = term
      .times(x2)
      .times(2)
      .dividedBy(2 * n + 1);
    sum = sum.plus(term);
    if (term.abs().lessThan(sum.abs().times(TINY))) break;
  }
  return sum.times(D.exp(x2.negated())).times(2).dividedBy(SQRT_PI);
}

/**
 * erfc(x) for x ≥ 3: e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), evaluated
 * forward with the modified Lentz method until a step changes it by less than 1e−60.
 */
function erfcContinuedFraction(x: Dec): Dec {
  const tiny = new D('1e-200');
  let f = x;
  let c = x;
  let d = new D(0);
  for (let k = 1; k < 100000; k++) {
    const a = new D(k).dividedBy(2);
    d = x.plus(a.times(d));
    if (d.isZero()) d = tiny;
    c = x.plus(a.dividedBy(c));
    if (c.isZero()) c = tiny;
    d = ONE.dividedBy(d);
    const delta = c.times(d);
    f = f.times(delta);
    if (delta.minus(1).abs().lessThan(TINY)) break;
  }
  return D.exp(x.times(x).negated()).dividedBy(SQRT_PI).dividedBy(f);
}

export function erfcD(x: number | string | Dec): Dec {
  const v = toD(x);
  if (v.isNegative()) return TWO.minus(erfcD(v.negated()));
  if (v.lessThan(3)) return ONE.minus(erfSeries(v));
  return erfcContinuedFraction(v);
}

export function normalCdfD(x: number | string | Dec): Dec {
  return erfcD(toD(x).negated().dividedBy(SQRT2)).dividedBy(2);
}

export function normalPdfD(x: number | string | Dec): Dec {
  const v = toD(x);
  return D.exp(v.times(v).dividedBy(-2)).dividedBy(SQRT_2PI);
}

export interface BsmInput {
  type: 'call' | 'put';
  spot: number;
  strike: number;
  time: number;
  rate: number;
  dividendYield: number;
  volatility: number;
}

export interface BsmReference {
  price: Dec;
  delta: Dec;
  gamma: Dec;
  vega: Dec;
  theta: Dec;
  rho: Dec;
  vanna: Dec;
  charm: Dec;
  vomma: Dec;
  /** magnitudes of the terms summed in theta, charm and vanna (the scale of their rounding) */
  thetaScale: Dec;
  charmScale: Dec;
  vannaScale: Dec;
  vommaScale: Dec;
}

/** Generalized Black-Scholes-Merton (Haug 2007, ch. 1) with all Greeks, exact to ~70 digits. */
export function bsmD(input: BsmInput): BsmReference {
  const S = exact(input.spot);
  const K = exact(input.strike);
  const T = exact(input.time);
  const r = exact(input.rate);
  const q = exact(input.dividendYield);
  const sigma = exact(input.volatility);
  const b = r.minus(q);
  const sqrtT = T.sqrt();
  const s = sigma.times(sqrtT);
  const d1 = D.ln(S.dividedBy(K))
    .plus(b.plus(sigma.times(sigma).dividedBy(2)).times(T))
    .dividedBy(s);
  const d2 = d1.minus(s);
  const dfq = D.exp(q.times(T).negated());
  const dfr = D.exp(r.times(T).negated());
  const n1 = normalPdfD(d1);
  const isCall = input.type === 'call';
  const w = isCall ? 1 : -1;
  const Nwd1 = normalCdfD(d1.times(w));
  const Nwd2 = normalCdfD(d2.times(w));
  const price = S.times(dfq).times(Nwd1).minus(K.times(dfr).times(Nwd2)).times(w);
  const delta = dfq.times(Nwd1).times(w);
  const gamma = dfq.times(n1).dividedBy(S.times(s));
  const vega = S.times(dfq).times(n1).times(sqrtT);
  const thetaDecay = S.times(dfq).times(n1).times(sigma).dividedBy(sqrtT.times(2)).negated();
  const thetaRate = r.times(K).times(dfr).times(Nwd2).times(-w);
  const thetaDiv = q.times(S).times(dfq).times(Nwd1).times(w);
  const theta = thetaDecay.plus(thetaRate).plus(thetaDiv);
  const rho = K.times(T).times(dfr).times(Nwd2).times(w);
  const vanna = dfq.times(n1).times(d2).dividedBy(sigma).negated();
  // charm = −∂Δ/∂T = w·q·e^(−qT)·N(w·d1) − e^(−qT)·n(d1)·(2bT − d2·σ√T)/(2Tσ√T)
  const charmDiv = q.times(dfq).times(Nwd1).times(w);
  const charmShape = dfq
    .times(n1)
    .times(b.times(T).times(2).minus(d2.times(s)))
    .dividedBy(T.times(2).times(s));
  const charm = charmDiv.minus(charmShape);
  const vomma = vega.times(d1).times(d2).dividedBy(sigma);
  const scaleD = d1.abs().plus(s);
  return {
    price,
    delta,
    gamma,
    vega,
    theta,
    rho,
    vanna,
    charm,
    vomma,
    thetaScale: thetaDecay.abs().plus(thetaRate.abs()).plus(thetaDiv.abs()),
    charmScale: charmDiv.abs().plus(
      dfq
        .times(n1)
        .times(b.times(T).times(2).abs().plus(d2.times(s).abs()).plus(s.times(scaleD)))
        .dividedBy(T.times(2).times(s)),
    ),
    vannaScale: dfq.times(n1).times(d2.abs().plus(scaleD)).dividedBy(sigma),
    vommaScale: vega.times(d1.abs().plus(scaleD)).times(d2.abs().plus(scaleD)).dividedBy(sigma),
  };
}
