'use client';

import { useEffect, useState } from 'react';
import { formatCount } from '@/lib/format';
import { whenIdle } from '@/lib/when-idle';

/**
 * Sends the view beacon once the page has loaded and shows the stored count it returns. The page
 * itself stays static; until the count arrives nothing is shown rather than a made-up number.
 *
 * The count's place on the byline is kept from the first paint, as wide as "99,999 views": a
 * count that appeared in a line of its own would push the whole answer down a line after the
 * reader has started reading it (Lighthouse measured that shift on a phone, 0.007).
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

  // The separator is there from the start but unseen until the count is, so that a line can
  // still end after it, as after the byline's other separators.
  return (
    <>
      {' '}
      <span className={views === null ? 'invisible' : undefined}>·</span>{' '}
      <span className="inline-block min-w-[12ch] whitespace-nowrap">
        {views === null ? null : (
          <span data-testid="view-count">
            {formatCount(views)} {views === 1 ? 'view' : 'views'}
          </span>
        )}
      </span>
    </>
  );
}
