import type { Citation } from '@/lib/citation';
import { CopyButton } from './copy-button';
import { UrlText } from './url-text';

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
      <p className="mt-2 text-[0.95rem] leading-relaxed" data-testid="apa-citation">
        {citation.author}. ({citation.year}). <cite>{citation.title}</cite> {citation.section}.
        Retrieved from <UrlText url={citation.url} />
      </p>
      <div className="mt-3">
        <CopyButton text={citation.text} label="Copy citation" />
      </div>
    </section>
  );
}
