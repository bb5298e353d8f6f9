import { categoryNeighbours } from './browse';

/**
 * "Keep Reading": the author's explicit choices first, in their order, then the articles that
 * share the most tags (two points a tag) and the category (one point), newest first on ties.
 * Articles in `exclude` are left out (and the next-best take their places).
 */
export interface Relatable {
  slug: string;
  category: string;
  tags: readonly string[];
  date: string;
  related?: readonly string[];
}

export function relatedArticles<T extends Relatable>(
  article: T,
  all: readonly T[],
  limit = 4,
  exclude: readonly string[] = [],
): T[] {
  const bySlug = new Map(all.map((a) => [a.slug, a]));
  const chosen: T[] = [];
  const seen = new Set<string>([article.slug, ...exclude]);

  for (const slug of article.related ?? []) {
    const candidate = bySlug.get(slug);
    if (candidate && !seen.has(slug)) {
      chosen.push(candidate);
      seen.add(slug);
    }
  }

  const tags = new Set(article.tags);
  const scored = all
    .filter((a) => !seen.has(a.slug))
    .map((a) => ({
      article: a,
      score:
        a.tags.filter((t) => tags.has(t)).length * 2 + (a.category === article.category ? 1 : 0),
    }))
    .filter((s) => s.score > 0)
    .sort(
      (x, y) =>
        y.score - x.score ||
        y.article.date.localeCompare(x.article.date) ||
        x.article.slug.localeCompare(y.article.slug),
    );

  for (const { article: a } of scored) chosen.push(a);
  return chosen.slice(0, limit);
}

/**
 * The "Keep Reading" list of an answer page. The page already links the previous and next answer
 * of the category just above it, so those two never appear here as well: every link at the foot
 * of an answer leads somewhere new.
 */
export function keepReadingFor<T extends Relatable>(article: T, all: readonly T[], limit = 4): T[] {
  const { previous, next } = categoryNeighbours(article, all);
  const neighbours = [previous?.slug, next?.slug].filter((s): s is string => s !== undefined);
  return relatedArticles(article, all, limit, neighbours);
}
