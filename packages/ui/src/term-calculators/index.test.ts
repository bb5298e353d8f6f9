import { describe, expect, it } from 'vitest';
import { termCalculatorComponents } from './index';

describe('termCalculatorComponents', () => {
  it('names every component so the content build finds it (<Name…Calculator)', () => {
    const names = Object.keys(termCalculatorComponents);
    expect(names).toHaveLength(9);
    for (const name of names) expect(name).toMatch(/^[A-Z][A-Za-z]*Calculator$/);
  });

  it('maps each name to the component of that name', () => {
    for (const [name, component] of Object.entries(termCalculatorComponents)) {
      expect(component.name).toBe(name);
    }
  });
});
