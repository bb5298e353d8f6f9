'use client';

import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link } from '@/components/link';
import {
  filterTerms,
  groupByLetter,
  INDEX_LETTERS,
  type IndexTerm,
  letterId,
} from '@/lib/glossary-index';

export interface BrowserTerm extends IndexTerm {
  url: string;
}

interface CategoryOption {
  slug: string;
  name: string;
}

/**
 * The glossary's A–Z index with filter-as-you-type and a category filter. The full index is
 * rendered on the server (it works without JavaScript); typing narrows it in place. The query and
 * category are kept in the address (?q=…&category=…) so a filtered view can be shared.
 */
export function GlossaryBrowser({
  terms,
  categories,
}: {
  terms: BrowserTerm[];
  categories: CategoryOption[];
}) {
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState('');
  // The address is read after hydration; until then it must not be rewritten.
  const [ready, setReady] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const select = useRef<HTMLSelectElement>(null);
  const deferredQuery = useDeferredValue(query);
  const inputId = useId();
  const selectId = useId();

  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    // What the reader typed or chose before the page was interactive wins over the address.
    setQuery(input.current?.value || params.get('q') || '');
    const wanted = select.current?.value || params.get('category') || '';
    if (categories.some((c) => c.slug === wanted)) setCategory(wanted);
    setReady(true);
  }, [categories]);

  useEffect(() => {
    if (!ready) return;
    const params = new URLSearchParams(window.location.search);
    if (query) params.set('q', query);
    else params.delete('q');
    if (category) params.set('category', category);
    else params.delete('category');
    const search = params.toString();
    const url = `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`)
      window.history.replaceState(window.history.state, '', url);
  }, [query, category, ready]);

  const visible = useMemo(
    () => filterTerms(terms, deferredQuery, category || undefined),
    [terms, deferredQuery, category],
  );
  const groups = useMemo(() => groupByLetter(visible), [visible]);
  const present = new Set(groups.map((g) => g.letter));
  const filtering = deferredQuery.trim() !== '' || category !== '';
  const categoryName = (slug: string) => categories.find((c) => c.slug === slug)?.name ?? slug;

  return (
    <div data-ready={ready ? 'true' : undefined} data-testid="glossary-browser">
      <search
        aria-label="Filter the glossary"
        className="no-print mt-6 grid gap-3 sm:grid-cols-[1fr_auto]"
      >
        <div>
          <label htmlFor={inputId} className="block text-sm font-medium">
            Filter terms
          </label>
          <input
            ref={input}
            id={inputId}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            placeholder="Type a term or abbreviation, e.g. delta, IV, condor"
            autoComplete="off"
            spellCheck={false}
            className="mt-1 w-full rounded-md border border-border bg-bg px-3 py-2 text-fg placeholder:text-muted"
            data-testid="glossary-filter"
          />
        </div>
        <div>
          <label htmlFor={selectId} className="block text-sm font-medium">
            Category
          </label>
          <select
            ref={select}
            id={selectId}
            value={category}
            onChange={(event) => setCategory(event.target.value)}
            className="mt-1 w-full rounded-md border border-border bg-bg px-3 py-2 text-fg sm:w-64"
            data-testid="glossary-category"
          >
            <option value="">All categories</option>
            {categories.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      </search>

      <p className="mt-3 text-sm text-muted" aria-live="polite" data-testid="glossary-count">
        {filtering
          ? `${visible.length} of ${terms.length} terms match${category ? ` in ${categoryName(category)}` : ''}.`
          : `${terms.length} terms.`}
      </p>

      {/* 27 entries: three even rows of nine on a phone or tablet, one row of 27 where it fits,
          never a row holding a lone letter. */}
      <nav aria-label="Jump to letter" className="no-print mt-4">
        <ul className="grid grid-cols-9 gap-1 text-sm sm:grid-cols-[repeat(9,2.75rem)] lg:grid-cols-27">
          {INDEX_LETTERS.map((letter) => (
            <li key={letter}>
              {present.has(letter) ? (
                <a
                  href={`#${letterId(letter)}`}
                  className="flex h-9 items-center justify-center rounded-md border border-border font-medium hover:bg-surface-2"
                >
                  <span className="sr-only">Terms starting with </span>
                  {letter === '#' ? '0–9' : letter}
                </a>
              ) : (
                <span
                  aria-disabled="true"
                  className="flex h-9 items-center justify-center rounded-md border border-dashed border-border text-muted"
                >
                  <span className="sr-only">No terms starting with </span>
                  {letter === '#' ? '0–9' : letter}
                </span>
              )}
            </li>
          ))}
        </ul>
      </nav>

      {groups.length === 0 ? (
        <p
          className="mt-8 rounded-lg border border-border bg-surface p-5"
          data-testid="glossary-empty"
        >
          No term matches “{deferredQuery.trim()}”{category ? ` in ${categoryName(category)}` : ''}.{' '}
          <a
            href={`/search?q=${encodeURIComponent(deferredQuery.trim())}`}
            className="font-semibold text-accent underline underline-offset-2"
          >
            Search the whole site
          </a>{' '}
          instead.
        </p>
      ) : null}

      {groups.map(({ letter, terms: items }) => (
        <section
          key={letter}
          id={letterId(letter)}
          aria-labelledby={`${letterId(letter)}-heading`}
          className="mt-8 scroll-mt-20"
        >
          <h2
            id={`${letterId(letter)}-heading`}
            className="border-b border-border pb-1 text-xl font-bold"
          >
            {letter === '#' ? '0–9' : letter}
          </h2>
          <ul className="mt-3 grid gap-x-6 gap-y-4 sm:grid-cols-2" data-testid="glossary-terms">
            {items.map((t) => (
              <li key={t.slug}>
                <Link href={t.url} className="font-semibold text-accent hover:underline">
                  {t.name}
                </Link>
                {/* The category moves to the next line whole rather than breaking mid-phrase. */}
                <span className="ml-2 inline-block whitespace-nowrap text-xs text-muted">
                  {categoryName(t.category)}
                </span>
                <p className="text-sm text-muted">{t.subtitle}</p>
                {filtering && t.aliases.length > 0 ? (
                  <p className="text-xs text-muted">Also called: {t.aliases.join(', ')}</p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
