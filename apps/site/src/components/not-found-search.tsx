'use client';

import { useEffect, useRef } from 'react';
import { queryFromPath } from '@/lib/path-query';
import { SearchForm } from './search-form';

/** The 404 page's search, pre-filled with the words of the address that was not found. */
export function NotFoundSearch() {
  const wrapper = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const input = wrapper.current?.querySelector('input');
    const guess = queryFromPath(window.location.pathname);
    if (input && !input.value && guess) input.value = guess;
  }, []);
  return (
    <div ref={wrapper} className="flex justify-center">
      <SearchForm id="not-found-search" label="Search the site" />
    </div>
  );
}
