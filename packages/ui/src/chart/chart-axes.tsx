import type { ScaleLinear } from 'd3-scale';
import { cn } from '../lib/cn';
import { fractionOf, PLOT_UNITS, percent } from './chart-layout';

/** Horizontal grid lines at the y ticks (inside the plot's SVG); zero drawn stronger. */
export function ChartGrid({
  y,
  ticks,
}: {
  y: ScaleLinear<number, number>;
  ticks: readonly number[];
}) {
  return (
    <g>
      {ticks.map((tick) => (
        <line
          key={`y${tick}`}
          x1={0}
          x2={PLOT_UNITS}
          y1={y(tick)}
          y2={y(tick)}
          stroke={tick === 0 ? 'var(--color-muted)' : 'var(--color-grid)'}
          strokeWidth={tick === 0 ? 1.25 : 1}
          vectorEffect="non-scaling-stroke"
        />
      ))}
    </g>
  );
}

export interface XTickSet {
  ticks: readonly number[];
  /** Tailwind classes that show this set only at some container widths (server HTML). */
  className?: string;
}

/**
 * The axes' text as HTML over the plot box, so it is drawn at its CSS size at any width: y tick
 * labels left of the plot, x tick labels (with their tick marks) under it.
 */
export function ChartAxisLabels({
  x,
  y,
  xTickSets,
  yTicks,
  formatXTick,
  formatYTick,
  plotHeight,
}: {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  xTickSets: readonly XTickSet[];
  yTicks: readonly number[];
  formatXTick: (x: number) => string;
  formatYTick: (y: number) => string;
  plotHeight: number;
}) {
  return (
    <>
      {yTicks.map((tick) => (
        <span
          key={`y${tick}`}
          data-chart-label="y"
          className="absolute right-[calc(100%+6px)] -translate-y-1/2 whitespace-nowrap leading-none"
          style={{ top: `${y(tick).toFixed(2)}px` }}
        >
          {formatYTick(tick)}
        </span>
      ))}
      {xTickSets.map((set) => (
        <div key={set.className ?? 'all'} className={cn('contents', set.className)}>
          {set.ticks.map((tick) => {
            const fraction = fractionOf(x, tick);
            return (
              <span
                key={`x${tick}`}
                data-chart-label="x"
                className="absolute flex -translate-x-1/2 flex-col items-center whitespace-nowrap leading-none"
                style={{ left: percent(fraction), top: `${plotHeight}px` }}
              >
                <span aria-hidden="true" className="block h-[5px] w-px bg-[var(--color-muted)]" />
                <span className="mt-1">{formatXTick(tick)}</span>
              </span>
            );
          })}
        </div>
      ))}
    </>
  );
}
