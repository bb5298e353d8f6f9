'use client';

import { area, line } from 'd3-shape';
import type * as React from 'react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { cn } from '../lib/cn';
import { formatLevel, formatMoney, formatMoneyCompact, formatPrice } from '../lib/format';
import {
  buildScales,
  chooseValueDomain,
  interpolate,
  keyboardIndex,
  labelWidth,
  nearestIndex,
} from './chart-math';

export interface ChartSeries {
  id: string;
  /** Legend and table label, e.g. "At expiry" or "In 10 days". */
  label: string;
  /** One value per entry of the chart's `xs`. */
  values: readonly number[];
  /**
   * `pnl`: the main curve, drawn green above zero and red below with both areas shaded;
   * `line`: a solid accent line; `dashed`: a dashed muted line; `area`: an accent line with
   * the area under it lightly filled (distributions). Default `pnl`.
   */
  variant?: 'pnl' | 'line' | 'dashed' | 'area';
}

export interface ChartMarker {
  x: number;
  label: string;
  kind: 'breakeven' | 'spot' | 'strike';
  /** Short text drawn above the line; default "Now" for spot, "BE" for break-evens, none for strikes. */
  tag?: string;
}

/** "Now = current price", "BE = break-even", "Shock = sizing shock": one entry per tag. */
function markerLegend(markers: readonly ChartMarker[]): string[] {
  const entries = new Map<string, string>();
  for (const marker of markers) {
    const tag = markerTag(marker);
    if (!tag || entries.has(tag)) continue;
    const meaning =
      marker.tag === undefined
        ? marker.kind === 'spot'
          ? 'current price'
          : 'break-even'
        : marker.label.toLowerCase();
    entries.set(tag, `${tag} = ${meaning}`);
  }
  return [...entries.values()];
}

function markerTag(marker: ChartMarker): string {
  if (marker.tag !== undefined) return marker.tag;
  if (marker.kind === 'spot') return 'Now';
  return marker.kind === 'breakeven' ? 'BE' : '';
}

export interface ChartBand {
  lower: number;
  upper: number;
  label: string;
}

export interface ChartKeyPoint {
  label: string;
  x: number;
  /** Exact values per series (same order as `series`); interpolated from the samples if absent. */
  values?: readonly number[];
}

export interface PayoffChartProps extends Omit<React.ComponentProps<'figure'>, 'children'> {
  /** Accessible name of the chart, e.g. "Iron condor profit and loss". */
  label: string;
  /** Sample positions on the x axis, ascending. */
  xs: readonly number[];
  series: readonly ChartSeries[];
  /** Vertical markers: break-evens, current price, strikes. */
  markers?: readonly ChartMarker[];
  /** Shaded x ranges drawn behind the curves, widest first (e.g. 2-SD then 1-SD band). */
  bands?: readonly ChartBand[];
  /** Rows of the screen-reader table (the chart's text alternative). */
  keyPoints?: readonly ChartKeyPoint[];
  /** Default "Underlying price". */
  xLabel?: string;
  /** Default "Profit / loss". */
  yLabel?: string;
  /** Readout and table format of x; default an index level with two decimals. */
  formatX?: (x: number) => string;
  /** Readout and table format of y; default signed dollars. */
  formatY?: (y: number) => string;
  formatXTick?: (x: number) => string;
  formatYTick?: (y: number) => string;
  /** Chart height in pixels, default 300. */
  height?: number;
}

const DEFAULT_WIDTH = 640;

function defaultFormatY(y: number): string {
  return formatMoney(y, { plus: true });
}

function defaultFormatXTick(x: number): string {
  return formatPrice(x, { decimals: 0 });
}

function safeId(raw: string): string {
  return raw.replace(/[^A-Za-z0-9_-]/g, '');
}

/** Tracks the rendered width of an element (the default width until mounted). */
function useWidth(): [React.RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement | null>(null);
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const next = Math.round(element.getBoundingClientRect().width);
      if (next > 0) setWidth(next);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/**
 * An SVG profit-and-loss chart: profit and loss areas shaded separately, break-evens and the
 * current price marked, expected-move bands, axes from d3-scale ticks, curves from d3-shape.
 * It is focusable: arrow keys (Shift for bigger steps, Home/End) move a crosshair whose readout
 * is announced in a live region; pointer hover does the same. A visually hidden table of key
 * points is its text alternative.
 */
export function PayoffChart({
  label,
  xs,
  series,
  markers = [],
  bands = [],
  keyPoints = [],
  xLabel = 'Underlying price',
  yLabel = 'Profit / loss',
  formatX = formatLevel,
  formatY = defaultFormatY,
  formatXTick = defaultFormatXTick,
  formatYTick = formatMoneyCompact,
  height = 300,
  className,
  ...props
}: PayoffChartProps) {
  const id = safeId(useId());
  const [containerRef, width] = useWidth();
  const [index, setIndex] = useState(-1);
  const [focused, setFocused] = useState(false);

  const geometry = useMemo(() => {
    const first = xs[0] ?? 0;
    const last = xs[xs.length - 1] ?? 1;
    const xDomain: [number, number] = last > first ? [first, last] : [first - 1, first + 1];
    const yDomain = chooseValueDomain(series.map((s) => s.values));
    // Two passes: the left margin depends on the widest y tick label.
    const probe = buildScales(xDomain, yDomain, width, height, {
      top: 20,
      right: 16,
      bottom: 44,
      left: 56,
    });
    const left = Math.max(36, labelWidth(probe.yTicks.map(formatYTick)) + 14);
    const margins = { top: 20, right: 16, bottom: 44, left };
    const scales = buildScales(xDomain, yDomain, width, height, margins);
    const { x, y } = scales;
    const yZero = Math.min(Math.max(y(0), margins.top), height - margins.bottom);
    const xAt = (_: number, i: number) => x(xs[i] ?? 0);
    const valueLine = line<number>()
      .defined((v) => Number.isFinite(v))
      .x(xAt)
      .y((v) => y(v));
    const valueArea = area<number>()
      .defined((v) => Number.isFinite(v))
      .x(xAt)
      .y0(yZero)
      .y1((v) => y(v));
    const paths = series.map((s) => ({
      id: s.id,
      variant: s.variant ?? 'pnl',
      line: valueLine(s.values as number[]) ?? '',
      area:
        (s.variant ?? 'pnl') === 'pnl' || s.variant === 'area'
          ? (valueArea(s.values as number[]) ?? '')
          : '',
    }));
    return { scales, margins, yZero, paths };
  }, [xs, series, width, height, formatYTick]);

  const { scales, margins, yZero, paths } = geometry;
  const { x, y, xTicks, yTicks } = scales;
  const plotLeft = margins.left;
  const plotRight = width - margins.right;
  const plotTop = margins.top;
  const plotBottom = height - margins.bottom;
  const inView = (value: number) => value >= x.domain()[0]! && value <= x.domain()[1]!;

  const active = index >= 0 && index < xs.length ? index : -1;
  const spotMarker = markers.find((m) => m.kind === 'spot');
  const restIndex = spotMarker
    ? nearestIndex(xs, spotMarker.x)
    : Math.floor(Math.max(0, xs.length - 1) / 2);
  const focusIndex = active >= 0 ? active : restIndex;
  const readout =
    active >= 0
      ? `${xLabel} ${formatX(xs[active]!)}: ${series
          .map((s) => `${s.label} ${formatY(s.values[active] ?? Number.NaN)}`)
          .join('; ')}`
      : '';

  const onPointerMove = (event: React.PointerEvent<SVGSVGElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    if (rect.width <= 0) return;
    const px = ((event.clientX - rect.left) * width) / rect.width;
    if (px < plotLeft - 8 || px > plotRight + 8) return;
    setIndex(nearestIndex(xs, x.invert(px)));
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    const next = keyboardIndex(event.key, focusIndex, xs.length, event.shiftKey);
    if (next === null) return;
    event.preventDefault();
    setIndex(next);
  };

  const onFocus = () => {
    setFocused(true);
    if (active < 0) setIndex(restIndex);
  };

  const profitClip = `${id}-profit`;
  const lossClip = `${id}-loss`;
  const plotClip = `${id}-plot`;
  const hintId = `${id}-hint`;

  return (
    <figure className={cn('m-0 w-full', className)} {...props}>
      <div ref={containerRef} className="w-full">
        <div
          role="slider"
          aria-label={`${label}: crosshair position`}
          aria-describedby={hintId}
          aria-orientation="horizontal"
          aria-valuemin={Math.round(xs[0] ?? 0)}
          aria-valuemax={Math.round(xs[xs.length - 1] ?? 0)}
          aria-valuenow={Math.round(xs[focusIndex] ?? 0)}
          aria-valuetext={formatX(xs[focusIndex] ?? 0)}
          tabIndex={0}
          onKeyDown={onKeyDown}
          onFocus={onFocus}
          onBlur={() => {
            setFocused(false);
            setIndex(-1);
          }}
          className="rounded-md outline-none focus-visible:ring-2 focus-visible:ring-focus"
        >
          <svg
            width={width}
            height={height}
            viewBox={`0 0 ${width} ${height}`}
            className="block h-auto max-w-full touch-pan-y select-none"
            aria-hidden="true"
            onPointerMove={onPointerMove}
            onPointerLeave={() => {
              if (!focused) setIndex(-1);
            }}
          >
            <defs>
              <clipPath id={plotClip}>
                <rect
                  x={plotLeft}
                  y={plotTop}
                  width={Math.max(0, plotRight - plotLeft)}
                  height={Math.max(0, plotBottom - plotTop)}
                />
              </clipPath>
              <clipPath id={profitClip}>
                <rect
                  x={plotLeft}
                  y={plotTop - 4}
                  width={Math.max(0, plotRight - plotLeft)}
                  height={Math.max(0, yZero - plotTop + 4)}
                />
              </clipPath>
              <clipPath id={lossClip}>
                <rect
                  x={plotLeft}
                  y={yZero}
                  width={Math.max(0, plotRight - plotLeft)}
                  height={Math.max(0, plotBottom - yZero + 4)}
                />
              </clipPath>
            </defs>

            <g clipPath={`url(#${plotClip})`}>
              {bands.map((band) => {
                const left = Math.max(plotLeft, x(band.lower));
                const right = Math.min(plotRight, x(band.upper));
                if (!(right > left)) return null;
                return (
                  <rect
                    key={`${band.label}-${band.lower}`}
                    x={left}
                    y={plotTop}
                    width={right - left}
                    height={Math.max(0, plotBottom - plotTop)}
                    fill="var(--color-band)"
                    fillOpacity={0.35}
                  />
                );
              })}
            </g>

            <g>
              {yTicks.map((tick) => (
                <g key={`y${tick}`}>
                  <line
                    x1={plotLeft}
                    x2={plotRight}
                    y1={y(tick)}
                    y2={y(tick)}
                    stroke={tick === 0 ? 'var(--color-muted)' : 'var(--color-grid)'}
                    strokeWidth={tick === 0 ? 1.25 : 1}
                  />
                  <text
                    x={plotLeft - 6}
                    y={y(tick)}
                    dy="0.32em"
                    textAnchor="end"
                    fontSize={11}
                    fill="var(--color-muted)"
                  >
                    {formatYTick(tick)}
                  </text>
                </g>
              ))}
              {xTicks.map((tick) => (
                <g key={`x${tick}`}>
                  <line
                    x1={x(tick)}
                    x2={x(tick)}
                    y1={plotBottom}
                    y2={plotBottom + 5}
                    stroke="var(--color-muted)"
                  />
                  <text
                    x={x(tick)}
                    y={plotBottom + 17}
                    textAnchor="middle"
                    fontSize={11}
                    fill="var(--color-muted)"
                  >
                    {formatXTick(tick)}
                  </text>
                </g>
              ))}
              <line
                x1={plotLeft}
                x2={plotRight}
                y1={plotBottom}
                y2={plotBottom}
                stroke="var(--color-grid)"
              />
              <text
                x={(plotLeft + plotRight) / 2}
                y={height - 6}
                textAnchor="middle"
                fontSize={11}
                fill="var(--color-muted)"
              >
                {xLabel}
              </text>
              <text x={4} y={11} fontSize={11} fill="var(--color-muted)">
                {yLabel}
              </text>
            </g>

            <g clipPath={`url(#${plotClip})`}>
              {paths.map((path) =>
                path.variant === 'pnl' ? (
                  <g key={path.id}>
                    <path
                      d={path.area}
                      fill="var(--color-profit)"
                      fillOpacity={0.2}
                      clipPath={`url(#${profitClip})`}
                    />
                    <path
                      d={path.area}
                      fill="var(--color-loss)"
                      fillOpacity={0.2}
                      clipPath={`url(#${lossClip})`}
                    />
                    <path
                      d={path.line}
                      fill="none"
                      stroke="var(--color-profit)"
                      strokeWidth={2.25}
                      clipPath={`url(#${profitClip})`}
                    />
                    <path
                      d={path.line}
                      fill="none"
                      stroke="var(--color-loss)"
                      strokeWidth={2.25}
                      clipPath={`url(#${lossClip})`}
                    />
                  </g>
                ) : path.variant === 'area' ? (
                  <g key={path.id}>
                    <path d={path.area} fill="var(--color-accent)" fillOpacity={0.15} />
                    <path d={path.line} fill="none" stroke="var(--color-accent)" strokeWidth={2} />
                  </g>
                ) : (
                  <path
                    key={path.id}
                    d={path.line}
                    fill="none"
                    stroke={path.variant === 'line' ? 'var(--color-accent)' : 'var(--color-muted)'}
                    strokeWidth={path.variant === 'line' ? 2 : 1.75}
                    strokeDasharray={path.variant === 'dashed' ? '5 4' : undefined}
                  />
                ),
              )}

              {markers
                .filter((m) => inView(m.x))
                .map((marker) => (
                  <line
                    key={`${marker.kind}-${marker.x}`}
                    x1={x(marker.x)}
                    x2={x(marker.x)}
                    y1={plotTop}
                    y2={plotBottom}
                    stroke={marker.kind === 'spot' ? 'var(--color-accent)' : 'var(--color-fg)'}
                    strokeOpacity={marker.kind === 'strike' ? 0.25 : 0.7}
                    strokeWidth={marker.kind === 'spot' ? 1.5 : 1}
                    strokeDasharray={
                      marker.kind === 'breakeven'
                        ? '2 3'
                        : marker.kind === 'strike'
                          ? '1 3'
                          : undefined
                    }
                  />
                ))}
            </g>

            {markers
              .filter((m) => markerTag(m) !== '' && inView(m.x))
              .map((marker) => (
                <text
                  key={`label-${marker.kind}-${marker.x}`}
                  x={x(marker.x)}
                  y={plotTop - 6}
                  textAnchor="middle"
                  fontSize={10}
                  fill={marker.kind === 'spot' ? 'var(--color-accent)' : 'var(--color-fg)'}
                >
                  {markerTag(marker)}
                </text>
              ))}

            {active >= 0 ? (
              <g pointerEvents="none">
                <line
                  x1={x(xs[active]!)}
                  x2={x(xs[active]!)}
                  y1={plotTop}
                  y2={plotBottom}
                  stroke="var(--color-fg)"
                  strokeWidth={1}
                />
                {series.map((s) => {
                  const value = s.values[active];
                  if (value === undefined || !Number.isFinite(value)) return null;
                  const cy = y(value);
                  if (cy < plotTop - 2 || cy > plotBottom + 2) return null;
                  return (
                    <circle
                      key={s.id}
                      cx={x(xs[active]!)}
                      cy={cy}
                      r={4}
                      fill="var(--color-surface)"
                      stroke={
                        (s.variant ?? 'pnl') === 'pnl'
                          ? value >= 0
                            ? 'var(--color-profit)'
                            : 'var(--color-loss)'
                          : 'var(--color-accent)'
                      }
                      strokeWidth={2}
                    />
                  );
                })}
              </g>
            ) : null}
          </svg>
        </div>
      </div>

      <p id={hintId} className="sr-only">
        Use the left and right arrow keys to move the crosshair along the price axis, Shift with an
        arrow for larger steps, Home and End for the ends. The table after the chart lists its key
        points.
      </p>

      <p aria-live="polite" className="mt-1 min-h-5 text-sm text-muted tabular-nums">
        {readout || 'Hover over the chart or focus it and use the arrow keys to read values.'}
      </p>

      <figcaption className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
        {series.map((s) => (
          <span key={s.id} className="inline-flex items-center gap-1.5">
            <svg width="18" height="8" aria-hidden="true" className="shrink-0">
              {(s.variant ?? 'pnl') === 'pnl' ? (
                <>
                  <line
                    x1="0"
                    x2="9"
                    y1="4"
                    y2="4"
                    stroke="var(--color-profit)"
                    strokeWidth="2.5"
                  />
                  <line x1="9" x2="18" y1="4" y2="4" stroke="var(--color-loss)" strokeWidth="2.5" />
                </>
              ) : (
                <line
                  x1="0"
                  x2="18"
                  y1="4"
                  y2="4"
                  stroke={s.variant === 'dashed' ? 'var(--color-muted)' : 'var(--color-accent)'}
                  strokeWidth="2"
                  strokeDasharray={s.variant === 'dashed' ? '4 3' : undefined}
                />
              )}
            </svg>
            {s.label}
          </span>
        ))}
        {bands.map((band) => (
          <span key={`legend-${band.label}`} className="inline-flex items-center gap-1.5">
            <svg width="12" height="10" aria-hidden="true" className="shrink-0">
              <rect width="12" height="10" fill="var(--color-band)" fillOpacity="0.6" />
            </svg>
            {band.label}
          </span>
        ))}
        {markerLegend(markers).map((text) => (
          <span key={text}>{text}</span>
        ))}
      </figcaption>

      {keyPoints.length > 0 ? (
        // A table ignores `width: 1px`, so the visually hidden wrapper is a div.
        <div className="sr-only">
          <table>
            <caption>{`${label}: key points`}</caption>
            <thead>
              <tr>
                <th scope="col">Point</th>
                <th scope="col">{xLabel}</th>
                {series.map((s) => (
                  <th key={s.id} scope="col">
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {keyPoints.map((point) => (
                <tr key={`${point.label}-${point.x}`}>
                  <th scope="row">{point.label}</th>
                  <td>{formatX(point.x)}</td>
                  {series.map((s, i) => (
                    <td key={s.id}>
                      {formatY(point.values?.[i] ?? interpolate(xs, s.values, point.x))}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </figure>
  );
}
