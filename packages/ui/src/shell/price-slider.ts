import { roundTo, strikeStep } from '../lib/fields';

/**
 * The slider range of a price or strike field: ±30 % around the calculator's initial price, on
 * the usual strike increment. It stays fixed around the initial price (not the current one) so
 * the thumb does not jump while the reader drags it.
 */
export function priceSlider(initialSpotText: string): { min: number; max: number; step: number } {
  const spot = Number(initialSpotText) || 6000;
  const step = strikeStep(spot);
  return { min: roundTo(spot * 0.7, step), max: roundTo(spot * 1.3, step), step };
}

/** Slider ranges shared by several calculators. */
export const SLIDERS = {
  volatility: { min: 5, max: 80, step: 0.5 },
  rate: { min: 0, max: 10, step: 0.05 },
  daysToYear: { min: 1, max: 365, step: 1 },
} as const;
