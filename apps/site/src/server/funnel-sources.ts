import { DIRECT_SOURCE, normalizeSource } from '@/lib/attribution';
import { getArticle, getCalculatorGuide, getTerm } from '@/lib/content';

/** Site pages without a slug whose calls to action or links lead to /trial. */
const PAGE_SOURCES: Record<string, string> = {
  home: 'Home page',
  header: 'Site header',
  footer: 'Site footer',
  calculators: 'Calculators index',
  ask: 'Answers index',
  glossary: 'Glossary index',
  [DIRECT_SOURCE]: 'Direct (no source)',
};

/** Whether a funnel source names a page that exists: an article, term, calculator or site page. */
export function isKnownSource(source: string): boolean {
  return sourceTitle(source) !== undefined;
}

/** The page a source names, for the funnel table; undefined for sources that name nothing. */
export function sourceTitle(source: string): string | undefined {
  // Own keys only: `__proto__`, `constructor` or `toString` name no page.
  if (Object.hasOwn(PAGE_SOURCES, source)) return PAGE_SOURCES[source];
  const [kind, slug] = source.split('/', 2);
  if (!slug) return undefined;
  if (kind === 'ask') return getArticle(slug)?.title;
  if (kind === 'glossary') return getTerm(slug)?.name;
  if (kind === 'calculators') return getCalculatorGuide(slug)?.title;
  return undefined;
}

/** The page's URL on this site, if the source names one. */
export function sourceHref(source: string): string | undefined {
  if (source === 'home') return '/';
  if (source === 'calculators' || source === 'ask' || source === 'glossary') return `/${source}`;
  if (/^(ask|glossary|calculators)\//.test(source) && isKnownSource(source)) return `/${source}`;
  return undefined;
}

/** What a sign-up or trial view is attributed to: a known page, or `direct`. */
export function attributedSource(value: unknown): string {
  const source = normalizeSource(value);
  return isKnownSource(source) ? source : DIRECT_SOURCE;
}
