import type { Metadata } from 'next';
import Link from 'next/link';
import { terms } from '@/lib/content';
import { site, termCategory } from '@/lib/site';

export const metadata: Metadata = {
  title: 'Glossary',
  description: `${site.name} glossary: one canonical definition for every options, volatility, risk and finance term the answers use.`,
  alternates: { canonical: '/glossary' },
};

function initial(name: string): string {
  const letter = name.trim().charAt(0).toUpperCase();
  return /[A-Z]/.test(letter) ? letter : '#';
}

export default function GlossaryIndexPage() {
  const letters = new Map<string, typeof terms>();
  for (const term of terms) {
    const key = initial(term.name);
    letters.set(key, [...(letters.get(key) ?? []), term]);
  }
  const keys = [...letters.keys()].sort((a, b) =>
    a === '#' ? -1 : b === '#' ? 1 : a.localeCompare(b),
  );

  return (
    <div>
      <h1 className="text-3xl font-bold">Glossary</h1>
      <p className="mt-2 text-muted">
        {terms.length} terms, each defined once and linked from every answer that uses it.
      </p>
      <nav aria-label="Jump to letter" className="mt-5">
        <ul className="flex flex-wrap gap-1.5 text-sm">
          {keys.map((k) => (
            <li key={k}>
              <a
                href={`#letter-${k === '#' ? 'digits' : k}`}
                className="inline-flex h-8 w-8 items-center justify-center rounded-md border border-border hover:bg-surface-2"
              >
                {k}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {keys.map((k) => (
        <section
          key={k}
          id={`letter-${k === '#' ? 'digits' : k}`}
          aria-labelledby={`letter-${k}-heading`}
          className="mt-8 scroll-mt-20"
        >
          <h2 id={`letter-${k}-heading`} className="border-b border-border pb-1 text-xl font-bold">
            {k === '#' ? '0–9' : k}
          </h2>
          <ul className="mt-3 grid gap-3 sm:grid-cols-2">
            {(letters.get(k) ?? []).map((t) => (
              <li key={t.slug}>
                <Link href={t.url} className="font-semibold text-accent hover:underline">
                  {t.name}
                </Link>
                <span className="ml-2 text-xs text-muted">{termCategory(t.category)?.name}</span>
                <p className="text-sm text-muted">{t.subtitle}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
