import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { articleViews, questions } from '@/db/schema';
import { communityPulse, type PulseArticle } from '@/server/pulse';
import {
  firstViewDay,
  isThin,
  MIN_TREND_VIEWS,
  viewTrend,
  type WeekViews,
  weeklyViews,
} from '@/server/pulse-math';
import { backends } from './helpers/backends';

const DAY_MS = 86_400_000;
const dayBefore = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - n * DAY_MS).toISOString().slice(0, 10);

describe('weeklyViews', () => {
  it('folds days into 13 whole weeks ending today, oldest first, empty weeks as 0', () => {
    const weeks = weeklyViews(
      [
        { day: '2026-12-03', views: 2 }, // today: the last week
        { day: '2026-11-27', views: 5 }, // 6 days back: still the last week
        { day: '2026-11-26', views: 7 }, // 7 days back: the week before
        { day: '2026-09-03', views: 1 }, // 91 days back: just outside
        { day: '2026-09-04', views: 4 }, // 90 days back: the first day of the first week
        { day: '2026-12-04', views: 9 }, // tomorrow: ignored
      ],
      '2026-12-03',
    );
    expect(weeks).toHaveLength(13);
    expect(weeks[0]).toEqual({ from: '2026-09-04', to: '2026-09-10', views: 4 });
    expect(weeks[12]).toEqual({ from: '2026-11-27', to: '2026-12-03', views: 7 });
    expect(weeks[11]?.views).toBe(7);
    expect(weeks.slice(1, 11).every((w) => w.views === 0)).toBe(true);
    expect(firstViewDay('2026-12-03')).toBe('2026-09-04');
  });

  it('keeps every view inside the window and loses none (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ back: fc.integer({ min: 0, max: 120 }), views: fc.nat(50) }), {
          maxLength: 60,
        }),
        (entries) => {
          const today = '2026-12-03';
          const days = entries.map((e) => ({ day: dayBefore(today, e.back), views: e.views }));
          const weeks = weeklyViews(days, today);
          const inside = entries.filter((e) => e.back < 91).reduce((s, e) => s + e.views, 0);
          expect(weeks.reduce((s, w) => s + w.views, 0)).toBe(inside);
          // Contiguous seven-day weeks.
          for (const [i, w] of weeks.entries()) {
            expect(dayBefore(w.to, 6)).toBe(w.from);
            if (i > 0) expect(dayBefore(w.from, 1)).toBe(weeks[i - 1]?.to);
          }
        },
      ),
    );
  });
});

describe('viewTrend', () => {
  const weeksOf = (views: number[]): WeekViews[] =>
    views.map((v, i) => ({ from: `w${i}`, to: `w${i}`, views: v }));

  it('compares the last four weeks with the four before them', () => {
    const trend = viewTrend(weeksOf([100, 0, 0, 0, 0, 5, 5, 5, 5, 10, 10, 10, 10]));
    expect(trend).toEqual({ recent: 40, earlier: 20, direction: 'up' });
    expect(viewTrend(weeksOf([0, 0, 0, 0, 0, 10, 10, 10, 10, 5, 5, 5, 5])).direction).toBe('down');
    expect(viewTrend(weeksOf([0, 0, 0, 0, 0, 10, 10, 10, 10, 9, 9, 9, 9])).direction).toBe(
      'steady',
    );
  });

  it('states no trend from fewer than MIN_TREND_VIEWS views, however large the ratio', () => {
    const few = weeksOf([0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, MIN_TREND_VIEWS - 2]);
    expect(viewTrend(few)).toEqual({
      recent: MIN_TREND_VIEWS - 2,
      earlier: 1,
      direction: 'too-few',
    });
    expect(viewTrend(weeksOf([30, 30, 30])).direction).toBe('too-few');
  });

  it('calls a rise from nothing a rise, once there are enough views', () => {
    expect(viewTrend(weeksOf([0, 0, 0, 0, 0, 0, 0, 0, 0, 10, 10, 10, 10])).direction).toBe('up');
  });
});

describe('isThin', () => {
  const quiet = {
    viewsShown: 9,
    questionsOnArticle: 0,
    questionsInCategory: 0,
    answeredInCategory: 0,
  };
  it('is thin with a handful of views and no reader question at all', () => {
    expect(isThin(quiet)).toBe(true);
  });
  it('is not thin with ten views, or with a single question asked or answered', () => {
    expect(isThin({ ...quiet, viewsShown: 10 })).toBe(false);
    expect(isThin({ ...quiet, questionsInCategory: 1 })).toBe(false);
    expect(isThin({ ...quiet, answeredInCategory: 1 })).toBe(false);
  });
});

/**
 * communityPulse against the embedded database (and PostgreSQL when TEST_DATABASE_URL is set):
 * the counts, the window, spam and the category are what the queries say they are.
 */
const NOW = new Date('2026-12-03T15:00:00Z');
const ARTICLE: PulseArticle = {
  slug: 'wings',
  category: { slug: 'iron-condors', name: 'Iron Condors' },
  categoryArticles: [
    { slug: 'wings', title: 'How wide should wings be?', url: '/ask/wings' },
    { slug: 'exits', title: 'When to close a condor?', url: '/ask/exits' },
  ],
};
const ago = (days: number) => new Date(NOW.getTime() - days * DAY_MS);

describe.each(backends('pulse'))('communityPulse on $name', ({ open }) => {
  let handle: DatabaseHandle;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ handle, cleanup } = await open());
    await handle.migrate();
  }, 60_000);

  afterAll(async () => {
    await cleanup?.();
  });

  beforeEach(async () => {
    await handle.db.delete(questions);
    await handle.db.delete(articleViews);
  });

  const ask = (values: Partial<typeof questions.$inferInsert>) =>
    handle.db
      .insert(questions)
      .values({ question: 'A reader question?', clientHash: 'h', ...values });

  it('on a fresh database: zero everywhere, 13 empty weeks, and thin', async () => {
    const pulse = await communityPulse(handle.db, ARTICLE, NOW);
    expect(pulse.thin).toBe(true);
    expect(pulse.questions).toEqual({ windowDays: 90, onArticle: 0, inCategory: 0 });
    expect(pulse.answered).toEqual([]);
    expect(pulse.views.total).toBe(0);
    expect(pulse.views.weeks).toHaveLength(13);
    expect(pulse.views.trend.direction).toBe('too-few');
    expect(pulse.asOf).toBe('2026-12-03');
  });

  it('counts questions asked from or answered by the answer and its category, in 90 days, without spam', async () => {
    await ask({ articleSlug: 'wings', createdAt: ago(1) }); // on the answer
    await ask({
      articleSlug: 'elsewhere',
      answeredBySlug: 'wings',
      status: 'answered',
      createdAt: ago(10),
    }); // answered by it
    await ask({ articleSlug: 'exits', createdAt: ago(89) }); // in the category
    await ask({ articleSlug: 'exits', status: 'rejected', createdAt: ago(5) }); // still a reader question
    await ask({ articleSlug: 'wings', status: 'spam', createdAt: ago(1) }); // spam: never counted
    await ask({ articleSlug: 'wings', createdAt: ago(91) }); // outside the window
    await ask({ articleSlug: 'other-category', createdAt: ago(1) }); // another topic
    await ask({ createdAt: ago(1) }); // asked from no answer
    const pulse = await communityPulse(handle.db, ARTICLE, NOW);
    expect(pulse.questions).toEqual({ windowDays: 90, onArticle: 2, inCategory: 4 });
    expect(pulse.thin).toBe(false);
  });

  it('lists the latest three answered questions of the category, newest first, with their answer', async () => {
    for (const [i, slug] of ['wings', 'exits', 'wings', 'exits'].entries())
      await ask({
        question: `Question ${i}?`,
        name: i === 0 ? 'Ana' : null,
        status: 'answered',
        answeredBySlug: slug,
        answeredAt: ago(200 - i),
        createdAt: ago(300),
      });
    await ask({
      question: 'Elsewhere?',
      status: 'answered',
      answeredBySlug: 'other',
      answeredAt: ago(0),
    });
    await ask({ question: 'Not answered?', articleSlug: 'wings' });
    const pulse = await communityPulse(handle.db, ARTICLE, NOW);
    expect(pulse.answered.map((q) => q.question)).toEqual([
      'Question 3?',
      'Question 2?',
      'Question 1?',
    ]);
    expect(pulse.answered[0]?.answer).toEqual({
      slug: 'exits',
      title: 'When to close a condor?',
      url: '/ask/exits',
    });
    // Answered long ago and asked outside the window: listed, but not counted as recent.
    expect(pulse.questions.inCategory).toBe(1);
    expect(pulse.thin).toBe(false);
  });

  it('counts views by week for this answer only, and leaves thin once there are ten', async () => {
    const views = (slug: string, back: number, n: number) =>
      handle.db.insert(articleViews).values(
        Array.from({ length: n }, (_, i) => ({
          articleSlug: slug,
          day: dayBefore('2026-12-03', back),
          visitorHash: `${slug}-${back}-${i}`,
        })),
      );
    await views('wings', 0, 3);
    await views('wings', 8, 4);
    await views('wings', 95, 50); // before the window
    await views('exits', 0, 40); // another answer
    let pulse = await communityPulse(handle.db, ARTICLE, NOW);
    expect(pulse.views.total).toBe(7);
    expect(pulse.views.weeks.at(-1)?.views).toBe(3);
    expect(pulse.views.weeks.at(-2)?.views).toBe(4);
    expect(pulse.thin).toBe(true);
    await views('wings', 20, 3);
    pulse = await communityPulse(handle.db, ARTICLE, NOW);
    expect(pulse.views.total).toBe(10);
    expect(pulse.thin).toBe(false);
  });
});
