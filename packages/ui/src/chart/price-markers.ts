import type { ChartMarker } from './chart-types';

/**
 * The markers of a price chart: the current price, each break-even and each strike (strikes
 * shared by several legs drawn once).
 */
export function priceMarkers({
  spot,
  breakevens = [],
  strikes = [],
}: {
  spot: number;
  breakevens?: readonly number[];
  strikes?: readonly number[];
}): ChartMarker[] {
  return [
    { x: spot, label: 'Current price', kind: 'spot' },
    ...breakevens.map((x) => ({ x, label: 'Break-even', kind: 'breakeven' as const })),
    ...[...new Set(strikes)].map((x) => ({ x, label: 'Strike', kind: 'strike' as const })),
  ];
}
