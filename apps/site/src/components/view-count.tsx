'use client';

import { useEffect, useState } from 'react';
import { formatCount } from '@/lib/format';

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
    // Safari has no requestIdleCallback: a zero timeout still lets hydration finish first.
    const idle = 'requestIdleCallback' in window;
    const handle = idle
      ? window.requestIdleCallback(send, { timeout: 3000 })
      : window.setTimeout(send, 0);
    return () => {
      cancelled = true;
      if (idle) window.cancelIdleCallback(handle);
      else window.clearTimeout(handle);
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
