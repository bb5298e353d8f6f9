import katex from 'katex';
import 'katex/dist/katex.min.css';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { CitationBlock } from '@/components/citation-block';
import { JsonLd } from '@/components/json-ld';
import { Link } from '@/components/link';
import { MdxBody } from '@/components/mdx-body';
import { TermChips } from '@/components/term-chips';
import { TrialCta } from '@/components/trial-cta';
import { apaCitation } from '@/lib/citation';
import { articlesUsingTerm, compiledBody, getTerm, relatedTerms, terms } from '@/lib/content';
import { env } from '@/lib/env';
import { TERM_PAGE_ANSWERS, termAnswersBase } from '@/lib/listings';
import { definedTermLd, graphLd, pageMetadata } from '@/lib/seo';
import { site, termCategory } from '@/lib/site';

export const dynamicParams = false;

export function generateStaticParams() {
  return terms.map((t) => ({ slug: t.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const term = getTerm((await params).slug);
  if (!term) return {};
  return pageMetadata(
    {
      title: `${term.name}: definition and how it works`,
      description: term.definition,
      path: term.url,
      ownImage: true,
    },
    site.name,
    site.locale,
  );
}

/** The date a term's citation carries: the glossary's edition year. */
const GLOSSARY_EDITION = '2026-11-01';

export default async function TermPage({ params }: Props) {
  const term = getTerm((await params).slug);
  if (!term) notFound();

  const category = termCategory(term.category);
  const usedBy = articlesUsingTerm(term.slug);
  const related = relatedTerms(term);
  const formulaHtml = term.formula
    ? katex.renderToString(term.formula, {
        displayMode: true,
        throwOnError: true,
        output: 'htmlAndMathml',
      })
    : null;
  const citation = apaCitation({
    author: site.defaultAuthor,
    date: GLOSSARY_EDITION,
    title: term.name,
    section: site.sections.glossary,
    url: `${env.SITE_URL}${term.url}`,
  });

  const structuredData = definedTermLd(
    { url: env.SITE_URL, name: site.name, description: site.description, locale: site.locale },
    site.sections.glossary,
    {
      name: term.name,
      aliases: term.aliases,
      definition: term.definition,
      path: term.url,
      category: category?.name ?? term.category,
    },
  );

  return (
    <article className="mx-auto max-w-3xl" data-testid="term">
      <JsonLd data={graphLd(structuredData)} />
      <Breadcrumbs
        crumbs={[
          { name: 'Home', path: '/' },
          { name: 'Glossary', path: '/glossary' },
          { name: term.name, path: term.url },
        ]}
      />

      <header className="mt-4">
        <h1 className="text-3xl font-bold leading-tight">{term.name}</h1>
        <p className="mt-2 text-lg text-muted">{term.subtitle}</p>
        <div className="mt-3 flex flex-wrap gap-2 text-xs font-semibold" data-pagefind-ignore="all">
          <span className="rounded-full bg-surface-2 px-2.5 py-1">{category?.name}</span>
          {term.proprietary ? (
            <span className="rounded-full border border-accent px-2.5 py-1 text-accent">
              Proprietary
            </span>
          ) : null}
        </div>
        {term.aliases.length > 0 ? (
          <p className="mt-3 text-sm text-muted" data-testid="aliases">
            Also called: {term.aliases.join(', ')}
          </p>
        ) : null}
      </header>

      {term.proprietary ? (
        <aside
          className="mt-6 rounded-lg border border-border bg-surface p-4 text-sm"
          aria-label="Attribution"
        >
          <p>
            <strong>Attribution.</strong> This term is a coinage of the{' '}
            <cite>{site.defaultBasedOn.title}</cite> methodology by {site.defaultBasedOn.author}. It
            is not a standard market term; the explanation below is our own reading of how the
            methodology uses it.
          </p>
        </aside>
      ) : null}

      <section aria-labelledby="definition-heading" className="mt-8">
        <h2 id="definition-heading" className="text-xl font-bold">
          Definition
        </h2>
        <p className="mt-2 text-[1.0625rem] leading-relaxed" data-testid="definition">
          {term.definition}
        </p>
      </section>

      {formulaHtml ? (
        <section aria-labelledby="formula-heading" className="mt-8">
          <h2 id="formula-heading" className="text-xl font-bold">
            Formula / Rules
          </h2>
          <div
            className="mt-3 overflow-x-auto rounded-lg border border-border bg-surface px-4 py-2"
            // biome-ignore lint/security/noDangerouslySetInnerHtml: KaTeX HTML is rendered at build time from our own content, never from reader input
            dangerouslySetInnerHTML={{ __html: formulaHtml }}
          />
          {term.formulaNotes ? (
            <p className="mt-2 text-sm text-muted">{term.formulaNotes}</p>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="how-heading" className="mt-8">
        <h2 id="how-heading" className="text-xl font-bold">
          How It Works
        </h2>
        <div className="prose-answer mt-3">
          <MdxBody code={compiledBody(term)} calculators={term.calculators} />
        </div>
      </section>

      <section aria-labelledby="sources-heading" className="mt-8" data-pagefind-ignore="all">
        <h2 id="sources-heading" className="text-xl font-bold">
          Source Books
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {term.sources.map((source) => (
            <li key={`${source.author}-${source.title}`}>
              {source.author} {source.year ? `(${source.year}). ` : '(n.d.). '}
              <cite>{source.title}</cite>
              {source.edition ? ` (${source.edition})` : ''}.
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="faq-heading" className="mt-8">
        <h2 id="faq-heading" className="text-xl font-bold">
          Frequently Asked Question
        </h2>
        <h3 className="mt-3 font-semibold">{term.faq.question}</h3>
        <p className="mt-1.5 leading-relaxed">{term.faq.answer}</p>
      </section>

      {related.length > 0 ? (
        <section
          aria-labelledby="related-terms-heading"
          className="mt-8"
          data-pagefind-ignore="all"
        >
          <h2 id="related-terms-heading" className="text-xl font-bold">
            Related Terms
          </h2>
          <TermChips terms={related} />
        </section>
      ) : null}

      {usedBy.length > 0 ? (
        <section aria-labelledby="used-by-heading" className="mt-8" data-pagefind-ignore="all">
          <h2 id="used-by-heading" className="text-xl font-bold">
            Articles that use this term
          </h2>
          <ul className="mt-3 space-y-2">
            {usedBy.slice(0, TERM_PAGE_ANSWERS).map((a) => (
              <li key={a.slug}>
                <Link href={a.url} className="text-accent underline-offset-2 hover:underline">
                  {a.title}
                </Link>
              </li>
            ))}
          </ul>
          {usedBy.length > TERM_PAGE_ANSWERS ? (
            <p className="mt-3">
              <Link
                href={termAnswersBase(term)}
                className="font-semibold text-accent underline underline-offset-2"
                data-testid="all-answers-using-term"
              >
                All {usedBy.length} answers that use {term.name}
              </Link>
            </p>
          ) : null}
        </section>
      ) : null}

      <div className="mt-10 space-y-8" data-pagefind-ignore="all">
        <CitationBlock citation={citation} />
        <div className="no-print">
          <TrialCta from={`glossary/${term.slug}`} />
        </div>
        <p className="text-sm text-muted">
          Not financial advice. Definitions are educational; paper trade any idea before risking
          money on it.
        </p>
      </div>
    </article>
  );
}
