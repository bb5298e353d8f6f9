import { describe, expect, it } from 'vitest';
import { clampText, ogText, ogTitleSize } from '@/lib/og-text';
import { queryFromPath } from '@/lib/path-query';

describe('queryFromPath', () => {
  it('turns the last meaningful segment of a missing page into search words', () => {
    expect(queryFromPath('/ask/iron-condor-exits')).toBe('iron condor exits');
    expect(queryFromPath('/glossary/Relative_Strength_Index/')).toBe('Relative Strength Index');
    expect(queryFromPath('/ask/page/9')).toBe('9');
    expect(queryFromPath('/old/vix%20contango.html')).toBe('vix contango');
    expect(queryFromPath('/')).toBe('');
    expect(queryFromPath('/ask')).toBe('');
  });

  it('survives malformed encoding and strips markup', () => {
    expect(queryFromPath('/ask/%E0%A4%A')).toBe('E0 A4 A');
    expect(queryFromPath('/ask/<b>vix(1)</b>x')).not.toMatch(/[<>()/]/);
    expect(queryFromPath('/ask/"delta"&theta')).toBe('delta theta');
  });
});

describe('sharing card text', () => {
  it('ogText keeps Latin text and typographic punctuation, drops emoji and other symbols', () => {
    expect(ogText('What’s a “wing” – really…?')).toBe('What’s a “wing” – really…?');
    expect(ogText('Delta 📈 hedge ∆')).toBe('Delta hedge');
  });

  it('ogTitleSize shrinks as titles grow', () => {
    const sizes = [20, 60, 120, 200].map((n) => ogTitleSize('x'.repeat(n)));
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
  });

  it('clampText cuts at a word with an ellipsis', () => {
    expect(clampText('short', 10)).toBe('short');
    const cut = clampText('alpha beta gamma delta epsilon', 20);
    expect(cut).toBe('alpha beta gamma…');
    expect(cut.length).toBeLessThanOrEqual(20);
  });
});
