import Link from 'next/link';
import { trialOffer } from '@/lib/site';

/** "Put This Knowledge to Work": every call to action carries the page it came from. */
export function TrialCta({ from }: { from: string }) {
  return (
    <section
      aria-labelledby="trial-cta-heading"
      className="rounded-xl bg-accent p-6 text-on-accent sm:p-8"
    >
      <h2 id="trial-cta-heading" className="text-xl font-bold">
        {trialOffer.headline}
      </h2>
      <p className="mt-2 max-w-2xl">{trialOffer.pitch}</p>
      <Link
        href={`/trial?from=${encodeURIComponent(from)}`}
        className="mt-4 inline-block rounded-md bg-bg px-5 py-2.5 font-semibold text-fg hover:opacity-90"
        data-cta="trial"
      >
        {trialOffer.cta}
      </Link>
    </section>
  );
}
