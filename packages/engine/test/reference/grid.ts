import type { BsmInput } from './decimal-math.ts';

/**
 * The accuracy grid: moneyness K/S from 0.3 to 3, 1 day to 3 years, volatility 5 % to 200 %,
 * negative and positive rates with and without dividend yields, calls and puts.
 */
export function accuracyGrid(): BsmInput[] {
  const days = [1, 7, 30, 91, 365, 1095];
  const vols = [0.05, 0.12, 0.3, 0.7, 1.2, 2];
  const moneyness = [0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 1, 1.01, 1.05, 1.1, 1.25, 1.5, 2, 3];
  const carry: [number, number][] = [
    [0.05, 0],
    [-0.01, 0.02],
    [0.1, 0.04],
    [0, 0],
    [0.03, -0.01],
  ];
  const out: BsmInput[] = [];
  for (const d of days)
    for (const volatility of vols)
      for (const m of moneyness)
        for (const [rate, dividendYield] of carry)
          for (const type of ['call', 'put'] as const)
            out.push({
              type,
              spot: 100,
              strike: 100 * m,
              time: d / 365,
              rate,
              dividendYield,
              volatility,
            });
  return out;
}
