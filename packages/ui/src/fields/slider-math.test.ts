import { describe, expect, it } from 'vitest';
import { decimalsOf, sliderPosition } from './slider-math';

describe('slider-math', () => {
  it('counts the decimals of a step', () => {
    expect(decimalsOf(5)).toBe(0);
    expect(decimalsOf(0.05)).toBe(2);
    expect(decimalsOf(1e-7)).toBe(7);
  });
  it('clamps the slider to its range and centres it on unparseable text', () => {
    expect(sliderPosition('6,100', 5000, 7000)).toBe(6100);
    expect(sliderPosition('9000', 5000, 7000)).toBe(7000);
    expect(sliderPosition('abc', 5000, 7000)).toBe(6000);
    expect(sliderPosition('', 0, 10)).toBe(5);
  });
});
