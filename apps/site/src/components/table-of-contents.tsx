import type { Heading } from '@/lib/mdx-scan';

/** Answers with at least this many sections get a table of contents. */
export const TOC_MIN_SECTIONS = 3;

/** Whether an answer is long enough to need a table of contents. */
export function needsToc(headings: readonly Heading[]): boolean {
  return headings.filter((h) => h.depth === 2).length >= TOC_MIN_SECTIONS;
}

/**
 * "On this page": links to the answer's sections (## and ###). The ids come from the content
 * build, computed with the same slugger rehype-slug uses, so every link lands on its heading.
 * A <details> element: open by default, folds away on a phone without any JavaScript.
 */
export function TableOfContents({ headings }: { headings: readonly Heading[] }) {
  if (!needsToc(headings)) return null;
  return (
    <details
      open
      className="no-print mt-8 rounded-lg border border-border bg-surface"
      data-testid="toc"
      data-pagefind-ignore="all"
    >
      <summary className="cursor-pointer select-none rounded-lg px-4 py-2.5 font-semibold hover:bg-surface-2">
        On this page
      </summary>
      <nav aria-label="On this page" className="px-4 pb-4">
        <ol className="space-y-0.5 text-sm">
          {headings.map((heading) => (
            <li key={heading.id} className={heading.depth === 3 ? 'pl-4' : undefined}>
              <a
                href={`#${heading.id}`}
                className="inline-block py-1 text-accent underline-offset-2 hover:underline"
              >
                {heading.text}
              </a>
            </li>
          ))}
        </ol>
      </nav>
    </details>
  );
}
