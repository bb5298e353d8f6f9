import { describe, expect, it } from 'vitest';
import { allParsed, parseFields, parseNumberField, roundTo, strikeStep } from './fields';

describe('parseNumberField', () => {
  it('accepts plain numbers, thousands separators and a leading plus', () => {
    expect(parseNumberField('6000')).toEqual({ ok: true, value: 6000 });
    expect(parseNumberField('6,000.5')).toEqual({ ok: true, value: 6000.5 });
    expect(parseNumberField('+.5')).toEqual({ ok: true, value: 0.5 });
  });
  it('scales percentages to fractions', () => {
    expect(parseNumberField('16', { scale: 100 })).toEqual({ ok: true, value: 0.16 });
  });
  it('asks for a number when empty or not numeric', () => {
    expect(parseNumberField('')).toEqual({ ok: false, error: 'Enter a number.' });
    expect(parseNumberField('abc').ok).toBe(false);
    expect(parseNumberField('1e999').ok).toBe(false);
    expect(parseNumberField('NaN').ok).toBe(false);
    expect(parseNumberField('Infinity').ok).toBe(false);
  });
  it('enforces ranges with a message naming the range', () => {
    expect(parseNumberField('0', { min: 1, max: 300, unit: '%' })).toEqual({
      ok: false,
      error: 'Enter a value from 1% up to 300%.',
    });
    expect(parseNumberField('0', { min: 0, minExclusive: true })).toEqual({
      ok: false,
      error: 'Enter a value above 0.',
    });
    expect(parseNumberField('5000', { max: 3650 })).toEqual({
      ok: false,
      error: 'Enter at most 3,650.',
    });
  });
  it('enforces whole numbers', () => {
    expect(parseNumberField('1.5', { integer: true })).toEqual({
      ok: false,
      error: 'Enter a whole number.',
    });
  });
});

describe('parseFields', () => {
  it('splits values and errors by field', () => {
    const result = parseFields({ a: '1', b: 'x' }, { a: { min: 0 }, b: { min: 0 } });
    expect(result.values).toEqual({ a: 1 });
    expect(Object.keys(result.errors)).toEqual(['b']);
    expect(allParsed(result.values, ['a', 'b'])).toBe(false);
    expect(allParsed(result.values, ['a'])).toBe(true);
  });
});

describe('strikes', () => {
  it('rounds to the listing increment of the price level', () => {
    expect(strikeStep(6000)).toBe(5);
    expect(strikeStep(450)).toBe(1);
    expect(roundTo(5662.4, 5)).toBe(5660);
    expect(roundTo(0.1 + 0.2, 0.1)).toBe(0.3);
  });
});
