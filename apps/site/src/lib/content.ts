import {
  allCalculatorGuides,
  allQuestions,
  allTerms,
  type CalculatorGuide,
  type Question,
  type Term,
} from 'contentlayer/generated';
import { normalizeAlias } from './content-integrity';
import { keepReadingFor } from './related';

/** Read access to the built content. Everything here runs at build time for static pages. */

export type { CalculatorGuide, Question, Term };

const byDateDesc = (a: Question, b: Question) =>
  b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug);

export const articles: Question[] = [...allQuestions].sort(byDateDesc);
export const terms: Term[] = [...allTerms].sort((a, b) =>
  a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }),
);

const articleBySlug = new Map(articles.map((a) => [a.slug, a]));
const termBySlug = new Map(terms.map((t) => [t.slug, t]));
const termByAlias = new Map<string, Term>();
for (const term of terms) {
  for (const key of [term.slug, term.name, ...term.aliases])
    termByAlias.set(normalizeAlias(key), term);
}

export function getArticle(slug: string): Question | undefined {
  return articleBySlug.get(slug);
}

export function getTerm(slug: string): Term | undefined {
  return termBySlug.get(slug);
}

/** A term by slug, name or alias ("rsi", "Relative Strength Index"), for redirects and search. */
export function findTerm(nameOrAlias: string): Term | undefined {
  return termBySlug.get(nameOrAlias) ?? termByAlias.get(normalizeAlias(nameOrAlias));
}

/** The glossary entries an article links, alphabetically. */
export function termsReferencedBy(doc: { termSlugs: string[] }): Term[] {
  return doc.termSlugs
    .map((slug) => termBySlug.get(slug))
    .filter((t): t is Term => t !== undefined)
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
}

/** Articles whose answer links the term, newest first. */
export function articlesUsingTerm(slug: string): Question[] {
  return articles.filter((a) => a.termSlugs.includes(slug));
}

export function keepReading(article: Question, limit = 4): Question[] {
  return keepReadingFor(article, articles, limit);
}

export function relatedTerms(term: Term): Term[] {
  return term.related.map((slug) => termBySlug.get(slug)).filter((t): t is Term => t !== undefined);
}

export const calculatorGuides: CalculatorGuide[] = [...allCalculatorGuides].sort(
  (a, b) => a.order - b.order,
);

export function getCalculatorGuide(slug: string): CalculatorGuide | undefined {
  return calculatorGuides.find((c) => c.slug === slug);
}

/** Articles that embed the calculator, newest first. */
export function articlesEmbedding(component: string): Question[] {
  return articles.filter((a) => a.calculators.includes(component));
}
