import type { Citation } from '@/lib/citation';
import { CopyButton } from './copy-button';

export function CitationBlock({
  citation,
  headingId = 'cite-heading',
}: {
  citation: Citation;
  headingId?: string;
}) {
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-border p-5">
      <h2 id={headingId} className="text-base font-semibold">
        Cite this page (APA)
      </h2>
      <p className="mt-2 break-words font-serif text-[0.95rem]" data-testid="apa-citation">
        {citation.author}. ({citation.year}). <cite>{citation.title}</cite> {citation.section}.
        Retrieved from <span className="break-all">{citation.url}</span>
      </p>
      <div className="mt-3">
        <CopyButton text={citation.text} label="Copy citation" />
      </div>
    </section>
  );
}
