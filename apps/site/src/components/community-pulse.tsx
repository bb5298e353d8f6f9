'use client';

import { useEffect, useRef, useState } from 'react';
import { Link } from '@/components/link';
import { formatCount, formatDate, formatShortDate } from '@/lib/format';
import { useNearViewport } from '@/lib/use-near-viewport';
import {
  MIN_PULSE_VIEWS,
  type CommunityPulse as Pulse,
  TREND_WEEKS,
  type TrendDirection,
  type WeekViews,
} from '@/server/pulse-math';

type State = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; pulse: Pulse };

function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/**
 * "Community Pulse": what readers of this site did with the answer and its topic, from the site's
 * own records (GET /api/pulse), never a summary of opinion. The page stays static: the figures are
 * fetched once it has loaded, and where there is little activity the section says so.
 */
export function CommunityPulse({
  articleSlug,
  askAnchor,
}: {
  articleSlug: string;
  /** Fragment of the page's question box, offered when there is nothing to show yet. */
  askAnchor: string;
}) {
  const [state, setState] = useState<State>({ kind: 'loading' });

  const section = useRef<HTMLElement>(null);
  const near = useNearViewport(section);

  useEffect(() => {
    // Read when the reader scrolls within a screen of it, not as the page loads.
    if (!near) return;
    let cancelled = false;
    fetch(`/api/pulse?article=${encodeURIComponent(articleSlug)}`)
      .then((response) => (response.ok ? (response.json() as Promise<Pulse>) : null))
      .then((pulse) => {
        if (!cancelled) setState(pulse ? { kind: 'ready', pulse } : { kind: 'failed' });
      })
      .catch(() => {
        if (!cancelled) setState({ kind: 'failed' });
      });
    return () => {
      cancelled = true;
    };
  }, [articleSlug, near]);

  return (
    <section
      ref={section}
      aria-labelledby="community-pulse-heading"
      aria-busy={state.kind === 'loading'}
      className="rounded-lg border border-border bg-surface p-5"
      data-testid="community-pulse"
      data-state={state.kind}
    >
      <h2 id="community-pulse-heading" className="text-base font-semibold">
        Community Pulse
      </h2>
      <p className="mt-1 text-sm text-muted">
        What readers of this site did with this answer and its topic, counted from our own records.
      </p>
      {state.kind === 'loading' ? (
        <p className="mt-3 text-sm text-muted">Loading reader activity…</p>
      ) : state.kind === 'failed' ? (
        <p className="mt-3 text-sm">Reader activity could not be loaded just now.</p>
      ) : state.pulse.thin ? (
        <ThinPulse pulse={state.pulse} askAnchor={askAnchor} />
      ) : (
        <PulseFigures pulse={state.pulse} />
      )}
    </section>
  );
}

function ThinPulse({ pulse, askAnchor }: { pulse: Pulse; askAnchor: string }) {
  return (
    <p className="mt-3 text-sm leading-relaxed" data-testid="pulse-thin">
      Not enough reader activity yet to take this answer’s pulse:{' '}
      {pulse.views.total === 0 ? 'no views' : plural(pulse.views.total, 'view', 'views')} in the
      last {pulse.views.weeks.length} weeks and no reader questions on {pulse.category.name} in the
      last {pulse.questions.windowDays} days.{' '}
      <a href={`#${askAnchor}`} className="font-semibold text-accent underline underline-offset-2">
        Ask a question
      </a>{' '}
      and it counts here.
    </p>
  );
}

function PulseFigures({ pulse }: { pulse: Pulse }) {
  const { questions, views } = pulse;
  return (
    <div className="mt-4 space-y-5 text-sm">
      <dl className="sm:grid sm:grid-cols-3 sm:gap-3">
        <Figure
          label="Reader questions on this answer"
          value={formatCount(questions.onArticle)}
          note={`last ${questions.windowDays} days`}
          testId="pulse-questions-article"
        />
        <Figure
          label={`Reader questions on ${pulse.category.name}`}
          value={formatCount(questions.inCategory)}
          note={`last ${questions.windowDays} days`}
          testId="pulse-questions-category"
        />
        <Figure
          label="Views of this answer"
          value={formatCount(views.total)}
          note={`last ${views.weeks.length} weeks`}
          testId="pulse-views"
        />
      </dl>

      <div>
        {views.total < MIN_PULSE_VIEWS ? (
          // A chart of one or two views would draw noise as a shape; the count says it all.
          <p data-testid="pulse-trend">
            {views.total === 0 ? 'No views' : plural(views.total, 'view', 'views')} in the last{' '}
            {views.weeks.length} weeks: too few so far to chart or to call a trend.
          </p>
        ) : (
          <>
            <p data-testid="pulse-trend">{trendSentence(views.trend.direction, views.trend)}</p>
            <WeeklyViews weeks={views.weeks} />
          </>
        )}
      </div>

      <div>
        <h3 className="font-semibold">Recently answered on {pulse.category.name}</h3>
        {pulse.answered.length === 0 ? (
          <p className="mt-1 text-muted">
            No reader question on {pulse.category.name} has been answered yet.
          </p>
        ) : (
          <ul className="mt-2 space-y-3" data-testid="pulse-answered">
            {pulse.answered.map((q) => (
              <li key={q.id}>
                <blockquote className="border-l-2 border-accent pl-3 italic">
                  {q.question}
                </blockquote>
                <p className="mt-1 text-muted">
                  — {q.name ?? 'A reader'}, answered{' '}
                  {q.answer.slug === pulse.article ? (
                    'here'
                  ) : (
                    <>
                      in{' '}
                      <Link href={q.answer.url} className="text-accent hover:underline">
                        {q.answer.title}
                      </Link>
                    </>
                  )}
                  {q.answeredAt ? (
                    <>
                      {' '}
                      on{' '}
                      <time dateTime={q.answeredAt.slice(0, 10)} className="whitespace-nowrap">
                        {formatDate(q.answeredAt)}
                      </time>
                    </>
                  ) : null}
                </p>
              </li>
            ))}
          </ul>
        )}
      </div>
      <p className="text-xs text-muted">
        Figures to {formatDate(pulse.asOf)}. A view is one visitor on one day; spam is not counted.
      </p>
    </div>
  );
}

function Figure({
  label,
  value,
  note,
  testId,
}: {
  label: string;
  value: string;
  note: string;
  testId: string;
}) {
  return (
    // A phone shows each figure as one row, label left and number right; wider screens, cards.
    <div className="flex items-center justify-between gap-4 border-b border-border py-2 last:border-b-0 sm:block sm:rounded-md sm:border sm:bg-bg sm:p-3 sm:last:border-b">
      <dt className="text-muted">
        {label}
        <span className="block text-xs">{note}</span>
      </dt>
      <dd className="text-xl font-semibold tabular-nums sm:mt-1 sm:text-2xl" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

/** The recent-against-earlier comparison in words, with both figures so the reader can judge. */
export function trendSentence(
  direction: TrendDirection,
  { recent, earlier }: { recent: number; earlier: number },
): string {
  const figures = `${plural(recent, 'view', 'views')} in the last ${TREND_WEEKS} weeks, ${formatCount(earlier)} in the ${TREND_WEEKS} weeks before`;
  switch (direction) {
    case 'too-few':
      return `${figures}: too few so far to call a trend.`;
    case 'up':
      return `Readership is rising: ${figures}.`;
    case 'down':
      return `Readership is falling: ${figures}.`;
    case 'steady':
      return `Readership is steady: ${figures}.`;
  }
}

/** Views by week as bars, with the same figures in a table for screen readers. */
function WeeklyViews({ weeks }: { weeks: readonly WeekViews[] }) {
  const max = Math.max(1, ...weeks.map((w) => w.views));
  const label = (w: WeekViews) => `${formatDate(w.from)} to ${formatDate(w.to)}`;
  const first = weeks[0];
  const last = weeks.at(-1);
  return (
    <figure className="mt-3">
      <div aria-hidden="true" className="flex h-16 items-end gap-1" data-testid="pulse-bars">
        {weeks.map((w) => (
          <div
            key={w.from}
            title={`${label(w)}: ${plural(w.views, 'view', 'views')}`}
            className="flex-1 rounded-t-sm bg-accent"
            style={{
              height: `${Math.max(w.views > 0 ? 6 : 2, (w.views / max) * 100)}%`,
              opacity: w.views > 0 ? 1 : 0.3,
            }}
          />
        ))}
      </div>
      <table className="sr-only">
        <caption>Views of this answer by week</caption>
        <thead>
          <tr>
            <th scope="col">Week</th>
            <th scope="col">Views</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => (
            <tr key={w.from}>
              <th scope="row">{label(w)}</th>
              <td>{formatCount(w.views)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {first && last ? (
        <figcaption className="mt-1 text-xs text-muted">
          Views by week, {formatShortDate(first.from, { year: false })} to {formatDate(last.to)}
        </figcaption>
      ) : null}
    </figure>
  );
}
