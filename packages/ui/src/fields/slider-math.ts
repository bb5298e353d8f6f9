/** Helpers that keep a range slider in step with a free-text number field. */

/** Digits after the point in a step like 0.05 (→ 2) or 5 (→ 0). */
export function decimalsOf(step: number): number {
  if (!Number.isFinite(step) || Number.isInteger(step)) return 0;
  const text = String(step);
  const exponent = text.match(/e-(\d+)$/);
  if (exponent) return Number(exponent[1]);
  return text.split('.')[1]?.length ?? 0;
}

/**
 * The slider position for a field text: the parsed number clamped to [min, max], or the middle
 * of the range while the text is not a number.
 */
export function sliderPosition(text: string, min: number, max: number): number {
  const value = Number(text.replace(/[,\s_]/g, ''));
  if (text.trim() === '' || !Number.isFinite(value)) return (min + max) / 2;
  return Math.min(max, Math.max(min, value));
}
