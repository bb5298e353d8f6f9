import { interpolate } from './chart-math';
import type { ChartKeyPoint, ChartSeries } from './chart-types';

/**
 * The chart's text alternative: a visually hidden table of its key points (strikes,
 * break-evens, band edges, the current price) with every series' value there. It is rendered
 * inside the figure's caption, where a table is valid HTML; a table ignores `width: 1px`, so the
 * visually hidden wrapper is a span-like block around it.
 */
export function ChartKeyPointsTable({
  label,
  xLabel,
  xs,
  series,
  keyPoints,
  formatX,
  formatY,
}: {
  label: string;
  xLabel: string;
  xs: readonly number[];
  series: readonly ChartSeries[];
  keyPoints: readonly ChartKeyPoint[];
  formatX: (x: number) => string;
  formatY: (y: number) => string;
}) {
  if (keyPoints.length === 0) return null;
  return (
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
  );
}
