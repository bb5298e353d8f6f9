import { newestFirst } from './browse';
import { articles, calculatorGuides, terms } from './content';
import { laterPageHrefs, type PagedList, pagedLists, termAnswersBase } from './listings';

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
  const lists = pagedLists();
  const ofKind = (kind: PagedList['kind']) => lists.filter((list) => list.kind === kind);
  const newestIn = (list: { items: { date: string }[] }) => dated(list.items[0]?.date.slice(0, 10));
  for (const list of ofKind('all')) {
    for (const path of laterPageHrefs(list)) entries.push({ path, priority: 0.4 });
  }
  for (const article of articles) {
    entries.push({ path: article.url, priority: 0.8, lastModified: article.date.slice(0, 10) });
  }
  for (const list of ofKind('category')) {
    entries.push({ path: list.base, priority: 0.6, ...newestIn(list) });
    for (const path of laterPageHrefs(list)) entries.push({ path, priority: 0.3 });
  }
  for (const list of ofKind('tag')) {
    entries.push({ path: list.base, priority: 0.4, ...newestIn(list) });
    for (const path of laterPageHrefs(list)) entries.push({ path, priority: 0.2 });
  }
  const termLists = new Map(ofKind('term').map((list) => [list.base, list]));
  for (const term of terms) {
    entries.push({ path: term.url, priority: 0.6, lastModified: GLOSSARY_UPDATED });
    // The full list of answers that use the term (the term page shows the first few).
    const list = termLists.get(termAnswersBase(term));
    if (!list) continue;
    entries.push({ path: list.base, priority: 0.3, ...newestIn(list) });
    for (const path of laterPageHrefs(list)) entries.push({ path, priority: 0.2 });
  }
  for (const guide of calculatorGuides) {
    entries.push({ path: guide.url, priority: 0.7 });
  }
  return entries;
}
