import katex from 'katex';
import { calculatorNames, termCalculatorNames } from './calculator-names';
import {
  type Citation,
  checkCitation,
  checkProse,
  checkReference,
  referenceEntries,
  SPX_MASTERY_REFERENCE,
} from './content-style';

/**
 * Cross-document checks the content build cannot express per file: every reference resolves,
 * every alias is unique, every term has a definition and a source. Each problem names the file
 * and, where it can, the line, so an author can fix it without searching. The house style rules
 * (US spelling, money, citations) are in content-style.ts.
 */

export interface ArticleInput {
  slug: string;
  file: string;
  source: string;
  title: string;
  summary: string;
  tags: string[];
  related: string[];
  termSlugs: string[];
  calculators: string[];
  /** The book the byline says the answer is based on, if any. */
  basedOn?: { title: string; author: string } | undefined;
}

export interface TermInput {
  slug: string;
  file: string;
  source: string;
  name: string;
  aliases: string[];
  definition: string;
  formula?: string | undefined;
  formulaNotes?: string | undefined;
  related: string[];
  sources: Citation[];
  termSlugs: string[];
  calculators: string[];
}

export interface GuideInput {
  slug: string;
  file: string;
  source: string;
  component: string;
  termSlugs: string[];
}

export interface ContentProblem {
  file: string;
  line?: number;
  message: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const STATIC_ROUTES = new Set(['/', '/ask', '/glossary', '/calculators', '/trial', '/search']);

export function normalizeAlias(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function checkContent(
  articles: ArticleInput[],
  terms: TermInput[],
  guides: GuideInput[] = [],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const articleSlugs = new Set(articles.map((a) => a.slug));
  const termSlugs = new Set(terms.map((t) => t.slug));
  const aliasOwner = new Map<string, string>();
  const calculators = new Set<string>([...calculatorNames, ...termCalculatorNames]);
  const guideSlugs = new Set(guides.map((g) => g.slug));

  const report = (file: string, source: string, needle: string | undefined, message: string) => {
    const line = needle ? lineOf(source, needle) : undefined;
    problems.push(line ? { file, line, message } : { file, message });
  };

  const checkTermRefs = (file: string, source: string, slugs: string[]) => {
    for (const slug of slugs) {
      if (!termSlugs.has(slug)) {
        const canonical = aliasOwner.get(normalizeAlias(slug));
        report(
          file,
          source,
          `slug="${slug}"`,
          canonical
            ? `<Term slug="${slug}"> uses an alias; use the canonical slug "${canonical}"`
            : `<Term slug="${slug}"> names an unknown glossary term`,
        );
      }
    }
  };

  const checkCalculators = (file: string, source: string, names: string[]) => {
    for (const name of names) {
      if (!calculators.has(name)) report(file, source, `<${name}`, `unknown calculator <${name}>`);
    }
  };

  const checkStyle = (file: string, source: string) => {
    for (const { line, message } of checkProse(source)) problems.push({ file, line, message });
  };

  const checkLinks = (file: string, source: string) => {
    for (const match of source.matchAll(/\]\((\/[^)\s#?]*)/g)) {
      const href = match[1] ?? '';
      if (!resolvesInternally(href, articleSlugs, termSlugs, guideSlugs)) {
        report(file, source, `](${href}`, `internal link ${href} does not resolve to a page`);
      }
    }
  };

  // Aliases first, so that term references can suggest the canonical slug.
  const names = new Map<string, string>();
  for (const term of terms) {
    if (!SLUG.test(term.slug))
      report(
        term.file,
        term.source,
        undefined,
        `file name "${term.slug}" is not a lowercase, hyphenated slug`,
      );
    const nameKey = normalizeAlias(term.name);
    const previous = names.get(nameKey);
    if (previous)
      report(
        term.file,
        term.source,
        'name:',
        `term "${term.name}" is defined twice (also ${previous})`,
      );
    else names.set(nameKey, term.file);

    for (const key of [term.slug, term.name, ...term.aliases].map(normalizeAlias)) {
      const owner = aliasOwner.get(key);
      if (owner && owner !== term.slug) {
        report(
          term.file,
          term.source,
          'aliases:',
          `name or alias "${key}" is also used by glossary term "${owner}"`,
        );
      } else {
        aliasOwner.set(key, term.slug);
      }
    }
  }

  for (const term of terms) {
    if (term.definition.trim().length < 20)
      report(term.file, term.source, 'definition:', 'the term has no definition');
    if (term.sources.length === 0)
      report(term.file, term.source, 'sources:', 'the term cites no source book or paper');
    if (term.formula && !term.formulaNotes)
      report(
        term.file,
        term.source,
        'formula:',
        'a formula needs formulaNotes saying what its symbols mean',
      );
    if (term.formula) {
      try {
        katex.renderToString(term.formula, { displayMode: true, throwOnError: true });
      } catch (error) {
        report(
          term.file,
          term.source,
          'formula:',
          `the formula is not valid KaTeX: ${(error as Error).message}`,
        );
      }
    }
    for (const slug of term.related) {
      if (slug === term.slug)
        report(term.file, term.source, 'related:', 'a term cannot be related to itself');
      else if (!termSlugs.has(slug))
        report(term.file, term.source, slug, `related term "${slug}" does not exist`);
    }
    for (const cited of term.sources) {
      for (const message of checkCitation(cited))
        report(term.file, term.source, cited.title, message);
      if (cited.title === 'SPX Mastery' && cited.year !== undefined)
        report(term.file, term.source, 'SPX Mastery', 'SPX Mastery has no known year: omit it');
    }
    checkTermRefs(term.file, term.source, term.termSlugs);
    checkCalculators(term.file, term.source, term.calculators);
    checkLinks(term.file, term.source);
    checkStyle(term.file, term.source);
  }

  for (const article of articles) {
    if (!SLUG.test(article.slug))
      report(
        article.file,
        article.source,
        undefined,
        `file name "${article.slug}" is not a lowercase, hyphenated slug`,
      );
    if (article.slug.length > 60)
      report(
        article.file,
        article.source,
        undefined,
        `slug "${article.slug}" is longer than 60 characters`,
      );
    if (article.summary.length > 220)
      report(
        article.file,
        article.source,
        'summary:',
        `summary is ${article.summary.length} characters; keep it under 220`,
      );
    if (article.tags.length === 0)
      report(article.file, article.source, 'tags:', 'an article needs at least one tag');
    for (const tag of article.tags) {
      if (!SLUG.test(tag))
        report(article.file, article.source, tag, `tag "${tag}" must be lowercase and hyphenated`);
    }
    for (const slug of article.related) {
      if (slug === article.slug)
        report(article.file, article.source, 'related:', 'an article cannot be related to itself');
      else if (!articleSlugs.has(slug))
        report(article.file, article.source, slug, `related article "${slug}" does not exist`);
    }
    if (article.termSlugs.length === 0)
      report(article.file, article.source, undefined, 'the article links no glossary term');
    const references = referenceEntries(article.source);
    for (const { line, text } of references) {
      for (const message of checkReference(text))
        problems.push({ file: article.file, line, message });
    }
    const citesSpxMastery = references.some(({ text }) => text === SPX_MASTERY_REFERENCE);
    if (article.basedOn && !citesSpxMastery)
      report(
        article.file,
        article.source,
        'basedOn:',
        `the byline says "Based on ${article.basedOn.title}" but the References do not cite "${SPX_MASTERY_REFERENCE}"`,
      );
    if (!article.basedOn && citesSpxMastery)
      report(
        article.file,
        article.source,
        SPX_MASTERY_REFERENCE,
        'the answer cites SPX Mastery: add basedOn to its front matter so the byline says so',
      );
    checkTermRefs(article.file, article.source, article.termSlugs);
    checkCalculators(article.file, article.source, article.calculators);
    checkLinks(article.file, article.source);
    checkStyle(article.file, article.source);
  }

  const guideByComponent = new Map<string, string>();
  for (const guide of guides) {
    const other = guideByComponent.get(guide.component);
    if (other)
      report(
        guide.file,
        guide.source,
        'component:',
        `<${guide.component}> already has a guide page (${other})`,
      );
    guideByComponent.set(guide.component, guide.file);
    checkTermRefs(guide.file, guide.source, guide.termSlugs);
    checkLinks(guide.file, guide.source);
    checkStyle(guide.file, guide.source);
  }
  if (guides.length > 0) {
    for (const name of calculatorNames) {
      if (!guideByComponent.has(name)) {
        problems.push({
          file: 'content/calculators',
          message: `calculator <${name}> has no guide page in content/calculators`,
        });
      }
    }
  }

  return problems;
}

function resolvesInternally(
  href: string,
  articles: Set<string>,
  terms: Set<string>,
  guides: Set<string>,
): boolean {
  const path = href.replace(/\/+$/, '') || '/';
  if (STATIC_ROUTES.has(path)) return true;
  const [, section, slug, extra] = path.split('/');
  if (extra !== undefined || !slug) return false;
  if (section === 'ask') return articles.has(slug);
  if (section === 'glossary') return terms.has(slug);
  if (section === 'calculators') return guides.has(slug);
  return false;
}

/** 1-based line of the first occurrence of needle, or undefined. */
export function lineOf(source: string, needle: string): number | undefined {
  const index = source.indexOf(needle);
  if (index < 0) return undefined;
  return source.slice(0, index).split('\n').length;
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`;
}
