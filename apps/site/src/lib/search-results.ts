/**
 * Shapes Pagefind's results for the search dialog and the /search page: each hit becomes an
 * answer, a glossary term or a calculator (by its URL), and hits are shown in those groups.
 */

export type ResultKind = 'article' | 'term' | 'calculator';

export interface SearchHit {
  url: string;
  title: string;
  /** HTML from Pagefind: escaped text with the matched words in <mark>. */
  excerpt: string;
  kind: ResultKind;
}

export interface ResultGroup {
  kind: ResultKind;
  label: string;
  hits: SearchHit[];
}

export const GROUP_ORDER: readonly { kind: ResultKind; label: string }[] = [
  { kind: 'article', label: 'Answers' },
  { kind: 'term', label: 'Glossary terms' },
  { kind: 'calculator', label: 'Calculators' },
];

/** The kind of page a URL is, or undefined for pages search does not list. */
export function kindOfUrl(url: string): ResultKind | undefined {
  const path = url.replace(/^https?:\/\/[^/]+/, '');
  if (/^\/ask\/[^/]+\/?$/.test(path)) return 'article';
  if (/^\/glossary\/[^/]+\/?$/.test(path)) return 'term';
  if (/^\/calculators\/[^/]+\/?$/.test(path)) return 'calculator';
  return undefined;
}

/** Pagefind's data() for one result, reduced to what the UI uses. */
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}

export function toHit(data: PagefindData): SearchHit | undefined {
  const kind = kindOfUrl(data.url);
  if (!kind) return undefined;
  return {
    url: data.url.replace(/\/$/, '') || '/',
    title: data.meta.title?.trim() || data.url,
    excerpt: sanitizeExcerpt(data.excerpt),
    kind,
  };
}

/**
 * Pagefind escapes the page text and adds only <mark> tags; this keeps it that way even if an
 * excerpt were to carry other markup, so rendering it as HTML cannot inject anything.
 */
export function sanitizeExcerpt(html: string): string {
  return html
    .replace(/<(\/?)mark>/g, '\uE000$1\uE001')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\uE000(\/?)\uE001/g, '<$1mark>');
}

/** Hits in group order (answers, terms, calculators), each group in relevance order. */
export function groupHits(
  hits: readonly SearchHit[],
  perGroup = Number.POSITIVE_INFINITY,
): ResultGroup[] {
  return GROUP_ORDER.map(({ kind, label }) => ({
    kind,
    label,
    hits: hits.filter((hit) => hit.kind === kind).slice(0, perGroup),
  })).filter((group) => group.hits.length > 0);
}
