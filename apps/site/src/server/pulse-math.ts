/**
 * Community Pulse arithmetic, free of the database so it is tested on its own: daily view counts
 * folded into weeks, the recent-against-earlier comparison, and the rule that decides when there
 * is too little reader activity to say anything about it.
 */

/** Reader questions are counted over this many days. */
export const QUESTION_WINDOW_DAYS = 90;
/** Views are shown as this many whole weeks (91 days), the latest week ending today. */
export const VIEW_WEEKS = 13;
/** The trend compares the latest this-many weeks with the same number of weeks before them. */
export const TREND_WEEKS = 4;
/**
 * Fewer views than this in the two compared periods together and no trend is stated: with a
 * handful of views a single visitor more or less swings the ratio by tens of percent.
 */
export const MIN_TREND_VIEWS = 20;
/**
 * A change smaller than a quarter either way is called steady. Week-to-week noise on pages read a
 * few dozen times a month is of that order, so a smaller change says nothing about readers.
 */
export const TREND_CHANGE = 0.25;
/** Below this many views in the shown weeks (and with no reader questions) the pulse is "thin". */
export const MIN_PULSE_VIEWS = 10;

const DAY_MS = 86_400_000;

export interface DayViews {
  /** UTC day, YYYY-MM-DD. */
  day: string;
  views: number;
}

export interface WeekViews {
  /** First and last UTC day of the week, inclusive. */
  from: string;
  to: string;
  views: number;
}

export type TrendDirection = 'up' | 'down' | 'steady' | 'too-few';

export interface ViewTrend {
  /** Views in the latest TREND_WEEKS weeks. */
  recent: number;
  /** Views in the TREND_WEEKS weeks before those. */
  earlier: number;
  direction: TrendDirection;
}

function dayNumber(day: string): number {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

function dayString(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** The first UTC day of the shown weeks, for the query that reads the views. */
export function firstViewDay(today: string, weeks = VIEW_WEEKS): string {
  return dayString(dayNumber(today) - weeks * 7 + 1);
}

/**
 * Daily counts folded into `weeks` rolling seven-day weeks ending on `today` (oldest first), so
 * the latest week is always a whole one. Days outside the weeks are ignored; a week with no views
 * is there with 0.
 */
export function weeklyViews(
  days: readonly DayViews[],
  today: string,
  weeks = VIEW_WEEKS,
): WeekViews[] {
  const last = dayNumber(today);
  const first = last - weeks * 7 + 1;
  const result: WeekViews[] = Array.from({ length: weeks }, (_, i) => ({
    from: dayString(first + i * 7),
    to: dayString(first + i * 7 + 6),
    views: 0,
  }));
  for (const { day, views } of days) {
    const n = dayNumber(day);
    if (!Number.isFinite(n) || n < first || n > last) continue;
    const week = result[Math.floor((n - first) / 7)];
    if (week) week.views += views;
  }
  return result;
}

/**
 * The latest TREND_WEEKS weeks against the TREND_WEEKS before them: "up" or "down" when the
 * change is at least TREND_CHANGE of the earlier figure, "steady" otherwise, and "too-few" when the
 * two periods together hold fewer than MIN_TREND_VIEWS views (or there are not enough weeks).
 */
export function viewTrend(weeks: readonly WeekViews[], span = TREND_WEEKS): ViewTrend {
  const sum = (list: readonly WeekViews[]) => list.reduce((total, w) => total + w.views, 0);
  const recent = sum(weeks.slice(-span));
  const earlier = sum(weeks.slice(-2 * span, -span));
  if (weeks.length < 2 * span || recent + earlier < MIN_TREND_VIEWS)
    return { recent, earlier, direction: 'too-few' };
  if (earlier === 0) return { recent, earlier, direction: 'up' };
  const change = (recent - earlier) / earlier;
  const direction = change >= TREND_CHANGE ? 'up' : change <= -TREND_CHANGE ? 'down' : 'steady';
  return { recent, earlier, direction };
}

export interface PulseActivity {
  viewsShown: number;
  questionsOnArticle: number;
  questionsInCategory: number;
  answeredInCategory: number;
}

/**
 * Too little reader activity to describe: fewer than MIN_PULSE_VIEWS views in the shown weeks and
 * no reader question on the topic, asked in the window or answered at any time. One question is
 * enough to report, since it is a fact about readers rather than a rate.
 */
export function isThin(activity: PulseActivity): boolean {
  return (
    activity.viewsShown < MIN_PULSE_VIEWS &&
    activity.questionsOnArticle === 0 &&
    activity.questionsInCategory === 0 &&
    activity.answeredInCategory === 0
  );
}

/** What GET /api/pulse answers and the Community Pulse section shows. */
export interface CommunityPulse {
  article: string;
  category: { slug: string; name: string };
  /** The UTC day the figures run to. */
  asOf: string;
  questions: {
    windowDays: number;
    /** Asked from this answer, or answered by it, in the window (spam excluded). */
    onArticle: number;
    /** The same for any answer in the category, this one included. */
    inCategory: number;
  };
  /** The latest reader questions answered by an answer in the category, newest first. */
  answered: {
    id: string;
    question: string;
    name: string | null;
    answeredAt: string | null;
    answer: { slug: string; title: string; url: string };
  }[];
  views: { weeks: WeekViews[]; total: number; trend: ViewTrend };
  thin: boolean;
}
