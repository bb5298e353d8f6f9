import { Link } from '@/components/link';

/** A wrapped row of links to glossary terms: "Glossary Terms Referenced", related terms… */
export function TermChips({
  terms,
}: {
  terms: readonly { slug: string; url: string; name: string }[];
}) {
  return (
    <ul className="mt-3 flex flex-wrap gap-2">
      {terms.map((term) => (
        <li key={term.slug}>
          <Link
            href={term.url}
            className="inline-block rounded-md border border-border bg-surface px-2.5 py-1 text-sm hover:border-accent hover:text-accent"
          >
            {term.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
