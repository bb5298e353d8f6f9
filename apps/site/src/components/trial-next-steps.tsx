import { Link } from '@/components/link';
import { site, trialOffer } from '@/lib/site';

/** "What happens next": what the trial brings, its terms, and where to read meanwhile. */
export function TrialNextSteps() {
  return (
    <>
      <section aria-labelledby="next-heading" className="mt-8">
        <h2 id="next-heading" className="text-xl font-bold">
          What happens next
        </h2>
        <ul className="mt-3 list-disc space-y-2 pl-5">
          {trialOffer.includes.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <ul className="mt-6 space-y-1 text-sm text-muted">
          {trialOffer.terms.map((term) => (
            <li key={term}>{term}</li>
          ))}
        </ul>
      </section>
      <p className="mt-8">
        While you wait, the{' '}
        <Link href="/ask" className="text-accent underline underline-offset-2">
          {site.name} answers
        </Link>{' '}
        explain the methodology behind every signal, and the{' '}
        <Link href="/calculators" className="text-accent underline underline-offset-2">
          calculators
        </Link>{' '}
        let you check any position yourself.
      </p>
    </>
  );
}
