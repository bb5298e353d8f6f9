import { findBritishSpellings } from './us-spelling';

/**
 * The house style rules a machine can check, each reported with the line it breaks:
 *
 * - US English: no word from the British spelling list (see us-spelling.ts).
 * - Money as "$1,250" (`$` or `\$` in MDX: only `$$` opens math), never "1,250 dollars" or "a 1,250-dollar credit".
 * - One citation format, author–date: "Hull, J. C. (2022). *Title* (11th ed.). Publisher." Every
 *   reference names its year, or "(n.d.)" when none is known; a reference list names every
 *   author, so "et al." is only for the text, where three or more authors require it ("Daian et
 *   al., 2020") and two are joined by "&" in parentheses ("(Carr & Wu, 2009)"); titles are in title case
 *   (every word of four letters or more capitalized, as are the first word and the first word
 *   after a colon). *SPX Mastery* has no known year or publisher: it is cited "Clark, R. (n.d.).
 *   *SPX Mastery*." and "(Clark, n.d.)" in the text.
 */

export interface StyleProblem {
  line: number;
  message: string;
}

export interface Citation {
  author: string;
  year?: number | undefined;
  title: string;
}

export const SPX_MASTERY_REFERENCE = 'Clark, R. (n.d.). *SPX Mastery*.';

const lineAt = (source: string, index: number) => source.slice(0, index).split('\n').length;

/** Spelling, money and in-text citation rules, for the whole file (front matter included). */
export function checkProse(source: string): StyleProblem[] {
  const problems: StyleProblem[] = [];
  for (const { word, us, index } of findBritishSpellings(source)) {
    problems.push({
      line: lineAt(source, index),
      message: `"${word}" is British spelling; write "${us}" (the site is in US English)`,
    });
  }
  for (const match of source.matchAll(
    /\b(\d[\d,]*(?:\.\d+)?(?:\s+(?:thousand|million|billion|trillion))?)(?:\s+dollars|-dollar)\b/g,
  )) {
    problems.push({
      line: lineAt(source, match.index),
      message: `write "$${match[1]?.replace(/\s+/g, ' ')}", not "${match[0].replace(/\s+/g, ' ')}"`,
    });
  }
  for (const match of source.matchAll(
    /\b[A-Z][a-z]+(?:, [A-Z][a-z]+)+,? (?:and|&) [A-Z][a-z]+,? \(?(?:\d{4}|n\.d\.)/g,
  )) {
    problems.push({
      line: lineAt(source, match.index),
      message: `cite three or more authors in the text as "${match[0].split(',')[0]} et al.", not "${match[0]}"`,
    });
  }
  for (const match of source.matchAll(/\(([A-Z][a-z]+) and ([A-Z][a-z]+), (?:\d{4}|n\.d\.)/g)) {
    problems.push({
      line: lineAt(source, match.index),
      message: `join two authors with "&" inside parentheses: "(${match[1]} & ${match[2]}, …)"`,
    });
  }
  for (const match of source.matchAll(/\(Clark\)|\(Clark, \d{4}\)/g)) {
    problems.push({
      line: lineAt(source, match.index),
      message: `cite SPX Mastery in the text as "(Clark, n.d.)", not "${match[0]}"`,
    });
  }
  return problems;
}

/** The "- " entries of the `## References` section, with their line numbers. */
export function referenceEntries(source: string): { line: number; text: string }[] {
  const lines = source.split('\n');
  const start = lines.findIndex((line) => /^## References\s*$/.test(line));
  if (start < 0) return [];
  const entries: { line: number; text: string }[] = [];
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^#{1,2} /.test(line)) break;
    if (line.startsWith('- ')) entries.push({ line: i + 1, text: line.slice(2).trim() });
  }
  return entries;
}

const REFERENCE = /^(?<author>.+?) \((?<year>\d{4}|n\.d\.)\)\. (?<rest>.+)$/;

/** One `## References` entry: author list, year or n.d., title case. */
export function checkReference(text: string): string[] {
  const match = REFERENCE.exec(text);
  if (!match?.groups) {
    return [
      `reference "${text.length > 60 ? `${text.slice(0, 60)}…` : text}" is not in the form "Author, A. B. (2022). *Title*." (use (n.d.) when there is no year)`,
    ];
  }
  const { author = '', year, rest = '' } = match.groups;
  const problems = checkCitation({ author, title: referenceTitle(rest) });
  if (author.startsWith('Clark,') && text !== SPX_MASTERY_REFERENCE && rest.includes('SPX Mastery'))
    problems.push(`cite SPX Mastery as "${SPX_MASTERY_REFERENCE}"`);
  if (year !== 'n.d.' && rest.includes('SPX Mastery'))
    problems.push('SPX Mastery has no known year: cite it with (n.d.)');
  return problems;
}

/** The title of a reference after "(year). ": the first italic run, or the text up to ". *". */
function referenceTitle(rest: string): string {
  if (rest.startsWith('*')) return rest.slice(1, rest.indexOf('*', 1));
  const end = rest.search(/\. (\*|In )/);
  return end < 0 ? rest : rest.slice(0, end);
}

/** A cited work, from a reference list or a glossary entry's `sources`. */
export function checkCitation({ author, title }: Citation): string[] {
  const problems: string[] = [];
  if (/\bet al\b/.test(author))
    problems.push(`list every author of "${title}"; "et al." is for in-text citations only`);
  const lower = lowercaseMajorWords(title);
  if (lower.length > 0)
    problems.push(`title "${title}" is not in title case (capitalize ${lower.join(', ')})`);
  return problems;
}

/** Words of a title that title case capitalizes but the title does not. */
export function lowercaseMajorWords(title: string): string[] {
  const lower: string[] = [];
  const clauses = title.replace(/[*_]/g, '').split(/:\s+/);
  for (const clause of clauses) {
    clause
      .split(/[\s\-–/]+/)
      .filter((word) => /^\p{L}/u.test(word))
      .forEach((word, i) => {
        const letters = word.replace(/[^\p{L}]/gu, '');
        const first = letters[0] ?? '';
        if ((i === 0 || letters.length >= 4) && first !== first.toUpperCase())
          lower.push(word.replace(/[^\p{L}\p{N}]+$/u, ''));
      });
  }
  return lower;
}
