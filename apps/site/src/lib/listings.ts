import type { Metadata } from 'next';
import { inCategory, newestFirst, tagCounts, tagLabel, withTag } from './browse';
import { articles, articlesUsingTerm, findTerm, type Question, type Term, terms } from './content';
import { PAGE_SIZE, type Page, pageCount, pageHref, paginate } from './pagination';
import { type Crumb, pageMetadata } from './seo';
import { articleCategory, site } from './site';

/**
 * The three kinds of answer listing (all, one category, one tag): what each shows, its title,
 * breadcrumbs and metadata. Pages under src/app/ask/** are thin wrappers around these.
 */

export interface Listing {
  kind: 'all' | 'category' | 'tag';
  /** Category or tag slug. */
  slug?: string;
  title: string;
  description: string;
  base: string;
  items: Question[];
  crumbs: Crumb[];
  /** For a tag that is also a glossary term: the term. */
  term?: Term;
}

const answersCrumbs: Crumb[] = [
  { name: 'Home', path: '/' },
  { name: 'Answers', path: '/ask' },
];

export function allListing(): Listing {
  return {
    kind: 'all',
    title: 'All answers',
    description: `Every ${site.name} answer, newest first: iron condors, VIX hedging, strike selection, risk and more.`,
    base: '/ask',
    items: newestFirst(articles),
    crumbs: answersCrumbs,
  };
}

export function categoryListing(slug: string): Listing | undefined {
  const category = articleCategory(slug);
  const items = newestFirst(inCategory(articles, slug));
  if (!category || items.length === 0) return undefined;
  const base = `/ask/category/${slug}`;
  return {
    kind: 'category',
    slug,
    title: category.name,
    description: `${category.description} ${items.length} ${items.length === 1 ? 'answer' : 'answers'} from ${site.name}.`,
    base,
    items,
    crumbs: [...answersCrumbs, { name: category.name, path: base }],
  };
}

export function tagListing(slug: string): Listing | undefined {
  const items = newestFirst(withTag(articles, slug));
  if (items.length === 0) return undefined;
  const label = tagLabel(slug);
  const base = `/ask/tag/${slug}`;
  const term = findTerm(slug) ?? findTerm(slug.replace(/s$/, ''));
  return {
    kind: 'tag',
    slug,
    title: `Answers tagged “${label}”`,
    description: `${items.length} ${site.name} ${items.length === 1 ? 'answer' : 'answers'} about ${label} for SPX options traders, newest first, each with worked numbers and links to the glossary.`,
    base,
    items,
    crumbs: [...answersCrumbs, { name: `Tag: ${label}`, path: base }],
    ...(term ? { term } : {}),
  };
}

/** How many answers a term page lists before linking the full list. */
export const TERM_PAGE_ANSWERS = 8;

/** Answers per page of a term's full list (titles only, so a page holds many). */
export const TERM_ANSWERS_PAGE_SIZE = 100;

/** The full, paged list of the answers that use a glossary term (its page shows a few). */
export function termAnswersBase(term: { url: string }): string {
  return `${term.url}/answers`;
}

export function categoryParams(): { slug: string }[] {
  return [...new Set(articles.map((a) => a.category))].sort().map((slug) => ({ slug }));
}

export function tagParams(): { slug: string }[] {
  return tagCounts(articles).map((t) => ({ slug: t.slug }));
}

/** A paged list of answers: where its first page is, what it lists, and how many pages that is. */
export interface PagedList {
  kind: Listing['kind'] | 'term';
  base: string;
  items: Question[];
  pageCount: number;
}

/**
 * Every paged list of answers, as its pages show it: all answers, each category, each tag, and
 * for each term used by at least one answer, the full list of those answers. The sitemap lists
 * their pages and the proxy tells an address past a list's end from a page (lib/listing-pages.ts).
 */
export function pagedLists(): PagedList[] {
  const listings = [
    allListing(),
    ...categoryParams().map(({ slug }) => categoryListing(slug)),
    ...tagParams().map(({ slug }) => tagListing(slug)),
  ].filter((listing): listing is Listing => listing !== undefined);
  return [
    ...listings.map(({ kind, base, items }) => ({
      kind,
      base,
      items,
      pageCount: pageCount(items.length, PAGE_SIZE),
    })),
    ...terms.flatMap((term) => {
      const items = articlesUsingTerm(term.slug);
      if (items.length === 0) return [];
      const base = termAnswersBase(term);
      return [
        {
          kind: 'term' as const,
          base,
          items,
          pageCount: pageCount(items.length, TERM_ANSWERS_PAGE_SIZE),
        },
      ];
    }),
  ];
}

/** The addresses of a paged list's pages after the first. */
export function laterPageHrefs(list: PagedList): string[] {
  return Array.from({ length: list.pageCount - 1 }, (_, i) => pageHref(list.base, i + 2));
}

/** Page `n` of a listing, or undefined when it does not exist. */
export function listingPage(listing: Listing, n: number): Page<Question> | undefined {
  return paginate(listing.items, n);
}

/** Breadcrumbs of page n: page 1's, plus "Page n" from page 2 on. */
export function pageCrumbs(listing: Listing, n: number): Crumb[] {
  return n <= 1
    ? listing.crumbs
    : [...listing.crumbs, { name: `Page ${n}`, path: pageHref(listing.base, n) }];
}

export function listingMetadata(listing: Listing, n: number): Metadata {
  const suffix = n > 1 ? ` (page ${n})` : '';
  return pageMetadata(
    {
      title: `${listing.title}${suffix}`,
      description: listing.description,
      path: pageHref(listing.base, n),
    },
    site.name,
    site.locale,
  );
}
