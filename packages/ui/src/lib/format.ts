/**
 * Number formatting for every figure a calculator shows. One rule holds throughout: nothing
 * here ever returns "NaN" or "Infinity". An unbounded amount reads "Unlimited", a value that
 * cannot be computed reads "—". Locale is fixed (en-US) so the server's HTML equals the
 * browser's first render.
 */

/** Typographic minus sign (U+2212), wider and clearer than a hyphen in tables. */
export const MINUS = '\u2212';
/** Shown where a figure cannot be computed. */
export const NOT_AVAILABLE = '—';
/** Shown for an unbounded profit or loss. */
export const UNLIMITED = 'Unlimited';

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(minimumFractionDigits: number, maximumFractionDigits: number) {
  const key = `${minimumFractionDigits}:${maximumFractionDigits}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { minimumFractionDigits, maximumFractionDigits });
    cache.set(key, format);
  }
  return format;
}

/**
 * A whole number with en-US thousands separators, as `Intl.NumberFormat` writes it (tested
 * against it): a P&L table writes 1,200 of them per edit, several times faster than Intl.
 */
function groupedWhole(n: number): string {
  const digits = String(n);
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}

/** `abs` (≥ 0) with `decimals` digits after the point, en-US. */
function formatAbs(abs: number, decimals: number): string {
  // Math.round of a non-negative double rounds half away from zero, as Intl does
  if (decimals === 0 && abs < 1e15) return groupedWhole(Math.round(abs));
  return numberFormat(decimals, decimals).format(abs);
}

function signed(text: string, negative: boolean, plus: boolean): string {
  if (negative) return `${MINUS}${text}`;
  return plus ? `+${text}` : text;
}

/** Rounds away float noise so that −0.004 does not print as "−0.00". */
function isNegativeAfterRounding(value: number, decimals: number): boolean {
  const factor = 10 ** decimals;
  return Math.round(Math.abs(value) * factor) !== 0 && value < 0;
}

export interface MoneyOptions {
  /** Digits after the point, default 0 for amounts of 1,000 or more, else 2. */
  decimals?: number;
  /** Prefix positive amounts with "+" (for P&L), default false. */
  plus?: boolean;
}

/** Dollars: `formatMoney(-1234.5)` → "−$1,235"; `formatMoney(Infinity)` → "Unlimited". */
export function formatMoney(value: number, options: MoneyOptions = {}): string {
  if (Number.isNaN(value)) return NOT_AVAILABLE;
  if (!Number.isFinite(value)) return UNLIMITED;
  const decimals = options.decimals ?? (Math.abs(value) >= 1000 ? 0 : 2);
  const text = `$${formatAbs(Math.abs(value), decimals)}`;
  return signed(text, isNegativeAfterRounding(value, decimals), options.plus === true && value > 0);
}

/** Compact dollars for chart axes: 1500 → "$1.5k", −2_000_000 → "−$2M". */
export function formatMoneyCompact(value: number): string {
  if (Number.isNaN(value)) return NOT_AVAILABLE;
  if (!Number.isFinite(value)) return UNLIMITED;
  const abs = Math.abs(value);
  let text: string;
  if (abs >= 1e9) text = `${numberFormat(0, 1).format(abs / 1e9)}B`;
  else if (abs >= 1e6) text = `${numberFormat(0, 1).format(abs / 1e6)}M`;
  else if (abs >= 1e3) text = `${numberFormat(0, 1).format(abs / 1e3)}k`;
  else text = numberFormat(0, abs < 10 ? 2 : 0).format(abs);
  const negative = value < 0 && text !== '0';
  return signed(`$${text}`, negative, false);
}

export interface PriceOptions {
  /** Maximum digits after the point, default 2 (trailing zeros dropped). */
  decimals?: number;
  /** Minimum digits after the point, default 0. */
  minDecimals?: number;
}

/** An index level or strike: 6000 → "6,000", 5987.254 → "5,987.25". */
export function formatPrice(value: number, options: PriceOptions = {}): string {
  if (Number.isNaN(value)) return NOT_AVAILABLE;
  if (!Number.isFinite(value)) return UNLIMITED;
  const max = options.decimals ?? 2;
  const min = Math.min(options.minDecimals ?? 0, max);
  const text = numberFormat(min, max).format(Math.abs(value));
  return signed(text, isNegativeAfterRounding(value, max), false);
}

/**
 * An index level or a distance in index points, quoted like a price with exactly two
 * decimals: 5637.5 → "5,637.50", 337.0796 → "337.08". Break-evens, expected moves and their
 * bands all use it, so a figure reads the same in every calculator.
 */
export function formatLevel(value: number): string {
  return formatPrice(value, { decimals: 2, minDecimals: 2 });
}

/** A premium per share, always with cents: 12.5 → "12.50". */
export function formatPremium(value: number): string {
  return formatPrice(value, { decimals: 2, minDecimals: 2 });
}

export interface PercentOptions {
  decimals?: number;
  plus?: boolean;
}

/** A fraction as a percentage: 0.1234 → "12.3%". */
export function formatPercent(fraction: number, options: PercentOptions = {}): string {
  if (Number.isNaN(fraction)) return NOT_AVAILABLE;
  if (!Number.isFinite(fraction)) return UNLIMITED;
  const decimals = options.decimals ?? 1;
  const percent = fraction * 100;
  const text = `${numberFormat(decimals, decimals).format(Math.abs(percent))}%`;
  return signed(
    text,
    isNegativeAfterRounding(percent, decimals),
    options.plus === true && percent > 0,
  );
}

/** A plain number with a fixed number of decimals: formatNumber(1.23456, 3) → "1.235". */
export function formatNumber(
  value: number,
  decimals = 2,
  options: { plus?: boolean } = {},
): string {
  if (Number.isNaN(value)) return NOT_AVAILABLE;
  if (!Number.isFinite(value)) return UNLIMITED;
  const text = formatAbs(Math.abs(value), decimals);
  return signed(text, isNegativeAfterRounding(value, decimals), options.plus === true && value > 0);
}

/** Standard deviations: 1.234 → "1.23 SD". */
export function formatSd(value: number): string {
  if (!Number.isFinite(value)) return NOT_AVAILABLE;
  return `${formatNumber(value, 2)} SD`;
}

/** A count of contracts, rounded down to a whole number for display where asked. */
export function formatCount(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return NOT_AVAILABLE;
  return formatNumber(value, decimals);
}

/**
 * Turns a model number into the text a number field starts with: no exponent, no float
 * noise (0.16 * 100 → "16", not "16.000000000000004").
 */
export function toFieldText(value: number, maxDecimals = 6): string {
  if (!Number.isFinite(value)) return '';
  const rounded = Number(value.toFixed(maxDecimals));
  return Object.is(rounded, -0) ? '0' : String(rounded);
}
