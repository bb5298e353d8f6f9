'use client';

import type * as React from 'react';
import { useId, useMemo, useRef, useState } from 'react';
import { cn } from '../lib/cn';
import { formatLevel, formatMoney, formatMoneyCompact, formatPrice } from '../lib/format';
import { ChartAxisLabels, ChartGrid, type XTickSet } from './chart-axes';
import { ChartKeyPointsTable } from './chart-key-points';
import {
  fittingXTicks,
  fractionOf,
  PLOT_UNITS,
  placeMarkerLabels,
  priceAxis,
  textWidth,
  topMargin,
  UNMEASURED_PLOT_PX,
  valueAxis,
} from './chart-layout';
import { ChartLegend } from './chart-legend';
import { ChartMarkerLabels, ChartMarkerLines, CrosshairDots, CrosshairLine } from './chart-markers';
import { keyboardIndex, nearestIndex } from './chart-math';
import { ChartSeriesPaths, seriesPaths } from './chart-series';
import type { ChartBand, ChartKeyPoint, ChartMarker, ChartSeries } from './chart-types';
import { markerTag } from './chart-types';
import { useElementWidth } from './use-element-width';

export type { ChartBand, ChartKeyPoint, ChartMarker, ChartSeries } from './chart-types';

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
  /** Height of the drawing (plot, marker labels and x ticks) in CSS pixels, default 280. */
  height?: number;
}

/** Room under the plot for the x ticks and their labels. */
const X_TICKS_PX = 24;
/** Container width (px) from which the server's HTML shows the wider x tick set: Tailwind's
 * `@lg` container size, 32rem. */
const WIDE_CONTAINER_PX = 512;

function defaultFormatY(y: number): string {
  return formatMoney(y, { plus: true });
}

function defaultFormatXTick(x: number): string {
  return formatPrice(x, { decimals: 0 });
}

function safeId(raw: string): string {
  return raw.replace(/[^A-Za-z0-9_-]/g, '');
}

/**
 * An SVG profit-and-loss chart that is the right size from its first paint: the curves are
 * drawn in an SVG stretched to the plot's width (strokes keep their width), and all text is HTML
 * at 12 CSS px positioned as a fraction of that width, so the server's HTML already fits a phone
 * and a desktop column; once measured, the ticks and the marker labels' rows follow the real
 * width. Profit and loss areas are shaded separately; break-evens and the current price are
 * marked; axes come from d3-scale ticks and curves from d3-shape. It is focusable: arrow keys
 * (Shift for bigger steps, Home/End) move a crosshair whose readout is announced in a live
 * region; hovering, tapping or dragging does the same, and a tap's readout stays after the finger
 * lifts. A visually hidden table of key points is its text alternative.
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
  height = 280,
  className,
  ...props
}: PayoffChartProps) {
  const id = safeId(useId());
  const [boxRef, boxWidth] = useElementWidth<HTMLDivElement>();
  const plotRef = useRef<HTMLDivElement | null>(null);
  const dragging = useRef(false);
  const [index, setIndex] = useState(-1);
  const [focused, setFocused] = useState(false);

  const x = useMemo(() => priceAxis(xs), [xs]);
  const inView = (value: number) => value >= x.domain()[0]! && value <= x.domain()[1]!;
  const visibleMarkers = markers.filter((m) => inView(m.x));

  const layout = useMemo(() => {
    // The marker rows decide the top margin, which decides the plot's height and y ticks,
    // which decide the left margin, which decides the plot's width: one pass each way is
    // enough, since the rows are laid out for a width no larger than the final one.
    const provisional = boxWidth === null ? UNMEASURED_PLOT_PX : Math.max(80, boxWidth - 60);
    const labelled = markers
      .filter((m) => m.x >= x.domain()[0]! && m.x <= x.domain()[1]! && markerTag(m) !== '')
      .map((marker) => ({
        item: { marker, text: markerTag(marker) },
        fraction: fractionOf(x, marker.x),
        text: markerTag(marker),
      }));
    const rowsFor = (width: number) => {
      const placed = placeMarkerLabels(labelled, width);
      return { placed, rows: placed.reduce((n, p) => Math.max(n, p.row + 1), 1) };
    };
    let markerLayout = rowsFor(provisional);
    const top = topMargin(markerLayout.rows);
    const plotHeight = Math.max(60, height - top - X_TICKS_PX);
    const value = valueAxis(
      series.map((s) => s.values),
      plotHeight,
      formatYTick,
    );
    const halfX = Math.ceil(textWidth(formatXTick(x.domain()[1]!)) / 2) + 2;
    const left = Math.max(value.labelPx + 8, halfX);
    const right = halfX;
    const plotWidth =
      boxWidth === null ? UNMEASURED_PLOT_PX : Math.max(40, boxWidth - left - right);
    markerLayout = rowsFor(plotWidth);
    const xTickSets: XTickSet[] =
      boxWidth === null
        ? [
            {
              ticks: fittingXTicks(x, UNMEASURED_PLOT_PX, formatXTick),
              className: 'contents @lg/chart:hidden',
            },
            {
              ticks: fittingXTicks(x, WIDE_CONTAINER_PX - left - right, formatXTick),
              className: 'hidden @lg/chart:contents',
            },
          ]
        : [{ ticks: fittingXTicks(x, plotWidth, formatXTick) }];
    const yZero = Math.min(Math.max(value.y(0), 0), plotHeight);
    return {
      margins: { top, left, right },
      plotHeight,
      value,
      yZero,
      xTickSets,
      placed: markerLayout.placed.slice(0, labelled.length),
      paths: seriesPaths(xs, series, x, value.y, yZero),
    };
  }, [boxWidth, markers, x, xs, series, height, formatXTick, formatYTick]);

  const { margins, plotHeight, value, yZero, xTickSets, placed, paths } = layout;

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

  /** Moves the crosshair to the sample under a pointer (ignoring points well off the plot). */
  const pointAt = (clientX: number) => {
    const rect = plotRef.current?.getBoundingClientRect();
    if (!rect || rect.width <= 0) return;
    const fraction = (clientX - rect.left) / rect.width;
    if (fraction < -0.05 || fraction > 1.05) return;
    const clamped = Math.min(1, Math.max(0, fraction));
    setIndex(nearestIndex(xs, x.invert(clamped * PLOT_UNITS)));
  };

  const onPointerDown = (event: React.PointerEvent<HTMLDivElement>) => {
    if (event.pointerType !== 'mouse') dragging.current = true;
    pointAt(event.clientX);
  };
  const onPointerMove = (event: React.PointerEvent<HTMLDivElement>) => {
    // A mouse reads by hovering; a finger or pen reads while it is down (a drag).
    if (event.pointerType === 'mouse' || dragging.current) pointAt(event.clientX);
  };
  const onPointerEnd = () => {
    // The readout stays where the finger lifted.
    dragging.current = false;
  };
  const onPointerLeave = (event: React.PointerEvent<HTMLDivElement>) => {
    if (event.pointerType === 'mouse' && !focused) setIndex(-1);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    const next = keyboardIndex(event.key, focusIndex, xs.length, event.shiftKey);
    if (next === null) return;
    event.preventDefault();
    setIndex(next);
  };

  const onFocus = () => {
    setFocused(true);
    // A tap has already placed the crosshair; keyboard focus starts it at the current price.
    setIndex((previous) => (previous >= 0 ? previous : restIndex));
  };

  const hintId = `${id}-hint`;
  const activeFraction = active >= 0 ? fractionOf(x, xs[active]!) : 0;

  return (
    <figure className={cn('m-0 w-full min-w-0', className)} {...props}>
      <p aria-hidden="true" className="m-0 mb-1 text-xs leading-none text-muted">
        {yLabel}
      </p>
      <div
        ref={boxRef}
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
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerEnd}
        onPointerCancel={onPointerEnd}
        onPointerLeave={onPointerLeave}
        data-chart=""
        className="@container/chart relative w-full touch-pan-y select-none rounded-md text-xs text-muted tabular-nums outline-none focus-visible:ring-2 focus-visible:ring-focus"
        style={{ height: `${height}px` }}
      >
        <div
          ref={plotRef}
          data-chart-plot=""
          aria-hidden="true"
          className="absolute"
          style={{
            left: `${margins.left}px`,
            right: `${margins.right}px`,
            top: `${margins.top}px`,
            height: `${plotHeight}px`,
          }}
        >
          <svg
            className="absolute inset-0 block h-full w-full"
            viewBox={`0 0 ${PLOT_UNITS} ${plotHeight}`}
            preserveAspectRatio="none"
            aria-hidden="true"
          >
            {bands.map((band) => {
              const left = Math.max(0, x(band.lower));
              const right = Math.min(PLOT_UNITS, x(band.upper));
              if (!(right > left)) return null;
              return (
                <rect
                  key={`${band.label}-${band.lower}`}
                  x={left}
                  y={0}
                  width={right - left}
                  height={plotHeight}
                  fill="var(--color-band)"
                  fillOpacity={0.35}
                />
              );
            })}
            <ChartGrid y={value.y} ticks={value.ticks} />
            <ChartSeriesPaths paths={paths} yZero={yZero} plotHeight={plotHeight} clipId={id} />
            <ChartMarkerLines markers={visibleMarkers} x={x} plotHeight={plotHeight} />
            {active >= 0 ? (
              <CrosshairLine at={activeFraction * PLOT_UNITS} plotHeight={plotHeight} />
            ) : null}
          </svg>
          <ChartAxisLabels
            x={x}
            y={value.y}
            xTickSets={xTickSets}
            yTicks={value.ticks}
            formatXTick={formatXTick}
            formatYTick={formatYTick}
            plotHeight={plotHeight}
          />
          <ChartMarkerLabels placed={placed} />
          {active >= 0 ? (
            <CrosshairDots
              series={series}
              index={active}
              fraction={activeFraction}
              y={value.y}
              plotHeight={plotHeight}
            />
          ) : null}
        </div>
      </div>
      <p aria-hidden="true" className="m-0 mt-1 text-center text-xs text-muted">
        {xLabel}
      </p>

      <p id={hintId} className="sr-only">
        Use the left and right arrow keys to move the crosshair along the price axis, Shift with an
        arrow for larger steps, Home and End for the ends. The table in the caption lists its key
        points.
      </p>

      <p aria-live="polite" className="m-0 mt-1 min-h-5 text-sm text-muted tabular-nums">
        {readout || (
          <>
            <span className="pointer-coarse:hidden">
              Hover over the chart or focus it and use the arrow keys to read values.
            </span>
            <span className="hidden pointer-coarse:inline">
              Tap or drag the chart to read the values at a price.
            </span>
          </>
        )}
      </p>

      <figcaption className="mt-1 text-xs text-muted">
        <ChartLegend series={series} bands={bands} markers={markers} />
        <ChartKeyPointsTable
          label={label}
          xLabel={xLabel}
          xs={xs}
          series={series}
          keyPoints={keyPoints}
          formatX={formatX}
          formatY={formatY}
        />
      </figcaption>
    </figure>
  );
}
