import { describe, expect, it } from 'vitest';
import { apaCitation } from '@/lib/citation';

describe('apaCitation', () => {
  it('builds Author. (Year). Title. Section. Retrieved from URL', () => {
    const c = apaCitation({
      author: 'VixShield Research Team',
      date: '2026-11-10',
      title: 'How should I layer iron condors across expirations?',
      section: 'VixShield Ask',
      url: 'https://ask.example.com/ask/how-to-layer-iron-condors',
    });
    expect(c.text).toBe(
      'VixShield Research Team. (2026). How should I layer iron condors across expirations? VixShield Ask. Retrieved from https://ask.example.com/ask/how-to-layer-iron-condors',
    );
  });

  it('adds a full stop to a title without end punctuation and never doubles one', () => {
    const c = apaCitation({
      author: 'Team.',
      date: '2025-01-31',
      title: 'Iron Condor',
      section: 'Glossary',
      url: 'u',
    });
    expect(c.text).toBe('Team. (2025). Iron Condor. Glossary. Retrieved from u');
    expect(
      apaCitation({ author: 'A', date: '2025-01-01', title: 'Done.', section: 'S', url: 'u' })
        .title,
    ).toBe('Done.');
  });

  it('takes the year in UTC, so a New Year’s Eve date does not shift', () => {
    expect(
      apaCitation({ author: 'A', date: '2025-12-31T23:30:00Z', title: 'T', section: 'S', url: 'u' })
        .year,
    ).toBe('2025');
  });

  it('rejects an invalid date with a RangeError', () => {
    expect(() =>
      apaCitation({ author: 'A', date: 'soon', title: 'T', section: 'S', url: 'u' }),
    ).toThrow(RangeError);
  });
});
