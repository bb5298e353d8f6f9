import { describe, expect, it } from 'vitest';
import { calculatorCatalog, findCalculator } from '../src/catalog';

describe('calculatorCatalog', () => {
  it('lists the seven calculators with unique slugs and components', () => {
    expect(calculatorCatalog).toHaveLength(7);
    expect(new Set(calculatorCatalog.map((c) => c.slug)).size).toBe(7);
    expect(new Set(calculatorCatalog.map((c) => c.component)).size).toBe(7);
    expect(findCalculator('iron-condor')?.component).toBe('IronCondorCalculator');
    expect(findCalculator('nope')).toBeUndefined();
  });

  it('uses glossary slugs in kebab case, without duplicates', () => {
    for (const entry of calculatorCatalog) {
      expect(new Set(entry.glossary).size).toBe(entry.glossary.length);
      for (const slug of entry.glossary) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
});
