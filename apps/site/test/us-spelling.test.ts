import { describe, expect, it } from 'vitest';
import { findBritishSpellings, usSpellingOf } from '@/lib/us-spelling';

describe('usSpellingOf', () => {
  it('never suggests a word that is itself on the British list', () => {
    const suggestedBritish = [...usSpellingOf.values()].filter((us) => usSpellingOf.has(us));
    expect(suggestedBritish).toEqual([]);
  });

  it('turns every -ise form into the matching -ize form', () => {
    expect(usSpellingOf.get('annualised')).toBe('annualized');
    expect(usSpellingOf.get('capitalisation')).toBe('capitalization');
    expect(usSpellingOf.get('emphasises')).toBe('emphasizes');
    expect(usSpellingOf.has('emphasis')).toBe(false);
  });
});

describe('findBritishSpellings', () => {
  it('finds each British word with its offset and keeps the capital', () => {
    expect(findBritishSpellings('Behaviour is realised; exercise is fine.')).toEqual([
      { word: 'Behaviour', us: 'Behavior', index: 0 },
      { word: 'realised', us: 'realized', index: 13 },
    ]);
  });
});
