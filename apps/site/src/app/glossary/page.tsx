import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { GlossaryBrowser } from '@/components/glossary-browser';
import { JsonLd } from '@/components/json-ld';
import { terms } from '@/lib/content';
import { env } from '@/lib/env';
import { definedTermSetLd, graphLd, pageMetadata } from '@/lib/seo';
import { site, termCategories } from '@/lib/site';

export const metadata: Metadata = pageMetadata(
  {
    title: 'Glossary',
    description: `${site.name} glossary: one canonical definition for every options, volatility, risk and finance term the answers use, from A to Z.`,
    path: '/glossary',
  },
  site.name,
  site.locale,
);

export default function GlossaryIndexPage() {
  const used = new Set(terms.map((t) => t.category));
  const categories = termCategories
    .filter((c) => used.has(c.slug))
    .map((c) => ({ slug: c.slug, name: c.name }));
  const structuredData = definedTermSetLd(
    { url: env.SITE_URL, name: site.name, description: site.description, locale: site.locale },
    site.sections.glossary,
    terms.map((t) => ({
      name: t.name,
      aliases: t.aliases,
      definition: t.definition,
      path: t.url,
      category: t.category,
    })),
  );

  return (
    <div>
      <JsonLd data={graphLd(structuredData)} />
      <Breadcrumbs
        crumbs={[
          { name: 'Home', path: '/' },
          { name: 'Glossary', path: '/glossary' },
        ]}
      />
      <h1 className="mt-4 text-3xl font-bold">Glossary</h1>
      <p className="mt-2 max-w-3xl text-muted">
        {terms.length} terms, each defined once and linked from every answer that uses it. Filter by
        name or abbreviation, narrow to a category, or jump to a letter.
      </p>
      <GlossaryBrowser
        terms={terms.map((t) => ({
          slug: t.slug,
          url: t.url,
          name: t.name,
          aliases: t.aliases,
          subtitle: t.subtitle,
          category: t.category,
        }))}
        categories={categories}
      />
    </div>
  );
}
