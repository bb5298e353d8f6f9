import { describe, expect, it } from 'vitest';
import {
  type ArticleInput,
  checkContent,
  formatProblem,
  lineOf,
  type TermInput,
} from '@/lib/content-integrity';

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

describe('house style', () => {
  const body = (text: string) => `---\ntitle: t\n---\n${text}\n`;
  const messagesOf = (source: string, extra: Partial<ArticleInput> = {}) =>
    checkContent([article('a', { termSlugs: [], source, ...extra })], [term('rsi')])
      .filter((p) => !p.message.includes('links no glossary term'))
      .map(formatProblem);

  it('rejects British spellings with file, line and the US form', () => {
    expect(messagesOf(body('Realised volatility.\nThe behaviour of a centred band.'))).toEqual([
      'content/ask/a.mdx:4: "Realised" is British spelling; write "Realized" (the site is in US English)',
      'content/ask/a.mdx:5: "behaviour" is British spelling; write "behavior" (the site is in US English)',
      'content/ask/a.mdx:5: "centred" is British spelling; write "centered" (the site is in US English)',
    ]);
  });

  it('leaves words that end in -ise in US English alone', () => {
    expect(messagesOf(body('Exercise, premise, advertise, otherwise, emphasis, realize.'))).toEqual(
      [],
    );
  });

  it('wants "$1,250", not "1,250 dollars" or "1,250-dollar", even across a line break', () => {
    expect(
      messagesOf(body('a loss of 3,750\ndollars on a 100,000-dollar account, 1.1 million dollars')),
    ).toEqual([
      'content/ask/a.mdx:4: write "$3,750", not "3,750 dollars"',
      'content/ask/a.mdx:5: write "$100,000", not "100,000-dollar"',
      'content/ask/a.mdx:5: write "$1.1 million", not "1.1 million dollars"',
    ]);
  });

  it('cites SPX Mastery as Clark (n.d.), with the byline only when the References cite it', () => {
    const basedOn = { title: 'SPX Mastery', author: 'Russell Clark' };
    const cites = body(
      'The methodology (Clark, n.d.).\n\n## References\n\n- Clark, R. (n.d.). *SPX Mastery*.',
    );
    expect(messagesOf(cites, { basedOn })).toEqual([]);
    expect(messagesOf(cites)).toEqual([
      'content/ask/a.mdx:8: the answer cites SPX Mastery: add basedOn to its front matter so the byline says so',
    ]);
    expect(messagesOf(body('No book here.'), { basedOn })).toEqual([
      'content/ask/a.mdx: the byline says "Based on SPX Mastery" but the References do not cite "Clark, R. (n.d.). *SPX Mastery*."',
    ]);
    expect(
      messagesOf(body('The methodology (Clark).\n\n## References\n\n- Clark, R. *SPX Mastery*.')),
    ).toEqual([
      'content/ask/a.mdx:8: reference "Clark, R. *SPX Mastery*." is not in the form "Author, A. B. (2022). *Title*." (use (n.d.) when there is no year)',
      'content/ask/a.mdx:4: cite SPX Mastery in the text as "(Clark, n.d.)", not "(Clark)"',
    ]);
  });

  it('wants every author listed and titles in title case', () => {
    const refs = body(
      [
        '## References',
        '',
        '- Black, F., & Scholes, M. (1973). The Pricing of Options and Corporate Liabilities. *Journal of Political Economy*, 81(3), 637–654.',
        '- Daian, P., et al. (2020). Flash Boys 2.0: Frontrunning in Decentralized Exchanges. *IEEE S&P*.',
        '- Black, F. (1976). The pricing of commodity contracts. *Journal of Financial Economics*.',
        '- Hull, J. C. (2022). *Options, futures, and other derivatives* (11th ed.). Pearson.',
      ].join('\n'),
    );
    expect(messagesOf(refs)).toEqual([
      'content/ask/a.mdx:7: list every author of "Flash Boys 2.0: Frontrunning in Decentralized Exchanges"; "et al." is for in-text citations only',
      'content/ask/a.mdx:8: title "The pricing of commodity contracts" is not in title case (capitalize pricing, commodity, contracts)',
      'content/ask/a.mdx:9: title "Options, futures, and other derivatives" is not in title case (capitalize futures, other, derivatives)',
    ]);
  });

  it('wants "et al." for three or more authors in the text and "&" between two in parentheses', () => {
    expect(
      messagesOf(
        body('Sullivan, Timmermann and White (1999) test it.\nSee (Chen and Ritter, 2000).'),
      ),
    ).toEqual([
      'content/ask/a.mdx:4: cite three or more authors in the text as "Sullivan et al.", not "Sullivan, Timmermann and White (1999"',
      'content/ask/a.mdx:5: join two authors with "&" inside parentheses: "(Chen & Ritter, …)"',
    ]);
    expect(
      messagesOf(body('Sullivan et al. (1999) and Black and Scholes (1973), (Carr & Wu, 2009).')),
    ).toEqual([]);
  });

  it("checks the citations in a glossary entry's sources", () => {
    const problems = checkContent(
      [],
      [
        term('a', {
          sources: [
            { author: 'Kahneman, D., & Tversky, A.', year: 1979, title: 'Prospect theory' },
            { author: 'Clark, R.', year: 2020, title: 'SPX Mastery' },
          ],
        }),
      ],
    ).map((p) => p.message);
    expect(problems).toEqual([
      'title "Prospect theory" is not in title case (capitalize theory)',
      'SPX Mastery has no known year: omit it',
    ]);
  });
});

describe('lineOf', () => {
  it('is 1-based and undefined when absent', () => {
    expect(lineOf('a\nb\nc', 'c')).toBe(3);
    expect(lineOf('a', 'z')).toBeUndefined();
  });
});
