import { describe, expect, it } from 'vitest';
import { type ArticleInput, checkContent, lineOf, type TermInput } from '@/lib/content-integrity';

const term = (slug: string, extra: Partial<TermInput> = {}): TermInput => ({
  slug,
  file: `content/glossary/${slug}.mdx`,
  source: `---\nname: ${slug}\naliases: []\ndefinition: x\n---\n`,
  name: slug.toUpperCase(),
  aliases: [],
  definition: 'A definition long enough to count as one.',
  related: [],
  sources: [{ title: 'Book', author: 'Author' }],
  termSlugs: [],
  calculators: [],
  ...extra,
});

const article = (slug: string, extra: Partial<ArticleInput> = {}): ArticleInput => ({
  slug,
  file: `content/ask/${slug}.mdx`,
  source: '---\ntitle: t\nrelated: [nope]\n---\nBody with <Term slug="ghost">x</Term>\n',
  title: 'A question?',
  summary: 'A summary.',
  tags: ['iron-condors'],
  related: [],
  termSlugs: ['rsi'],
  calculators: [],
  ...extra,
});

describe('checkContent', () => {
  it('passes consistent content', () => {
    expect(checkContent([article('a')], [term('rsi')])).toEqual([]);
  });

  it('names the file and line of an unknown term reference', () => {
    const problems = checkContent([article('a', { termSlugs: ['ghost'] })], [term('rsi')]);
    expect(problems).toEqual([
      {
        file: 'content/ask/a.mdx',
        line: 5,
        message: '<Term slug="ghost"> names an unknown glossary term',
      },
    ]);
  });

  it('suggests the canonical slug when a reference uses an alias', () => {
    const problems = checkContent(
      [article('a', { termSlugs: ['relative-strength-index'] })],
      [term('rsi', { aliases: ['Relative Strength Index'] })],
    );
    expect(problems[0]?.message).toContain('use the canonical slug "rsi"');
  });

  it('reports unknown related articles, unknown calculators and broken internal links', () => {
    const problems = checkContent(
      [
        article('a', {
          related: ['nope'],
          calculators: ['MagicCalculator'],
          source: 'see [this](/ask/missing) and [that](/glossary/rsi)',
        }),
      ],
      [term('rsi')],
    );
    const messages = problems.map((p) => p.message);
    expect(messages).toContain('related article "nope" does not exist');
    expect(messages).toContain('unknown calculator <MagicCalculator>');
    expect(messages).toContain('internal link /ask/missing does not resolve to a page');
    expect(messages.some((m) => m.includes('/glossary/rsi'))).toBe(false);
  });

  it('rejects an alias shared by two terms and a term defined twice', () => {
    const problems = checkContent(
      [],
      [
        term('rsi', { aliases: ['momentum'] }),
        term('macd', { aliases: ['Momentum'] }),
        term('rsi-2', { name: 'RSI' }),
      ],
    );
    const messages = problems.map((p) => p.message);
    expect(messages.some((m) => m.includes('"momentum" is also used by glossary term "rsi"'))).toBe(
      true,
    );
    expect(messages.some((m) => m.includes('is defined twice'))).toBe(true);
  });

  it('requires a definition, a source, formula notes and valid KaTeX', () => {
    const problems = checkContent(
      [],
      [
        term('a', { definition: '' }),
        term('b', { sources: [] }),
        term('c', { formula: 'x^2' }),
        term('d', { formula: '\\frac{1}{', formulaNotes: 'n' }),
      ],
    );
    const messages = problems.map((p) => `${p.file} ${p.message}`);
    expect(messages).toContain('content/glossary/a.mdx the term has no definition');
    expect(messages).toContain('content/glossary/b.mdx the term cites no source book or paper');
    expect(messages).toContain(
      'content/glossary/c.mdx a formula needs formulaNotes saying what its symbols mean',
    );
    expect(
      messages.some((m) => m.startsWith('content/glossary/d.mdx the formula is not valid KaTeX')),
    ).toBe(true);
  });
});

describe('lineOf', () => {
  it('is 1-based and undefined when absent', () => {
    expect(lineOf('a\nb\nc', 'c')).toBe(3);
    expect(lineOf('a', 'z')).toBeUndefined();
  });
});
