/**
 * Text for the one-line formula readouts ("NPV = −1,000 + 300 ÷ 1.08 + … = +19.71"): the
 * reader's numbers substituted into the formula, in the site's number style (thousands
 * separators, a true minus sign, no float noise). Formatting only; every result comes from
 * @vixshield/engine.
 */
import { formatPrice, MINUS, NOT_AVAILABLE } from '../lib/format';

const SUPERSCRIPT_DIGITS = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

/** A whole number as superscript digits: 12 → "¹²". */
export function superscript(n: number): string {
  if (!Number.isInteger(n) || n < 0) return `^${n}`;
  return [...String(n)].map((digit) => SUPERSCRIPT_DIGITS[Number(digit)] ?? digit).join('');
}

/** An amount as typed, with separators and up to `decimals` digits: -1000 → "−1,000". */
export function amountText(value: number, decimals = 2): string {
  return formatPrice(value, { decimals });
}

/** A fraction as a percentage with up to `decimals` digits, zeros dropped: 0.07896 → "7.896%". */
export function percentText(fraction: number, decimals = 3): string {
  if (!Number.isFinite(fraction)) return NOT_AVAILABLE;
  return `${formatPrice(fraction * 100, { decimals })}%`;
}

export interface SignedTerm {
  /** The term's value; only its sign is used. */
  value: number;
  /** The term without its sign, e.g. "300 ÷ 1.08²". */
  text: string;
}

/** Joins terms into a sum with proper signs: [−1,000, 300 ÷ 1.08] → "−1,000 + 300 ÷ 1.08". */
export function joinSigned(terms: readonly SignedTerm[]): string {
  return terms
    .map((term, index) => {
      const negative = term.value < 0;
      if (index === 0) return negative ? `${MINUS}${term.text}` : term.text;
      return `${negative ? MINUS : '+'} ${term.text}`;
    })
    .join(' ');
}

/** Most terms a discounting readout spells out before it elides the middle with "…". */
export const MAX_READOUT_TERMS = 6;

/**
 * The sum Σ C_t ÷ base^t spelled out for periodic cash flows: t = 0 undiscounted, t = 1 without
 * an exponent. Long lists keep their first four and last term: "… + 500 ÷ 1.08¹²".
 */
export function discountedSum(cashFlows: readonly number[], base: string): string {
  const terms: SignedTerm[] = cashFlows.map((flow, t) => {
    const amount = amountText(Math.abs(flow));
    if (t === 0) return { value: flow, text: amount };
    return { value: flow, text: `${amount} ÷ ${base}${t === 1 ? '' : superscript(t)}` };
  });
  if (terms.length <= MAX_READOUT_TERMS) return joinSigned(terms);
  const head = joinSigned(terms.slice(0, 4));
  const last = terms[terms.length - 1]!;
  return `${head} + … ${last.value < 0 ? MINUS : '+'} ${last.text}`;
}

/**
 * 1 + r as the base of a discount factor: a typed rate keeps its own digits (0.07896 →
 * "1.07896"); a solved rate is shown with a fixed number of digits (`fixed` 4: "1.0890").
 */
export function growthBase(rate: number, options: { fixed?: number } = {}): string {
  if (!Number.isFinite(rate)) return NOT_AVAILABLE;
  const { fixed } = options;
  return formatPrice(1 + rate, fixed ? { decimals: fixed, minDecimals: fixed } : { decimals: 6 });
}

/** Wraps an operand in parentheses when it is negative, so "× (−0.5)" never reads "× −0.5". */
export function operand(text: string, value: number): string {
  return value < 0 && text.startsWith(MINUS) ? `(${text})` : text;
}

/** A percentage operand: 0.04 → "4%", −0.01 → "(−1%)". */
export function percentOperand(fraction: number, decimals = 3): string {
  return operand(percentText(fraction, decimals), fraction);
}

/** A plain-number operand: 1.2 → "1.2", −0.5 → "(−0.5)". */
export function amountOperand(value: number, decimals = 2): string {
  return operand(amountText(value, decimals), value);
}
