/**
 * Pure helpers for moving through the answers: tag names and counts, previous/next within a
 * category, and ordering by stored view counts. They take plain records, not content documents,
 * so they are tested without a content build.
 */

export interface Browsable {
  slug: string;
  category: string;
  tags: readonly string[];
  /** ISO date. */
  date: string;
}

/** Tags written as acronyms or with their own capitalisation. Others are shown in lower case. */
const TAG_LABELS: Record<string, string> = {
  alvh: 'ALVH',
  defi: 'DeFi',
  dte: 'DTE',
  spx: 'SPX',
  vix: 'VIX',
  fomc: 'FOMC',
  cpi: 'CPI',
  'multi-sig': 'multi-sig',
  'put-call-parity': 'put-call parity',
};

/** A tag slug as readers see it: "iron-condors" → "iron condors", "vix" → "VIX". */
export function tagLabel(tag: string): string {
  return TAG_LABELS[tag] ?? tag.replace(/-/g, ' ');
}

/** A tag's slug as used in /ask/tag/[slug]; tags are written as slugs already, this normalises. */
export function tagSlug(tag: string): string {
  return tag
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export interface TagCount {
  slug: string;
  label: string;
  count: number;
}

/** Every tag with the number of articles carrying it, most used first, then alphabetically. */
export function tagCounts(items: readonly Browsable[]): TagCount[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    for (const tag of new Set(item.tags.map(tagSlug))) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return [...counts]
    .map(([slug, count]) => ({ slug, label: tagLabel(slug), count }))
    .sort((a, b) => b.count - a.count || a.slug.localeCompare(b.slug));
}

/** Number of articles per category slug. */
export function categoryCounts(items: readonly Browsable[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.category, (counts.get(item.category) ?? 0) + 1);
  return counts;
}

export function withTag<T extends Browsable>(items: readonly T[], tag: string): T[] {
  const wanted = tagSlug(tag);
  return items.filter((item) => item.tags.some((t) => tagSlug(t) === wanted));
}

export function inCategory<T extends Browsable>(items: readonly T[], category: string): T[] {
  return items.filter((item) => item.category === category);
}

/** Newest first; equal dates by slug so the order is stable from build to build. */
export function newestFirst<T extends Browsable>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));
}

export interface Neighbours<T> {
  /** The next older article in the same category. */
  previous?: T;
  /** The next newer article in the same category. */
  next?: T;
}

/**
 * Previous and next within the article's category, in publication order: "previous" is the
 * one published before it, "next" the one after. Undefined at either end of the category.
 */
export function categoryNeighbours<T extends Browsable>(
  item: Browsable,
  items: readonly T[],
): Neighbours<T> {
  const ordered = newestFirst(inCategory(items, item.category)).reverse();
  const index = ordered.findIndex((other) => other.slug === item.slug);
  if (index < 0) return {};
  const result: Neighbours<T> = {};
  const previous = ordered[index - 1];
  const next = ordered[index + 1];
  if (previous) result.previous = previous;
  if (next) result.next = next;
  return result;
}

/**
 * Orders articles by stored views, most viewed first; articles without a count keep their
 * newest-first order after those with one. Ties fall back to newest first.
 */
export function byViews<T extends Browsable>(
  items: readonly T[],
  views: ReadonlyMap<string, number>,
): T[] {
  return newestFirst(items).sort((a, b) => (views.get(b.slug) ?? 0) - (views.get(a.slug) ?? 0));
}
