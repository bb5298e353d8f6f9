import { and, count, eq, gte, inArray, ne, or, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { articleViews, questions } from '../db/schema';
import { isoDay } from './funnel-math';
import {
  type CommunityPulse,
  firstViewDay,
  isThin,
  QUESTION_WINDOW_DAYS,
  viewTrend,
  weeklyViews,
} from './pulse-math';
import { answeredQuestions } from './questions';

/** How many answered reader questions the pulse lists. */
const LATEST_ANSWERED = 3;

export interface PulseArticle {
  slug: string;
  category: { slug: string; name: string };
  /** Every answer of the category, this one included, with what a link to it needs. */
  categoryArticles: readonly { slug: string; title: string; url: string }[];
}

/**
 * What readers did with an answer and its category, from the site's own records: reader questions
 * asked from or answered by these answers in the last QUESTION_WINDOW_DAYS days (spam left out),
 * the latest questions an editor answered with one of them, and the answer's views by week.
 * Three small queries on existing indexes; nothing is written.
 */
export async function communityPulse(
  db: Database,
  article: PulseArticle,
  now: Date = new Date(),
): Promise<CommunityPulse> {
  const today = isoDay(now);
  const slugs = article.categoryArticles.map((a) => a.slug);
  const since = new Date(now.getTime() - QUESTION_WINDOW_DAYS * 86_400_000);
  const aboutCategory = or(
    inArray(questions.articleSlug, slugs),
    inArray(questions.answeredBySlug, slugs),
  );
  const aboutArticle = sql`(${questions.articleSlug} = ${article.slug} or ${questions.answeredBySlug} = ${article.slug})`;

  const [counted, answered, days] = await Promise.all([
    db
      .select({
        inCategory: count(),
        onArticle: sql<string | number>`count(*) filter (where ${aboutArticle})`,
      })
      .from(questions)
      .where(and(ne(questions.status, 'spam'), gte(questions.createdAt, since), aboutCategory)),
    answeredQuestions(db, slugs, LATEST_ANSWERED),
    db
      .select({ day: articleViews.day, views: count() })
      .from(articleViews)
      .where(
        and(eq(articleViews.articleSlug, article.slug), gte(articleViews.day, firstViewDay(today))),
      )
      .groupBy(articleViews.day),
  ]);

  const bySlug = new Map(article.categoryArticles.map((a) => [a.slug, a]));
  const weeks = weeklyViews(
    days.map((d) => ({ day: String(d.day), views: Number(d.views) })),
    today,
  );
  const total = weeks.reduce((sum, w) => sum + w.views, 0);
  const onArticle = Number(counted[0]?.onArticle ?? 0);
  const inCategory = Number(counted[0]?.inCategory ?? 0);
  const latest = answered.flatMap(({ answeredBySlug, ...question }) => {
    const answer = bySlug.get(answeredBySlug);
    return answer
      ? [{ ...question, answer: { slug: answer.slug, title: answer.title, url: answer.url } }]
      : [];
  });

  return {
    article: article.slug,
    category: article.category,
    asOf: today,
    questions: { windowDays: QUESTION_WINDOW_DAYS, onArticle, inCategory },
    answered: latest,
    views: { weeks, total, trend: viewTrend(weeks) },
    thin: isThin({
      viewsShown: total,
      questionsOnArticle: onArticle,
      questionsInCategory: inCategory,
      answeredInCategory: latest.length,
    }),
  };
}
