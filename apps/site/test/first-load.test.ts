import { describe, expect, it } from 'vitest';
import { kB, scriptSources } from '../scripts/audit/first-load';

describe('scriptSources', () => {
  it('lists each external module-era script of a page once, in order, decoding &amp;', () => {
    const html = `<head><script src="/_next/static/chunks/a.js" async=""></script>
      <script>inline()</script><script type="application/ld+json">{}</script>
      <script src="/_next/static/chunks/c.js?v=1&amp;x=2"></script>
      <script src="/_next/static/chunks/polyfill.js" noModule=""></script></head>
      <body><script src="/_next/static/chunks/a.js"></script><script async src="/_next/static/chunks/b.js"></script></body>`;
    expect(scriptSources(html)).toEqual([
      '/_next/static/chunks/a.js',
      '/_next/static/chunks/c.js?v=1&x=2',
      '/_next/static/chunks/b.js',
    ]);
  });

  it('finds none in a page without external scripts', () => {
    expect(scriptSources('<p>src="x.js"</p><script>1</script>')).toEqual([]);
  });
});

describe('kB', () => {
  it('formats bytes as kibibytes with one decimal', () => {
    expect(kB(1536)).toBe('1.5 kB');
    expect(kB(0)).toBe('0.0 kB');
  });
});
