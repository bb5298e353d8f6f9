import { type ChartBand, type ChartMarker, type ChartSeries, markerLegend } from './chart-types';

/** What each line, band and marker tag means: one entry each, under the chart. */
export function ChartLegend({
  series,
  bands,
  markers,
}: {
  series: readonly ChartSeries[];
  bands: readonly ChartBand[];
  markers: readonly ChartMarker[];
}) {
  return (
    <span className="flex flex-wrap gap-x-4 gap-y-1">
      {series.map((s) => (
        <span key={s.id} className="inline-flex items-center gap-1.5">
          <svg width="18" height="8" aria-hidden="true" className="shrink-0">
            {(s.variant ?? 'pnl') === 'pnl' ? (
              <>
                <line x1="0" x2="9" y1="4" y2="4" stroke="var(--color-profit)" strokeWidth="2.5" />
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
    </span>
  );
}
