import type { DayPoint } from '@/server/funnel-math';

const SERIES = [
  { key: 'views', label: 'Views', className: 'fill-accent' },
  { key: 'clicks', label: 'Call-to-action clicks', className: 'fill-accent-strong' },
  { key: 'trialViews', label: 'Trial page views', className: 'fill-muted' },
  { key: 'signups', label: 'Sign-ups', className: 'fill-profit' },
] as const;

const WIDTH = 640;
const HEIGHT = 90;
const GAP = 1;

/**
 * The funnel over the chosen days: one small bar chart per step, each on its own scale (views
 * outnumber sign-ups by orders of magnitude), drawn as SVG on the server. Each bar has a tooltip
 * and the figures are also in the tables beside it.
 */
export function AdminFunnelChart({ daily }: { daily: DayPoint[] }) {
  const n = Math.max(daily.length, 1);
  const band = WIDTH / n;
  return (
    <div className="grid gap-4 md:grid-cols-2" data-testid="funnel-chart">
      {SERIES.map((series) => {
        const values = daily.map((d) => d[series.key]);
        const max = Math.max(1, ...values);
        const total = values.reduce((a, b) => a + b, 0);
        const first = daily[0]?.day ?? '';
        const last = daily[daily.length - 1]?.day ?? '';
        return (
          <figure key={series.key} className="rounded-lg border border-border bg-surface p-3">
            <figcaption className="flex justify-between text-sm">
              <span className="font-medium">{series.label}</span>
              <span className="text-muted">
                {total} in total · peak {Math.max(0, ...values)} a day
              </span>
            </figcaption>
            <svg
              viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
              className="mt-2 h-24 w-full"
              preserveAspectRatio="none"
              role="img"
              aria-label={`${series.label} per day from ${first} to ${last}: ${total} in total`}
            >
              <line
                x1="0"
                x2={WIDTH}
                y1={HEIGHT - 0.5}
                y2={HEIGHT - 0.5}
                className="stroke-grid"
                strokeWidth="1"
              />
              {daily.map((d, i) => {
                const value = d[series.key];
                const h = value === 0 ? 0 : Math.max(2, (value / max) * (HEIGHT - 4));
                return (
                  <rect
                    key={d.day}
                    x={i * band + GAP / 2}
                    y={HEIGHT - h}
                    width={Math.max(band - GAP, 0.5)}
                    height={h}
                    className={series.className}
                  >
                    <title>{`${d.day}: ${value}`}</title>
                  </rect>
                );
              })}
            </svg>
            <div className="mt-1 flex justify-between text-xs text-muted">
              <span>{first}</span>
              <span>{last}</span>
            </div>
          </figure>
        );
      })}
    </div>
  );
}
