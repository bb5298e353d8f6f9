'use client';

import { useEffect, useId, useRef, useState } from 'react';
import type { SearchHit } from '@/lib/search-results';
import { searchSite } from './pagefind';
import { moveBetweenHits, SearchResults } from './search-results';

type Status = 'idle' | 'searching' | 'done' | 'error';

function queryFromLocation(): string {
  return new URLSearchParams(window.location.search).get('q') ?? '';
}

/**
 * /search?q=…: the full result list. The page is static; the query is read from the address
 * after load, and typing keeps the address in step so results can be shared and bookmarked.
 */
export function SearchPage() {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [status, setStatus] = useState<Status>('idle');
  // The address is read after hydration; until then it must not be overwritten.
  const [loaded, setLoaded] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const inputId = useId();

  useEffect(() => {
    const sync = () => setQuery(queryFromLocation());
    // What the reader typed before the page was interactive wins over the address.
    const typed = input.current?.value ?? '';
    if (typed) setQuery(typed);
    else sync();
    setLoaded(true);
    window.addEventListener('popstate', sync);
    return () => window.removeEventListener('popstate', sync);
  }, []);

  useEffect(() => {
    if (!loaded) return;
    const trimmed = query.trim();
    // Only when the query changed: "a+b" and "a%20b" are the same query.
    if (queryFromLocation() !== trimmed) {
      const url = trimmed ? `/search?${new URLSearchParams({ q: trimmed })}` : '/search';
      window.history.replaceState(window.history.state, '', url);
    }
    document.title = trimmed ? `“${trimmed}”: search | VixShield Ask` : 'Search | VixShield Ask';

    let current = true;
    if (!trimmed) {
      setHits([]);
      setStatus('idle');
      return;
    }
    setStatus('searching');
    searchSite(trimmed, 60)
      .then((found) => {
        if (!current || found === null) return;
        setHits(found);
        setStatus('done');
      })
      .catch(() => current && setStatus('error'));
    return () => {
      current = false;
    };
  }, [query, loaded]);

  const trimmed = query.trim();

  return (
    <div>
      <search>
        <form
          action="/search"
          className="mt-6 flex gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            setQuery(input.current?.value ?? '');
          }}
        >
          <label htmlFor={inputId} className="sr-only">
            Search answers, glossary terms and calculators
          </label>
          <input
            ref={input}
            id={inputId}
            name="q"
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => moveBetweenHits(event, list.current, input.current)}
            placeholder="e.g. contango, expected move, IV crush"
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="search"
            className="min-w-0 flex-1 rounded-md border border-border bg-bg px-3 py-2 text-base text-fg placeholder:text-muted"
            data-testid="search-page-input"
          />
          <button
            type="submit"
            className="rounded-md bg-accent px-4 py-2 font-semibold text-on-accent hover:opacity-90"
          >
            Search
          </button>
        </form>
      </search>

      <p className="mt-4 text-sm text-muted" aria-live="polite" data-testid="search-status">
        {status === 'searching'
          ? 'Searching…'
          : status === 'done'
            ? `${hits.length} ${hits.length === 1 ? 'result' : 'results'} for “${trimmed}”.`
            : status === 'error'
              ? 'Search is not available right now.'
              : ''}
      </p>

      {/* biome-ignore lint/a11y/noStaticElementInteractions: arrow keys move focus between the result links inside */}
      <div
        ref={list}
        className="mt-4"
        onKeyDown={(event) => moveBetweenHits(event, list.current, input.current)}
      >
        {status === 'done' && hits.length === 0 ? (
          <div
            className="rounded-lg border border-border bg-surface p-5"
            data-testid="search-empty"
          >
            <p>Nothing matches “{trimmed}”.</p>
            <p className="mt-2 text-sm text-muted">
              Check the spelling, try a shorter word, or browse{' '}
              <a href="/ask" className="text-accent underline">
                all answers
              </a>{' '}
              and the{' '}
              <a href="/glossary" className="text-accent underline">
                glossary
              </a>
              .
            </p>
          </div>
        ) : (
          <SearchResults hits={hits} headingLevel={2} />
        )}
      </div>
    </div>
  );
}
