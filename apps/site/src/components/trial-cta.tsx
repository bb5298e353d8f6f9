'use client';

import { useEffect, useState } from 'react';
import { Link } from '@/components/link';
import {
  rememberedUtm,
  sendFunnelStep,
  trialHref,
  type Utm,
  utmFromSearch,
} from '@/lib/attribution';
import { trialOffer } from '@/lib/site';
import { whenIdle } from '@/lib/when-idle';

/**
 * "Put This Knowledge to Work": every call to action carries the page it came from and the
 * visit's UTM parameters to /trial, reports the page view once it has loaded and the click when
 * it happens (first-party beacons only). The server-rendered link carries the source alone, so
 * the page stays static; the UTM parameters are added in the browser.
 */
export function TrialCta({ from }: { from: string }) {
  const [utm, setUtm] = useState<Utm>({});

  useEffect(() => {
    setUtm(rememberedUtm(utmFromSearch(window.location.search)));
    // The beacon waits for the idle page, as the view count does.
    return whenIdle(() => sendFunnelStep('view', from));
  }, [from]);

  return (
    <section
      aria-labelledby="trial-cta-heading"
      // Light: a solid accent panel. Dark: the accent is a light blue, so a solid panel would be
      // the brightest block on the page; there it is a dark surface with an accent edge instead.
      className="rounded-xl bg-accent p-6 text-on-accent sm:p-8 dark:border dark:border-accent/50 dark:bg-surface-2 dark:text-fg"
    >
      <h2 id="trial-cta-heading" className="text-xl font-bold dark:text-accent-strong">
        {trialOffer.headline}
      </h2>
      <p className="mt-2 max-w-2xl">{trialOffer.pitch}</p>
      <Link
        href={trialHref(from, utm)}
        className="mt-4 inline-block rounded-md bg-bg px-5 py-2.5 font-semibold text-fg hover:opacity-90 dark:bg-accent dark:text-on-accent"
        data-cta="trial"
        onClick={() => sendFunnelStep('cta_click', from)}
      >
        {trialOffer.cta}
      </Link>
    </section>
  );
}
