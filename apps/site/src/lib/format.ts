/*
 * Dates and counts as the site prints them (en-US, dates in UTC so the server and the browser
 * agree). Written out rather than with `Intl`: these run in client components at load, and a
 * browser's first `Intl.DateTimeFormat` with a time zone loads ICU's zone data, 27–38 ms of main
 * thread on this machine (4× that on Lighthouse's phone) before the page can respond. The output
 * is tested to equal Intl's for en-US (test/format.test.ts).
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

function utcParts(date: string | Date): { year: number; month: string; day: number } {
  const d = typeof date === 'string' ? new Date(date) : date;
  return { year: d.getUTCFullYear(), month: MONTHS[d.getUTCMonth()] ?? '', day: d.getUTCDate() };
}

/** "November 10, 2026" for an ISO date or a Date, in UTC. */
export function formatDate(date: string | Date): string {
  const { year, month, day } = utcParts(date);
  return `${month} ${day}, ${year}`;
}

/** "Nov 10, 2026", or "Nov 10" without the year, in UTC. */
export function formatShortDate(date: string | Date, options: { year?: boolean } = {}): string {
  const { year, month, day } = utcParts(date);
  const short = `${month.slice(0, 3)} ${day}`;
  return options.year === false ? short : `${short}, ${year}`;
}

/**
 * A count with thousands separators (12345 → "12,345"): the calculators' own formatter, which
 * groups whole numbers itself rather than through `Intl`.
 */
export { formatCount } from '@vixshield/ui/format';

/** "2026-11-10 14:05" (UTC, to the minute), for the admin's tables; empty for no date. */
export function formatUtcMinute(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 16).replace('T', ' ') : '';
}
