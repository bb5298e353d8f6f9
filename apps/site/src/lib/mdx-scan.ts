import GithubSlugger from 'github-slugger';

/**
 * Facts the content build derives from an MDX body's source text, so that nobody types them by
 * hand: which glossary terms an article uses, which calculators it embeds, its headings and its
 * length. These read the raw MDX; JSX attributes are always written with double quotes.
 */

const TERM_TAG = /<Term\s+[^>]*?slug="([^"]+)"/g;
const CALCULATOR_TAG = /<([A-Z][A-Za-z]*(?:Calculator|Pricer|Lab))\b/g;
const HEADING = /^(#{2,3})\s+(.+?)\s*#*\s*$/gm;
const CODE_FENCE = /```[\s\S]*?```/g;

/** Canonical term slugs in order of first mention, without repeats. */
export function extractTermSlugs(raw: string): string[] {
  return unique([...raw.matchAll(TERM_TAG)].map((m) => m[1] ?? ''));
}

/** Names of embedded calculator components, in order of first appearance. */
export function extractCalculators(raw: string): string[] {
  return unique([...raw.replace(CODE_FENCE, '').matchAll(CALCULATOR_TAG)].map((m) => m[1] ?? ''));
}

export interface Heading {
  depth: 2 | 3;
  text: string;
  id: string;
}

/** `##` and `###` headings with the ids rehype-slug gives them (both use github-slugger). */
export function extractHeadings(raw: string): Heading[] {
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  for (const match of raw.replace(CODE_FENCE, '').matchAll(HEADING)) {
    const text = plainText(match[2] ?? '');
    headings.push({ depth: match[1]?.length === 3 ? 3 : 2, text, id: slugger.slug(text) });
  }
  return headings;
}

/** Words a reader reads: tags, attributes, markdown syntax and code removed. */
export function wordCount(raw: string): number {
  const text = plainText(raw.replace(CODE_FENCE, ' '));
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,%$-]*/gu);
  return words?.length ?? 0;
}

/** Minutes at 230 words a minute, the adult silent-reading rate for non-fiction (Brysbaert, 2019). */
export function readingTimeMinutes(raw: string): number {
  return Math.max(1, Math.round(wordCount(raw) / 230));
}

function plainText(mdx: string): string {
  return mdx
    .replace(/<[A-Z][A-Za-z]*\b[^>]*\/>/g, ' ') // self-closing components (calculators)
    .replace(/<\/?[A-Za-z][^>]*>/g, '') // opening and closing tags, keeping their children
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter(Boolean))];
}
