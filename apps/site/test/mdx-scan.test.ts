import { describe, expect, it } from 'vitest';
import {
  extractCalculators,
  extractHeadings,
  extractTermSlugs,
  readingTimeMinutes,
  wordCount,
} from '@/lib/mdx-scan';

const body = `An <Term slug="iron-condor">iron condor</Term> sells both wings; see
<Term slug="wing-width">wing width</Term> and again the <Term slug="iron-condor">condor</Term>.

## Where the break-evens sit

<IronCondorCalculator spot={6000} longPut={5600} />

### Why 45 DTE?

\`\`\`mdx
<OptionPricer />
\`\`\`
`;

describe('mdx-scan', () => {
  it('extractTermSlugs lists each term once, in order of first mention', () => {
    expect(extractTermSlugs(body)).toEqual(['iron-condor', 'wing-width']);
  });

  it('extractCalculators finds embedded calculators but not ones shown in code fences', () => {
    expect(extractCalculators(body)).toEqual(['IronCondorCalculator']);
  });

  it('extractCalculators finds every kind of calculator name: pricers and the strategy lab', () => {
    const raw = '<OptionPricer spot={6000} />\n\n<StrategyLab template="calendar" />\n';
    expect(extractCalculators(raw)).toEqual(['OptionPricer', 'StrategyLab']);
  });

  it('extractHeadings gives github-slugger ids, as rehype-slug does', () => {
    expect(extractHeadings(body)).toEqual([
      { depth: 2, text: 'Where the break-evens sit', id: 'where-the-break-evens-sit' },
      { depth: 3, text: 'Why 45 DTE?', id: 'why-45-dte' },
    ]);
  });

  it('wordCount counts prose, not tags or props', () => {
    expect(
      wordCount('<Term slug="x">two words</Term> and <IronCondorCalculator spot={1} /> three'),
    ).toBe(4);
  });

  it('readingTimeMinutes is at least one minute and rounds at 230 words a minute', () => {
    expect(readingTimeMinutes('word')).toBe(1);
    expect(readingTimeMinutes(Array(690).fill('word').join(' '))).toBe(3);
  });
});
