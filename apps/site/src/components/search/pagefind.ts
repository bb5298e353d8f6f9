'use client';

import { type PagefindData, type SearchHit, toHit } from '@/lib/search-results';

/**
 * Loads the Pagefind index written at build time (public/pagefind) on first use and runs
 * searches against it. Pagefind fetches only the index fragments a query needs, so nothing is
 * downloaded until someone searches.
 */

interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}

interface PagefindSearch {
  results: PagefindResult[];
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  search(term: string): Promise<PagefindSearch>;
  debouncedSearch(
    term: string,
    options?: object,
    debounceMs?: number,
  ): Promise<PagefindSearch | null>;
}

const BUNDLE = '/pagefind/pagefind.js';
let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  if (!loading) {
    loading = (async () => {
      const module = (await import(
        /* webpackIgnore: true */ /* turbopackIgnore: true */ BUNDLE
      )) as Pagefind;
      // The index is small; searching on the main thread avoids a worker, whose script would run
      // under the strict Content-Security-Policy that static files are served with.
      await module.options({ excerptLength: 26, noWorker: true });
      await module.init();
      return module;
    })();
    loading.catch(() => {
      loading = undefined;
    });
  }
  return loading;
}

/**
 * The hits for a query, best first, reduced to answers, terms and calculators. Returns null
 * when a newer query superseded this one while it waited (debounced search).
 */
export async function searchSite(query: string, limit = 30): Promise<SearchHit[] | null> {
  const term = query.trim();
  if (!term) return [];
  const pagefind = await loadPagefind();
  const search = await pagefind.debouncedSearch(term, {}, 120);
  if (!search) return null;
  const data = await Promise.all(search.results.slice(0, limit).map((result) => result.data()));
  return data.map(toHit).filter((hit): hit is SearchHit => hit !== undefined);
}
