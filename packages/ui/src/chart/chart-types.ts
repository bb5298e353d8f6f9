/** The shapes a payoff chart is described with (shared by its parts and the calculators). */

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

export function seriesVariant(series: ChartSeries): NonNullable<ChartSeries['variant']> {
  return series.variant ?? 'pnl';
}

/** The short text above a marker's line: its tag, "Now" for spot, "BE" for a break-even. */
export function markerTag(marker: ChartMarker): string {
  if (marker.tag !== undefined) return marker.tag;
  if (marker.kind === 'spot') return 'Now';
  return marker.kind === 'breakeven' ? 'BE' : '';
}

/** "Now = current price", "BE = break-even", "Shock = sizing shock": one entry per tag. */
export function markerLegend(markers: readonly ChartMarker[]): string[] {
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
