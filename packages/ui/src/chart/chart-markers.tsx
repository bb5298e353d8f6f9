import type { ScaleLinear } from 'd3-scale';
import { cn } from '../lib/cn';
import { MARKER_ROW_PX, type PlacedLabel, percent } from './chart-layout';
import type { ChartMarker, ChartSeries } from './chart-types';
import { seriesVariant } from './chart-types';

function markerStroke(kind: ChartMarker['kind']) {
  return {
    stroke: kind === 'spot' ? 'var(--color-accent)' : 'var(--color-fg)',
    strokeOpacity: kind === 'strike' ? 0.3 : 0.7,
    strokeWidth: kind === 'spot' ? 1.5 : 1,
    strokeDasharray: kind === 'breakeven' ? '2 3' : kind === 'strike' ? '1 3' : undefined,
  };
}

/** The vertical lines of break-evens, the current price and strikes (inside the plot's SVG). */
export function ChartMarkerLines({
  markers,
  x,
  plotHeight,
}: {
  markers: readonly ChartMarker[];
  x: ScaleLinear<number, number>;
  plotHeight: number;
}) {
  return (
    <g>
      {markers.map((marker) => {
        const at = x(marker.x);
        return (
          <line
            key={`${marker.kind}-${marker.x}`}
            x1={at}
            x2={at}
            y1={0}
            y2={plotHeight}
            vectorEffect="non-scaling-stroke"
            {...markerStroke(marker.kind)}
          />
        );
      })}
    </g>
  );
}

/**
 * The markers' short labels above the plot, HTML at the chart's text size, each on the row
 * `placeMarkerLabels` gave it so that none overlaps another.
 */
export function ChartMarkerLabels({
  placed,
}: {
  placed: readonly PlacedLabel<{ marker: ChartMarker; text: string }>[];
}) {
  return (
    <>
      {placed.map(({ item, fraction, row, align }) => (
        <span
          key={`label-${item.marker.kind}-${item.marker.x}`}
          data-chart-label="marker"
          className={cn(
            'absolute whitespace-nowrap font-medium leading-none',
            align === 'middle' && '-translate-x-1/2',
            align === 'end' && '-translate-x-full',
            item.marker.kind === 'spot' ? 'text-[var(--color-accent)]' : 'text-fg',
          )}
          style={{ left: percent(fraction), bottom: `${4 + row * MARKER_ROW_PX}px` }}
        >
          {item.text}
        </span>
      ))}
    </>
  );
}

/** The crosshair's line (inside the plot's SVG). */
export function CrosshairLine({ at, plotHeight }: { at: number; plotHeight: number }) {
  return (
    <line
      x1={at}
      x2={at}
      y1={0}
      y2={plotHeight}
      stroke="var(--color-fg)"
      strokeWidth={1}
      vectorEffect="non-scaling-stroke"
      pointerEvents="none"
    />
  );
}

/**
 * The crosshair's dots, one per series at the active sample: HTML circles so that the plot's
 * stretched x axis does not squash them into ellipses.
 */
export function CrosshairDots({
  series,
  index,
  fraction,
  y,
  plotHeight,
}: {
  series: readonly ChartSeries[];
  index: number;
  fraction: number;
  y: ScaleLinear<number, number>;
  plotHeight: number;
}) {
  return (
    <>
      {series.map((s) => {
        const value = s.values[index];
        if (value === undefined || !Number.isFinite(value)) return null;
        const cy = y(value);
        if (cy < -2 || cy > plotHeight + 2) return null;
        const colour =
          seriesVariant(s) === 'pnl'
            ? value >= 0
              ? 'var(--color-profit)'
              : 'var(--color-loss)'
            : 'var(--color-accent)';
        return (
          <span
            key={s.id}
            aria-hidden="true"
            className="pointer-events-none absolute size-[10px] -translate-x-1/2 -translate-y-1/2 rounded-full border-2 bg-surface"
            style={{ left: percent(fraction), top: `${cy.toFixed(2)}px`, borderColor: colour }}
          />
        );
      })}
    </>
  );
}
