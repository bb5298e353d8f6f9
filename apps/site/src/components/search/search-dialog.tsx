'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState } from 'react';
import type { SearchHit } from '@/lib/search-results';
import { loadPagefind, searchSite } from './pagefind';
import { moveBetweenHits, SearchResults } from './search-results';

type Status = 'idle' | 'searching' | 'done' | 'error';

/**
 * The header's search, in a modal <dialog>: the browser traps focus in it, closes it on Escape
 * and returns focus to the button that opened it. Loaded only when first opened.
 */
export function SearchDialog({
  open,
  onClose,
  onOpened,
  typedAhead = '',
  onTypedAheadUsed,
}: {
  open: boolean;
  onClose: () => void;
  /** Called once the dialog is open and its field has focus. */
  onOpened?: () => void;
  /** Letters typed while the dialog was opening, to append to the query. */
  typedAhead?: string;
  onTypedAheadUsed?: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);
  /** Where focus was when the dialog opened; it goes back there on close. */
  const returnFocus = useRef<HTMLElement | null>(null);
  const router = useRouter();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [status, setStatus] = useState<Status>('idle');
  const inputId = useId();
  const callbacks = useRef({ onOpened, onTypedAheadUsed });
  callbacks.current = { onOpened, onTypedAheadUsed };

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      returnFocus.current =
        document.activeElement instanceof HTMLElement && document.activeElement !== document.body
          ? document.activeElement
          : null;
      element.showModal();
      input.current?.focus();
      input.current?.select();
      callbacks.current.onOpened?.();
      loadPagefind().catch(() => setStatus('error'));
    } else if (!open && element.open) {
      element.close();
    }
    if (!open && returnFocus.current?.isConnected) {
      returnFocus.current.focus();
      returnFocus.current = null;
    }
  }, [open]);

  useEffect(() => {
    if (!typedAhead) return;
    setQuery((q) => q + typedAhead);
    callbacks.current.onTypedAheadUsed?.();
  }, [typedAhead]);

  useEffect(() => {
    let current = true;
    if (!query.trim()) {
      setHits([]);
      setStatus('idle');
      return;
    }
    setStatus('searching');
    searchSite(query)
      .then((found) => {
        if (!current || found === null) return;
        setHits(found);
        setStatus('done');
      })
      .catch(() => current && setStatus('error'));
    return () => {
      current = false;
    };
  }, [query]);

  const trimmed = query.trim();
  const allResults = `/search?${new URLSearchParams({ q: trimmed })}`;

  return (
    <dialog
      ref={dialog}
      // Named by aria-label, not by a heading: the dialog sits in the header, before the page's
      // <h1>, and a hidden <h2> there would come first in the page's heading outline.
      aria-label="Search the site"
      onClose={onClose}
      onCancel={onClose}
      onClick={(event) => {
        if (event.target === dialog.current) onClose();
      }}
      onKeyDown={(event) => moveBetweenHits(event, list.current, input.current)}
      className="mx-auto mt-[8vh] w-[min(42rem,calc(100vw-2rem))] max-h-[80vh] overflow-hidden rounded-xl border border-border bg-bg p-0 text-fg shadow-2xl backdrop:bg-black/60"
      data-testid="search-dialog"
    >
      <div className="flex max-h-[80vh] flex-col">
        <search>
          <form
            className="flex items-center gap-2 border-b border-border p-3"
            onSubmit={(event) => {
              event.preventDefault();
              if (!trimmed) return;
              onClose();
              router.push(allResults);
            }}
          >
            <label htmlFor={inputId} className="sr-only">
              Search answers, glossary terms and calculators
            </label>
            <svg
              aria-hidden="true"
              viewBox="0 0 24 24"
              className="ml-1 h-5 w-5 shrink-0 text-muted"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
            >
              <circle cx="11" cy="11" r="7" />
              <path d="m20 20-3.5-3.5" />
            </svg>
            <input
              ref={input}
              id={inputId}
              type="search"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              onKeyDown={(event) => {
                // A search field would only clear itself on Escape; in the dialog Escape closes.
                if (event.key === 'Escape') {
                  event.preventDefault();
                  onClose();
                }
              }}
              placeholder="Search answers, terms, calculators…"
              autoComplete="off"
              spellCheck={false}
              enterKeyHint="search"
              className="min-w-0 flex-1 bg-transparent px-1 py-2 text-base text-fg placeholder:text-muted focus-visible:outline-none"
              data-testid="search-input"
            />
            <button
              type="submit"
              disabled={!trimmed}
              className="rounded-md bg-accent px-3 py-1.5 text-sm font-semibold text-on-accent hover:opacity-90 disabled:opacity-60"
            >
              Search
            </button>
            <button
              type="button"
              onClick={onClose}
              className="rounded-md border border-border px-2 py-1 text-xs text-muted hover:bg-surface-2"
            >
              Esc<span className="sr-only"> (close search)</span>
            </button>
          </form>
        </search>

        <div ref={list} className="overflow-y-auto p-3">
          <p className="sr-only" aria-live="polite">
            {status === 'done'
              ? `${hits.length} ${hits.length === 1 ? 'result' : 'results'}`
              : status === 'error'
                ? 'Search is unavailable.'
                : ''}
          </p>
          {status === 'error' ? (
            <p className="p-3 text-sm">
              Search is not available right now. Try the{' '}
              <a href="/glossary" className="text-accent underline">
                glossary
              </a>{' '}
              or{' '}
              <a href="/ask" className="text-accent underline">
                all answers
              </a>
              .
            </p>
          ) : !trimmed ? (
            <p className="p-3 text-sm text-muted">
              Find an answer by any word in it, or a glossary term by its name or abbreviation.
            </p>
          ) : status === 'done' && hits.length === 0 ? (
            <p className="p-3 text-sm" data-testid="search-empty">
              Nothing matches “{trimmed}”. Try a shorter or different word.
            </p>
          ) : (
            <SearchResults hits={hits} perGroup={5} headingLevel={3} onNavigate={onClose} />
          )}
        </div>

        {trimmed && hits.length > 0 ? (
          <div className="border-t border-border p-3 text-sm">
            <a
              href={allResults}
              onClick={(event) => {
                event.preventDefault();
                onClose();
                router.push(allResults);
              }}
              className="font-semibold text-accent underline-offset-2 hover:underline"
            >
              See all results for “{trimmed}”
            </a>
          </div>
        ) : null}
      </div>
    </dialog>
  );
}
