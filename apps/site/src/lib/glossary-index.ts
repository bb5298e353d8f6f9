/**
 * The glossary's A–Z index: which letter a term files under, and which terms match what a reader
 * types. Shared by the server render and the filter island so both agree on every term.
 */

export interface IndexTerm {
  slug: string;
  name: string;
  aliases: string[];
  subtitle: string;
  category: string;
}

/** Letters of the jump bar, in order; "#" collects names that start with a digit or symbol. */
export const INDEX_LETTERS = ['#', ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'] as const;

/** The letter a name files under: its first letter without accents, or "#". */
export function indexLetter(name: string): string {
  const first = name
    .trim()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .charAt(0)
    .toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}

/** The id of a letter's section, valid in a URL fragment: "letter-A", "letter-digits". */
export function letterId(letter: string): string {
  return `letter-${letter === '#' ? 'digits' : letter}`;
}

/** Lower case, accents and punctuation removed, runs of space collapsed: "Put–Call" → "put call". */
export function normalizeQuery(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

/**
 * Whether a term matches the typed query: every word of the query must start a word of the
 * term's name, one of its aliases or its subtitle ("iron con" finds Iron Condor, "ic" finds it
 * through its alias IC). An empty query matches everything.
 */
export function termMatches(term: IndexTerm, query: string): boolean {
  const words = normalizeQuery(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystacks = [term.name, ...term.aliases, term.subtitle].map((text) =>
    normalizeQuery(text).split(' '),
  );
  // Name and aliases must match on their own; the subtitle counts as one more source of words.
  return haystacks.some((tokens) =>
    words.every((word) => tokens.some((token) => token.startsWith(word))),
  );
}

/** Terms matching the query and (when given) the category, in their original order. */
export function filterTerms<T extends IndexTerm>(
  terms: readonly T[],
  query: string,
  category: string | undefined,
): T[] {
  return terms.filter(
    (term) => (!category || term.category === category) && termMatches(term, query),
  );
}

/** Terms grouped by letter, in INDEX_LETTERS order; letters without terms are left out. */
export function groupByLetter<T extends IndexTerm>(
  terms: readonly T[],
): { letter: string; terms: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const term of terms) {
    const letter = indexLetter(term.name);
    const list = groups.get(letter);
    if (list) list.push(term);
    else groups.set(letter, [term]);
  }
  return INDEX_LETTERS.filter((letter) => groups.has(letter)).map((letter) => ({
    letter,
    terms: groups.get(letter) ?? [],
  }));
}
