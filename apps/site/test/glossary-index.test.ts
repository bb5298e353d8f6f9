import { describe, expect, it } from 'vitest';
import {
  filterTerms,
  groupByLetter,
  INDEX_LETTERS,
  type IndexTerm,
  indexLetter,
  letterId,
  normalizeQuery,
  termMatches,
} from '@/lib/glossary-index';

const t = (
  name: string,
  aliases: string[] = [],
  category = 'strategies',
  subtitle = '',
): IndexTerm => ({
  slug: name.toLowerCase().replace(/\W+/g, '-'),
  name,
  aliases,
  subtitle,
  category,
});

const condor = t('Iron Condor', ['IC', 'Short Iron Condor'], 'strategies', 'A four-leg position.');
const rsi = t('Relative Strength Index', ['RSI'], 'technical-indicators', 'A momentum oscillator.');
const putCall = t('Put–Call Parity', [], 'options-basics', 'Links calls, puts and the forward.');
const zero = t('0DTE', ['zero days to expiration'], 'options-basics');
const emini = t('Émini future', [], 'market-structure');

describe('indexLetter', () => {
  it('files names by first letter without accents; digits and symbols under #', () => {
    expect(indexLetter('Iron Condor')).toBe('I');
    expect(indexLetter('  delta')).toBe('D');
    expect(indexLetter('Émini future')).toBe('E');
    expect(indexLetter('0DTE')).toBe('#');
    expect(indexLetter('%B indicator')).toBe('#');
  });

  it('letterId gives fragment-safe ids', () => {
    expect(letterId('A')).toBe('letter-A');
    expect(letterId('#')).toBe('letter-digits');
  });

  it('the letter bar is # then A–Z', () => {
    expect(INDEX_LETTERS).toHaveLength(27);
    expect(INDEX_LETTERS[0]).toBe('#');
    expect(INDEX_LETTERS.at(-1)).toBe('Z');
  });
});

describe('termMatches', () => {
  it('an empty or blank query matches everything', () => {
    expect(termMatches(condor, '')).toBe(true);
    expect(termMatches(condor, '   ')).toBe(true);
  });

  it('matches word prefixes of the name, in any case', () => {
    expect(termMatches(condor, 'iron')).toBe(true);
    expect(termMatches(condor, 'CONDOR')).toBe(true);
    expect(termMatches(condor, 'iron con')).toBe(true);
    expect(termMatches(condor, 'ondor')).toBe(false);
  });

  it('matches an alias (abbreviation)', () => {
    expect(termMatches(rsi, 'rsi')).toBe(true);
    expect(termMatches(condor, 'ic')).toBe(true);
    expect(termMatches(zero, 'zero days')).toBe(true);
  });

  it('matches words of the subtitle', () => {
    expect(termMatches(rsi, 'momentum')).toBe(true);
  });

  it('ignores punctuation and accents', () => {
    expect(normalizeQuery('Put–Call')).toBe('put call');
    expect(termMatches(putCall, 'put-call')).toBe(true);
    expect(termMatches(putCall, 'put call parity')).toBe(true);
    expect(termMatches(emini, 'emini')).toBe(true);
  });

  it('all words must match within one source', () => {
    expect(termMatches(condor, 'iron rsi')).toBe(false);
  });
});

describe('filterTerms and groupByLetter', () => {
  const all = [condor, rsi, putCall, zero, emini];

  it('filters by category and query together, keeping order', () => {
    expect(filterTerms(all, '', 'options-basics')).toEqual([putCall, zero]);
    expect(filterTerms(all, 'put', 'options-basics')).toEqual([putCall]);
    expect(filterTerms(all, 'put', 'strategies')).toEqual([]);
    expect(filterTerms(all, '', undefined)).toEqual(all);
  });

  it('groups in letter-bar order and leaves out empty letters', () => {
    const groups = groupByLetter(all);
    expect(groups.map((g) => g.letter)).toEqual(['#', 'E', 'I', 'P', 'R']);
    expect(groups.flatMap((g) => g.terms)).toHaveLength(all.length);
  });
});
