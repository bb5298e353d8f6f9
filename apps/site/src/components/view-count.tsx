'use client';

import { useEffect, useState } from 'react';
import { formatCount } from '@/lib/format';
import { whenIdle } from '@/lib/when-idle';

/**
 * Sends the view beacon once the page has loaded and shows the stored count it returns. The page
 * itself stays static; until the count arrives nothing is shown rather than a made-up number.
 */
export function ViewCount({ slug }: { slug: string }) {
  const [views, setViews] = useState<number | null>(null);

  useEffect(() => {
    let cancelled = false;
    // The beacon waits until the browser is idle after hydration: the count is a courtesy and
    // must not compete with the page becoming interactive.
    const send = () =>
      fetch('/api/views', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ slug }),
        keepalive: true,
      })
        .then((response) => (response.ok ? (response.json() as Promise<{ views: number }>) : null))
        .then((body) => {
          if (!cancelled && body && Number.isFinite(body.views)) setViews(body.views);
        })
        .catch(() => {
          // The count is a courtesy: a failed beacon leaves the byline without it.
        });
    const cancel = whenIdle(send);
    return () => {
      cancelled = true;
      cancel();
    };
  }, [slug]);

  if (views === null) return null;
  return (
    <span data-testid="view-count">
      {' · '}
      <span className="whitespace-nowrap">
        {formatCount(views)} {views === 1 ? 'view' : 'views'}
      </span>
    </span>
  );
}
