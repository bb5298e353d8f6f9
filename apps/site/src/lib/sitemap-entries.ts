import { newestFirst } from './browse';
import { articles, articlesUsingTerm, calculatorGuides, terms } from './content';
import {
  categoryListing,
  categoryParams,
  TERM_ANSWERS_PAGE_SIZE,
  tagListing,
  tagParams,
  termAnswersBase,
} from './listings';
import { laterPageParams, pageHref } from './pagination';

/**
 * Every page search engines should index, with the date its content last changed where known.
 * Internal search (/search), forms and the admin area are left out on purpose.
 */
export interface SitemapEntry {
  path: string;
  /** ISO date (yyyy-mm-dd) of the last content change, when the page has one. */
  lastModified?: string;
  priority: number;
}

/** The glossary's edition date, as its citations carry it. */
export const GLOSSARY_UPDATED = '2026-11-01';

export function sitemapEntries(): SitemapEntry[] {
  const newest = newestFirst(articles)[0]?.date.slice(0, 10);
  const dated = (date: string | undefined) => (date ? { lastModified: date } : {});
  const entries: SitemapEntry[] = [
    { path: '/', priority: 1, ...dated(newest) },
    { path: '/ask', priority: 0.9, ...dated(newest) },
    { path: '/glossary', priority: 0.8, lastModified: GLOSSARY_UPDATED },
    { path: '/calculators', priority: 0.8 },
    { path: '/trial', priority: 0.5 },
    { path: '/ask/new', priority: 0.3 },
  ];
  for (const { page } of laterPageParams(articles.length)) {
    entries.push({ path: pageHref('/ask', Number(page)), priority: 0.4 });
  }
  for (const article of articles) {
    entries.push({ path: article.url, priority: 0.8, lastModified: article.date.slice(0, 10) });
  }
  for (const { slug } of categoryParams()) {
    const listing = categoryListing(slug);
    if (!listing) continue;
    const latest = listing.items[0]?.date.slice(0, 10);
    entries.push({ path: listing.base, priority: 0.6, ...dated(latest) });
    for (const { page } of laterPageParams(listing.items.length))
      entries.push({ path: pageHref(listing.base, Number(page)), priority: 0.3 });
  }
  for (const { slug } of tagParams()) {
    const listing = tagListing(slug);
    if (!listing) continue;
    entries.push({
      path: listing.base,
      priority: 0.4,
      ...dated(listing.items[0]?.date.slice(0, 10)),
    });
    for (const { page } of laterPageParams(listing.items.length))
      entries.push({ path: pageHref(listing.base, Number(page)), priority: 0.2 });
  }
  for (const term of terms) {
    entries.push({ path: term.url, priority: 0.6, lastModified: GLOSSARY_UPDATED });
    // The full list of answers that use the term (the term page shows the first few).
    const using = articlesUsingTerm(term.slug);
    if (using.length === 0) continue;
    const base = termAnswersBase(term);
    entries.push({ path: base, priority: 0.3, ...dated(using[0]?.date.slice(0, 10)) });
    for (const { page } of laterPageParams(using.length, TERM_ANSWERS_PAGE_SIZE))
      entries.push({ path: pageHref(base, Number(page)), priority: 0.2 });
  }
  for (const guide of calculatorGuides) {
    entries.push({ path: guide.url, priority: 0.7 });
  }
  return entries;
}
