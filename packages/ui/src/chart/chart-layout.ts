/**
 * Where the parts of a payoff chart go, in CSS pixels, for a plot whose width may not be known
 * yet. The chart is laid out so that it is right at any width: the curves live in an SVG whose
 * x axis is stretched to the plot's width (`preserveAspectRatio="none"`, strokes that do not
 * scale), and every piece of text is HTML positioned as a fraction of that width. Only two
 * decisions depend on the width itself, how many x ticks fit and which marker labels must be
 * stacked, and both are made here for a given width. Before the chart has been measured (the
 * server's HTML) they are made for the narrowest plot a phone gives, which is safe at any wider
 * width: labels only move apart as the plot grows. No DOM here.
 */
import type { ScaleLinear } from 'd3-scale';
import { scaleLinear } from 'd3-scale';
import { chooseValueDomain, tickCount } from './chart-math';

/** Size of every piece of chart text (CSS px): the floor is 11. */
export const CHART_FONT_PX = 12;
/** Average advance of a character of the chart's tabular figures at that size. */
export const CHAR_PX = 7.2;
/** The x stretch of the plot's SVG: one unit is 1/PLOT_UNITS of the plot's width. */
export const PLOT_UNITS = 1000;
/** Width of the plot before it is measured: a 360 px phone minus the calculator's padding
 * and the y labels. Wider plots only spread the same ticks and labels further apart. */
export const UNMEASURED_PLOT_PX = 250;
/** Vertical distance between stacked marker label rows. */
export const MARKER_ROW_PX = 15;
/** Horizontal space kept between two marker labels on one row. */
const MARKER_GAP_PX = 6;
/** Room above the plot for one row of marker labels. */
const TOP_BASE_PX = 8;
/** Room below the plot for the x tick labels and the x axis title. */
export const BOTTOM_PX = 42;

/** Pixels a text of `text.length` characters takes at the chart's font size. */
export function textWidth(text: string): number {
  return Math.ceil(text.length * CHAR_PX);
}

export interface PlacedLabel<T> {
  item: T;
  /** Position along the plot, 0 (left edge) to 1 (right edge). */
  fraction: number;
  /** Row above the plot, 0 nearest to it. */
  row: number;
  /** How the label hangs from its position: centred, or flush to the edge it would cross. */
  align: 'start' | 'middle' | 'end';
}

/**
 * Puts marker labels (e.g. "Now", "BE", "Shock") above the plot so that no two overlap at a
 * plot `widthPx` wide: each label takes the lowest row where it clears the labels already placed
 * there by `MARKER_GAP_PX`; labels that would cross the plot's edges are aligned to them.
 */
export function placeMarkerLabels<T>(
  labels: readonly { item: T; fraction: number; text: string }[],
  widthPx: number,
): PlacedLabel<T>[] {
  const sorted = [...labels].sort((a, b) => a.fraction - b.fraction);
  const rowEnds: number[] = [];
  return sorted.map(({ item, fraction, text }) => {
    const w = textWidth(text);
    const centre = fraction * widthPx;
    let align: PlacedLabel<T>['align'] = 'middle';
    let left = centre - w / 2;
    if (left < 0) {
      align = 'start';
      left = centre;
    } else if (left + w > widthPx) {
      align = 'end';
      left = centre - w;
    }
    let row = rowEnds.findIndex((end) => left >= end + MARKER_GAP_PX);
    if (row < 0) {
      row = rowEnds.length;
      rowEnds.push(left + w);
    } else {
      rowEnds[row] = left + w;
    }
    return { item, fraction, row, align };
  });
}

/** Room above the plot for `rows` rows of marker labels. */
export function topMargin(rows: number): number {
  return TOP_BASE_PX + Math.max(1, rows) * MARKER_ROW_PX;
}

/**
 * x ticks that fit a plot `widthPx` wide: as many as d3's round values allow with each label's
 * width plus a gap between neighbours, but at least two.
 */
export function fittingXTicks(
  scale: ScaleLinear<number, number>,
  widthPx: number,
  format: (x: number) => string,
): number[] {
  for (let count = tickCount(widthPx, 60); count >= 2; count--) {
    const ticks = scale.ticks(count);
    const widest = Math.max(0, ...ticks.map((t) => textWidth(format(t))));
    const [lo, hi] = scale.domain() as [number, number];
    const span = hi - lo;
    if (ticks.length < 2 || span <= 0) return ticks;
    const gapPx = ((ticks[1]! - ticks[0]!) / span) * widthPx;
    if (gapPx >= widest + 12) return ticks;
  }
  return scale.ticks(2);
}

export interface ValueAxis {
  y: ScaleLinear<number, number>;
  ticks: number[];
  /** Pixels the widest y tick label needs left of the plot. */
  labelPx: number;
}

/** The y scale over the plot's height in pixels, rounded to nice ticks. */
export function valueAxis(
  series: readonly (readonly number[])[],
  plotHeight: number,
  format: (y: number) => string,
): ValueAxis {
  const y = scaleLinear()
    .domain(chooseValueDomain(series))
    .range([plotHeight, 0])
    .nice(tickCount(plotHeight, 45));
  const ticks = y.ticks(tickCount(plotHeight, 45));
  const labelPx = Math.max(0, ...ticks.map((t) => textWidth(format(t))));
  return { y, ticks, labelPx };
}

/** The x scale of a plot: the samples' range onto `PLOT_UNITS`. */
export function priceAxis(xs: readonly number[]): ScaleLinear<number, number> {
  const first = xs[0] ?? 0;
  const last = xs[xs.length - 1] ?? 1;
  const domain: [number, number] = last > first ? [first, last] : [first - 1, first + 1];
  return scaleLinear().domain(domain).range([0, PLOT_UNITS]);
}

/** The fraction of the plot's width at which `value` sits (not clamped). */
export function fractionOf(scale: ScaleLinear<number, number>, value: number): number {
  return scale(value) / PLOT_UNITS;
}

/** CSS `left` for a point at `fraction` of the plot's width. */
export function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(3)}%`;
}
