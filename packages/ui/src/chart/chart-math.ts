/**
 * The numbers behind every payoff chart: which price range to show, how to sample it, the
 * scales and ticks (d3-scale), and where the crosshair lands. No DOM here.
 */
import { type ScaleLinear, scaleLinear } from 'd3-scale';

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface XDomainInput {
  /** Current price of the underlying: always in view, near the middle. */
  spot: number;
  /** Prices that must be visible: strikes, break-evens, band edges. */
  include?: readonly number[];
  /** One standard deviation of the price move to the chart's horizon (points). */
  sdMove?: number;
  /** How many standard deviations to show on each side of spot, default 2.5. */
  sdMultiple?: number;
  /** Extra room on each side as a fraction of the span, default 0.08. */
  padding?: number;
  /** Smallest allowed lower bound, default 0.1 % of spot (prices are positive, and the
   * engine's curves start above 0). */
  floor?: number;
}

/**
 * The price range a payoff chart shows: spot ± a few standard deviations, widened to contain
 * every strike and break-even, padded a little, never below `floor`, never zero-width.
 */
export function choosePriceDomain(input: XDomainInput): [number, number] {
  const { spot } = input;
  const sd = input.sdMove !== undefined && Number.isFinite(input.sdMove) ? input.sdMove : 0;
  const reach = sd * (input.sdMultiple ?? 2.5);
  let lo = spot - reach;
  let hi = spot + reach;
  for (const value of input.include ?? []) {
    if (!Number.isFinite(value)) continue;
    if (value < lo) lo = value;
    if (value > hi) hi = value;
  }
  if (!(hi - lo > 0)) {
    const half = Math.max(Math.abs(spot) * 0.05, 1);
    lo = spot - half;
    hi = spot + half;
  }
  const pad = (hi - lo) * (input.padding ?? 0.08);
  const floor = input.floor ?? Math.abs(spot) * 1e-3;
  return [Math.max(floor, lo - pad), hi + pad];
}

/** `points` evenly spaced values from `from` to `to`, both included. */
export function linspace(from: number, to: number, points: number): number[] {
  const n = Math.max(2, Math.floor(points));
  const step = (to - from) / (n - 1);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = from + step * i;
  out[n - 1] = to;
  return out;
}

/**
 * The value range for the y axis: all finite values of all series and zero (the profit/loss
 * line), padded by `padding` of the span, never zero-width.
 */
export function chooseValueDomain(
  series: readonly (readonly number[])[],
  padding = 0.08,
): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const values of series) {
    for (const value of values) {
      if (!Number.isFinite(value)) continue;
      if (value < lo) lo = value;
      if (value > hi) hi = value;
    }
  }
  if (hi - lo === 0) return [-1, 1];
  const pad = (hi - lo) * padding;
  return [lo === 0 ? 0 : lo - pad, hi === 0 ? 0 : hi + pad];
}

/** How many ticks fit along an axis of `length` pixels with labels about `spacing` apart. */
export function tickCount(length: number, spacing: number): number {
  return Math.max(3, Math.min(10, Math.floor(length / spacing)));
}

export interface ChartScales {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  xTicks: number[];
  yTicks: number[];
}

/**
 * Linear scales for a chart of `width` × `height` pixels with `margins`. The y domain is
 * rounded outward to nice tick values; the x domain is kept as chosen so the curve fills the
 * width.
 */
export function buildScales(
  xDomain: readonly [number, number],
  yDomain: readonly [number, number],
  width: number,
  height: number,
  margins: Margins,
): ChartScales {
  const innerWidth = Math.max(1, width - margins.left - margins.right);
  const innerHeight = Math.max(1, height - margins.top - margins.bottom);
  const x = scaleLinear()
    .domain([xDomain[0], xDomain[1]])
    .range([margins.left, margins.left + innerWidth]);
  const y = scaleLinear()
    .domain([yDomain[0], yDomain[1]])
    .range([margins.top + innerHeight, margins.top])
    .nice(tickCount(innerHeight, 45));
  return {
    x,
    y,
    xTicks: x.ticks(tickCount(innerWidth, 75)),
    yTicks: y.ticks(tickCount(innerHeight, 45)),
  };
}

/** Pixels needed for the longest y tick label (about 6.6 px a character at 11 px type). */
export function labelWidth(labels: readonly string[], charWidth = 6.6): number {
  let longest = 0;
  for (const label of labels) longest = Math.max(longest, label.length);
  return Math.ceil(longest * charWidth);
}

/** Index of the sample in ascending `xs` nearest to `x` (binary search). */
export function nearestIndex(xs: readonly number[], x: number): number {
  const n = xs.length;
  if (n === 0) return -1;
  if (!(x > xs[0]!)) return 0;
  if (!(x < xs[n - 1]!)) return n - 1;
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! <= x) lo = mid;
    else hi = mid;
  }
  return x - xs[lo]! <= xs[hi]! - x ? lo : hi;
}

/** Linear interpolation of a sampled curve at `x` (clamped to the sampled range). */
export function interpolate(xs: readonly number[], ys: readonly number[], x: number): number {
  const n = Math.min(xs.length, ys.length);
  if (n === 0) return Number.NaN;
  if (x <= xs[0]!) return ys[0]!;
  if (x >= xs[n - 1]!) return ys[n - 1]!;
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! <= x) lo = mid;
    else hi = mid;
  }
  const x0 = xs[lo]!;
  const x1 = xs[hi]!;
  const t = x1 === x0 ? 0 : (x - x0) / (x1 - x0);
  return ys[lo]! + t * (ys[hi]! - ys[lo]!);
}

/**
 * Where the keyboard moves the crosshair: arrows step about 1 % of the range, Shift+arrows
 * and Page keys about 10 %, Home/End to the ends. Returns null for other keys.
 */
export function keyboardIndex(
  key: string,
  current: number,
  length: number,
  shift = false,
): number | null {
  if (length <= 0) return null;
  const small = Math.max(1, Math.round((length - 1) / 100));
  const large = Math.max(1, Math.round((length - 1) / 10));
  const last = length - 1;
  const start = current < 0 ? Math.round(last / 2) : current;
  const clamp = (i: number) => Math.min(last, Math.max(0, i));
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return current < 0 ? start : clamp(start + (shift ? large : small));
    case 'ArrowLeft':
    case 'ArrowDown':
      return current < 0 ? start : clamp(start - (shift ? large : small));
    case 'PageUp':
      return clamp(start + large);
    case 'PageDown':
      return clamp(start - large);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}

/** Replaces non-finite samples by null-safe values so a path never contains NaN. */
export function finiteOr(value: number, fallback: number): number {
  return Number.isFinite(value) ? value : fallback;
}

/** Zero crossings of a sampled curve, refined by linear interpolation. */
export function zeroCrossings(xs: readonly number[], ys: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < xs.length; i++) {
    const y0 = ys[i - 1]!;
    const y1 = ys[i]!;
    if (y0 === 0 && (i === 1 || ys[i - 2]! !== 0)) out.push(xs[i - 1]!);
    else if ((y0 < 0 && y1 > 0) || (y0 > 0 && y1 < 0)) {
      const x0 = xs[i - 1]!;
      const x1 = xs[i]!;
      out.push(x0 + ((x1 - x0) * -y0) / (y1 - y0));
    }
  }
  return out;
}
