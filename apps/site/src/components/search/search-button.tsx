'use client';

import dynamic from 'next/dynamic';
import { useCallback, useEffect, useRef, useState } from 'react';
import { whenIdle } from '@/lib/when-idle';

const SearchDialog = dynamic(() => import('./search-dialog').then((m) => m.SearchDialog), {
  ssr: false,
});

/** True when a keystroke is meant for a field, so "/" should type a slash there. */
function typingInField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target.tagName === 'INPUT' ||
    target.tagName === 'TEXTAREA' ||
    target.tagName === 'SELECT'
  );
}

/**
 * The header's search control. Without JavaScript it is a link to /search; with it, it opens the
 * search dialog, as do "/" and Ctrl+K (⌘K on a Mac) from anywhere on the page.
 */
export function SearchButton() {
  const [open, setOpen] = useState(false);
  const [wanted, setWanted] = useState(false);
  const [ready, setReady] = useState(false);
  /** Letters typed after "/" while the dialog was still opening; they become the query. */
  const [typedAhead, setTypedAhead] = useState('');
  const opening = useRef(false);
  const show = useCallback(() => {
    opening.current = true;
    setWanted(true);
    setOpen(true);
  }, []);

  useEffect(() => {
    setReady(true);
    // Load the dialog's code once the page is idle, so "/" opens it at once and nothing typed
    // right after is lost.
    return whenIdle(() => setWanted(true), { timeout: 5000, fallback: 2000 });
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const plain = !event.metaKey && !event.ctrlKey && !event.altKey;
      if (opening.current && plain && event.key.length === 1 && !typingInField(event.target)) {
        event.preventDefault();
        setTypedAhead((typed) => typed + event.key);
        return;
      }
      const commandK = (event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'k';
      const slash =
        event.key === '/' &&
        !event.metaKey &&
        !event.ctrlKey &&
        !event.altKey &&
        !typingInField(event.target);
      if (!commandK && !slash) return;
      event.preventDefault();
      show();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [show]);

  return (
    <>
      <a
        href="/search"
        onClick={(event) => {
          if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
          event.preventDefault();
          show();
        }}
        onMouseEnter={() => setWanted(true)}
        onFocus={() => setWanted(true)}
        aria-keyshortcuts="/ Control+K Meta+K"
        className="inline-flex h-9 items-center gap-2 rounded-md border border-border px-2.5 text-sm text-muted hover:bg-surface-2 hover:text-fg"
        data-testid="search-button"
        data-ready={ready ? 'true' : undefined}
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="h-4 w-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" />
        </svg>
        <span className="sr-only lg:not-sr-only">Search</span>
        <span
          aria-hidden="true"
          className="hidden rounded border border-border px-1.5 font-sans text-xs lg:inline"
        >
          /
        </span>
      </a>
      {wanted ? (
        <SearchDialog
          open={open}
          onClose={() => setOpen(false)}
          onOpened={() => {
            opening.current = false;
          }}
          typedAhead={typedAhead}
          onTypedAheadUsed={() => setTypedAhead('')}
        />
      ) : null}
    </>
  );
}
