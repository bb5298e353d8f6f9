import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CalculatorIsland } from '@/components/calculator-island';
import { Link } from '@/components/link';
import { MdxBody } from '@/components/mdx-body';
import { RiskDisclaimer } from '@/components/risk-disclaimer';
import { TermChips } from '@/components/term-chips';
import { TrialCta } from '@/components/trial-cta';
import {
  articlesEmbedding,
  calculatorGuides,
  compiledBody,
  getCalculatorGuide,
  termsReferencedBy,
} from '@/lib/content';

export const dynamicParams = false;

export function generateStaticParams() {
  return calculatorGuides.map((g) => ({ slug: g.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = getCalculatorGuide((await params).slug);
  if (!guide) return {};
  return { title: guide.title, description: guide.summary, alternates: { canonical: guide.url } };
}

export default async function CalculatorPage({ params }: Props) {
  const guide = getCalculatorGuide((await params).slug);
  if (!guide) notFound();
  const terms = termsReferencedBy(guide);
  const usedIn = articlesEmbedding(guide.component);

  return (
    <div className="mx-auto max-w-4xl">
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <ol className="flex flex-wrap items-center gap-1.5">
          <li>
            <Link href="/calculators" className="hover:text-fg hover:underline">
              Calculators
            </Link>
          </li>
          <li aria-hidden="true">›</li>
          <li aria-current="page" className="text-fg">
            {guide.title}
          </li>
        </ol>
      </nav>
      <h1 className="mt-4 text-3xl font-bold">{guide.title}</h1>
      <p className="mt-2 max-w-3xl text-lg text-muted">{guide.summary}</p>

      <div className="mt-6">
        {/* Rendered in full on the server; its code loads when the reader reaches for it, so
            the calculator is not part of the page's first-load JavaScript. (Nothing here may
            import @vixshield/ui: a server component that imports client components puts them
            in the first load even unrendered. The content schema already limits `component`
            to the calculator names.) */}
        <CalculatorIsland name={guide.component} activation="intent" />
      </div>

      <section aria-labelledby="guide-heading" className="mt-10">
        <h2 id="guide-heading" className="text-xl font-bold">
          How it works
        </h2>
        <div className="prose-answer mt-3">
          <MdxBody code={compiledBody(guide)} calculators={[]} />
        </div>
      </section>

      <div className="mt-10 grid gap-8 sm:grid-cols-2">
        <section aria-labelledby="calc-terms-heading">
          <h2 id="calc-terms-heading" className="text-base font-semibold">
            Glossary terms used
          </h2>
          <TermChips terms={terms} />
        </section>
        {usedIn.length > 0 ? (
          <section aria-labelledby="calc-articles-heading">
            <h2 id="calc-articles-heading" className="text-base font-semibold">
              Answers that use this calculator
            </h2>
            <ul className="mt-3 space-y-2 text-sm">
              {usedIn.map((a) => (
                <li key={a.slug}>
                  <Link href={a.url} className="text-accent hover:underline">
                    {a.title}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>

      <div className="mt-10 space-y-8">
        <RiskDisclaimer />
        <TrialCta from={`calculators/${guide.slug}`} />
      </div>
    </div>
  );
}
