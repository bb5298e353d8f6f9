import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { calculatorComponents } from '../src/components';

describe('server rendering (no window, no document)', () => {
  for (const [name, Calculator] of Object.entries(calculatorComponents)) {
    it(`${name} renders its default figures and chart to HTML without NaN or Infinity`, () => {
      const html = renderToString(<Calculator />);
      expect(html).toContain('<svg');
      expect(html).toContain('Copy link');
      expect(html).not.toMatch(/NaN|Infinity/);
      expect(html).not.toContain('Fix the highlighted fields');
    });
  }
});
