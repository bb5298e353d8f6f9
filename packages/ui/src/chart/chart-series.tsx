import type { ScaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import { PLOT_UNITS } from './chart-layout';
import { type ChartSeries, seriesVariant } from './chart-types';

export interface SeriesPath {
  id: string;
  variant: NonNullable<ChartSeries['variant']>;
  line: string;
  area: string;
}

/** d3-shape paths of every series in plot units (x 0–PLOT_UNITS, y in pixels). */
export function seriesPaths(
  xs: readonly number[],
  series: readonly ChartSeries[],
  x: ScaleLinear<number, number>,
  y: ScaleLinear<number, number>,
  yZero: number,
): SeriesPath[] {
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
  return series.map((s) => {
    const variant = seriesVariant(s);
    return {
      id: s.id,
      variant,
      line: valueLine(s.values as number[]) ?? '',
      area: variant === 'pnl' || variant === 'area' ? (valueArea(s.values as number[]) ?? '') : '',
    };
  });
}

/** Strokes keep their width however far the plot's x axis is stretched. */
const FIXED = 'non-scaling-stroke';

/**
 * The curves: a P&L series green above zero and red below (the same path clipped twice), the
 * others as accent, dashed or filled lines.
 */
export function ChartSeriesPaths({
  paths,
  yZero,
  plotHeight,
  clipId,
}: {
  paths: readonly SeriesPath[];
  yZero: number;
  plotHeight: number;
  clipId: string;
}) {
  const profit = `${clipId}-profit`;
  const loss = `${clipId}-loss`;
  return (
    <>
      <defs>
        <clipPath id={profit}>
          <rect x={-10} y={-10} width={PLOT_UNITS + 20} height={Math.max(0, yZero + 10)} />
        </clipPath>
        <clipPath id={loss}>
          <rect
            x={-10}
            y={yZero}
            width={PLOT_UNITS + 20}
            height={Math.max(0, plotHeight - yZero + 10)}
          />
        </clipPath>
      </defs>
      {paths.map((path) =>
        path.variant === 'pnl' ? (
          <g key={path.id}>
            <path
              d={path.area}
              fill="var(--color-profit)"
              fillOpacity={0.2}
              clipPath={`url(#${profit})`}
            />
            <path
              d={path.area}
              fill="var(--color-loss)"
              fillOpacity={0.2}
              clipPath={`url(#${loss})`}
            />
            <path
              d={path.line}
              fill="none"
              stroke="var(--color-profit)"
              strokeWidth={2.25}
              vectorEffect={FIXED}
              clipPath={`url(#${profit})`}
            />
            <path
              d={path.line}
              fill="none"
              stroke="var(--color-loss)"
              strokeWidth={2.25}
              vectorEffect={FIXED}
              clipPath={`url(#${loss})`}
            />
          </g>
        ) : path.variant === 'area' ? (
          <g key={path.id}>
            <path d={path.area} fill="var(--color-accent)" fillOpacity={0.15} />
            <path
              d={path.line}
              fill="none"
              stroke="var(--color-accent)"
              strokeWidth={2}
              vectorEffect={FIXED}
            />
          </g>
        ) : (
          <path
            key={path.id}
            d={path.line}
            fill="none"
            stroke={path.variant === 'line' ? 'var(--color-accent)' : 'var(--color-muted)'}
            strokeWidth={path.variant === 'line' ? 2 : 1.75}
            strokeDasharray={path.variant === 'dashed' ? '5 4' : undefined}
            vectorEffect={FIXED}
          />
        ),
      )}
    </>
  );
}
