/**
 * One canonical page per glossary term: every other name or abbreviation of a term becomes a
 * permanent redirect to it, so /glossary/relative-strength-index lands on /glossary/rsi.
 */
export interface AliasSource {
  slug: string;
  name: string;
  aliases: string[];
}

export function aliasSlug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function aliasRedirects(
  terms: AliasSource[],
): { source: string; destination: string; permanent: true }[] {
  const canonical = new Set(terms.map((t) => t.slug));
  const seen = new Set<string>();
  const redirects: { source: string; destination: string; permanent: true }[] = [];
  for (const term of terms) {
    for (const alias of [term.name, ...term.aliases]) {
      const from = aliasSlug(alias);
      if (!from || canonical.has(from) || seen.has(from)) continue;
      seen.add(from);
      redirects.push({
        source: `/glossary/${from}`,
        destination: `/glossary/${term.slug}`,
        permanent: true,
      });
    }
  }
  return redirects;
}
