/**
 * Funnel arithmetic, kept free of the database so it can be tested on its own: turning counted
 * steps into per-page funnels with conversion rates, totals per kind of page, date ranges and the
 * daily series the chart draws.
 */

export type Step = 'view' | 'cta_click' | 'trial_view' | 'signup' | 'confirmed';
export const STEPS: readonly Step[] = ['view', 'cta_click', 'trial_view', 'signup', 'confirmed'];

export type SourceKind = 'article' | 'calculator' | 'term' | 'page' | 'direct';

export interface StepCount {
  source: string;
  step: Step;
  count: number;
}

export interface DayCount {
  day: string;
  step: Step;
  count: number;
}

export interface Counts {
  views: number;
  clicks: number;
  trialViews: number;
  signups: number;
  /** Sign-ups whose address was confirmed from the email (double opt-in). */
  confirmations: number;
}

export interface Rates {
  /** Call-to-action clicks per view. */
  clickRate: number | null;
  /** Trial-page views per click. */
  trialRate: number | null;
  /** Sign-ups per trial-page view. */
  signupRate: number | null;
  /** Sign-ups per view: the whole funnel. */
  overallRate: number | null;
  /** Confirmations per sign-up. */
  confirmRate: number | null;
}

export interface FunnelRow extends Counts, Rates {
  source: string;
  kind: SourceKind;
}

export interface DayPoint extends Counts {
  day: string;
}

const FIELD: Record<Step, keyof Counts> = {
  view: 'views',
  cta_click: 'clicks',
  trial_view: 'trialViews',
  signup: 'signups',
  confirmed: 'confirmations',
};

/** A ratio, or null when there is nothing to divide by (shown as "–", never as 0 % or ∞). */
export function rate(numerator: number, denominator: number): number | null {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || denominator <= 0) return null;
  return numerator / denominator;
}

export function ratesOf(c: Counts): Rates {
  return {
    clickRate: rate(c.clicks, c.views),
    trialRate: rate(c.trialViews, c.clicks),
    signupRate: rate(c.signups, c.trialViews),
    overallRate: rate(c.signups, c.views),
    confirmRate: rate(c.confirmations, c.signups),
  };
}

export function sourceKind(source: string): SourceKind {
  if (source.startsWith('ask/')) return 'article';
  if (source.startsWith('calculators/')) return 'calculator';
  if (source.startsWith('glossary/')) return 'term';
  if (source === 'direct') return 'direct';
  return 'page';
}

function emptyCounts(): Counts {
  return { views: 0, clicks: 0, trialViews: 0, signups: 0, confirmations: 0 };
}

/**
 * One row per source with its four counts and rates, most sign-ups first (then most views, then
 * by name so the order is stable).
 */
export function buildFunnel(counts: readonly StepCount[]): FunnelRow[] {
  const bySource = new Map<string, Counts>();
  for (const { source, step, count } of counts) {
    const row = bySource.get(source) ?? emptyCounts();
    row[FIELD[step]] += count;
    bySource.set(source, row);
  }
  return [...bySource.entries()]
    .map(([source, c]) => ({ source, kind: sourceKind(source), ...c, ...ratesOf(c) }))
    .sort(
      (a, b) =>
        b.signups - a.signups || b.views - a.views || a.source.localeCompare(b.source, 'en'),
    );
}

/** Sums rows (e.g. all articles) and recomputes the rates from the sums, not by averaging. */
export function totalOf(rows: readonly Counts[]): Counts & Rates {
  const sum = emptyCounts();
  for (const r of rows) {
    sum.views += r.views;
    sum.clicks += r.clicks;
    sum.trialViews += r.trialViews;
    sum.signups += r.signups;
    sum.confirmations += r.confirmations;
  }
  return { ...sum, ...ratesOf(sum) };
}

export interface DateRange {
  /** Inclusive, YYYY-MM-DD (UTC days). */
  from: string;
  to: string;
}

export const DEFAULT_RANGE_DAYS = 30;
export const MAX_RANGE_DAYS = 366;
const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function parseDay(value: unknown): Date | null {
  if (typeof value !== 'string' || !ISO_DAY.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || isoDay(date) !== value ? null : date;
}

/**
 * The range an editor asked for: missing or malformed ends fall back to the last 30 days up to
 * today, reversed ends are swapped, and a range longer than a year keeps its end and is cut to a
 * year.
 */
export function parseRange(from: unknown, to: unknown, today: Date = new Date()): DateRange {
  const todayDay = parseDay(isoDay(today)) as Date;
  let end = parseDay(to) ?? todayDay;
  let start = parseDay(from) ?? new Date(end.getTime() - (DEFAULT_RANGE_DAYS - 1) * DAY_MS);
  if (start > end) [start, end] = [end, start];
  const days = Math.round((end.getTime() - start.getTime()) / DAY_MS) + 1;
  if (days > MAX_RANGE_DAYS) start = new Date(end.getTime() - (MAX_RANGE_DAYS - 1) * DAY_MS);
  return { from: isoDay(start), to: isoDay(end) };
}

/** Every day of the range with its counts, zero where nothing happened, oldest first. */
export function dailySeries(counts: readonly DayCount[], range: DateRange): DayPoint[] {
  const byDay = new Map<string, Counts>();
  for (const { day, step, count } of counts) {
    const c = byDay.get(day) ?? emptyCounts();
    c[FIELD[step]] += count;
    byDay.set(day, c);
  }
  const start = parseDay(range.from);
  const end = parseDay(range.to);
  if (!start || !end) return [];
  const points: DayPoint[] = [];
  for (let t = start.getTime(); t <= end.getTime(); t += DAY_MS) {
    const day = isoDay(new Date(t));
    points.push({ day, ...(byDay.get(day) ?? emptyCounts()) });
  }
  return points;
}

/** "12.5 %" (one decimal under 10 %, none above), or "–" when there is no rate. */
export function formatRate(value: number | null): string {
  if (value === null) return '–';
  const pct = value * 100;
  const digits = pct > 0 && pct < 10 ? 1 : 0;
  return `${pct.toFixed(digits)} %`;
}
