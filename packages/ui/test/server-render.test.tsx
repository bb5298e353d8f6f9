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

    it(`${name}: the server HTML lays its chart out for any width (no fixed-size drawing)`, () => {
      const html = renderToString(<Calculator />);
      // The plot's SVG is stretched to its box; nothing is drawn at a pixel width and scaled.
      expect(html).toContain('preserveAspectRatio="none"');
      expect(html).not.toMatch(/<svg[^>]* width="\d{3,}"/);
      // Chart text is HTML at 12 px (text-xs), with a phone's and a wider container's x ticks.
      expect(html).toContain('data-chart-label="y"');
      expect(html).toContain('@lg/chart:contents');
      // Figures first, inputs after; the headline summary is there from the first paint.
      expect(html.indexOf('data-results')).toBeLessThan(html.indexOf('data-inputs'));
      expect(html).toContain('data-headline');
      // The key-points table sits inside the figure's caption (valid HTML).
      const caption = html.slice(html.indexOf('<figcaption'), html.indexOf('</figcaption>'));
      if (html.includes('key points')) expect(caption).toContain('<table');
    });
  }
});
