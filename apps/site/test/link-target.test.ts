import { describe, expect, it } from 'vitest';
import { type ClickState, internalPage, isPlainClick } from '@/lib/link-target';

const here = {
  href: 'https://ask.example/ask/iron-condors?x=1',
  origin: 'https://ask.example',
  pathname: '/ask/iron-condors',
  search: '?x=1',
};
const page = (href: string, extra: object = {}, withHash = true) =>
  internalPage({ href, ...extra }, here, { withHash });

describe('internalPage', () => {
  it('navigates to the site’s own pages, relative or absolute, keeping query and fragment', () => {
    expect(page('/glossary/iron-condor')).toBe('/glossary/iron-condor');
    expect(page('https://ask.example/ask?sort=views#list')).toBe('/ask?sort=views#list');
    expect(page('../glossary/vix')).toBe('/glossary/vix');
    expect(page('/ask?sort=views#list', {}, false)).toBe('/ask?sort=views');
    // the same page without a fragment is a navigation (as next/link treats it)
    expect(page('/ask/iron-condors?x=1')).toBe('/ask/iron-condors?x=1');
    // the same path with another query is another page
    expect(page('/ask/iron-condors?x=2#faq')).toBe('/ask/iron-condors?x=2#faq');
  });

  it('leaves other sites, schemes, windows, downloads and external links to the browser', () => {
    expect(page('https://example.org/')).toBeNull();
    expect(page('http://ask.example/ask')).toBeNull();
    expect(page('mailto:editors@ask.example')).toBeNull();
    expect(page('/glossary', { target: '_blank' })).toBeNull();
    expect(page('/glossary', { target: '_self' })).toBe('/glossary');
    expect(page('/glossary', { download: true })).toBeNull();
    expect(page('/glossary', { rel: 'noopener external' })).toBeNull();
  });

  it('leaves jumps within the page, and routes that are not pages, to the browser', () => {
    expect(page('#faq')).toBeNull();
    expect(page('/ask/iron-condors?x=1#faq')).toBeNull();
    expect(page('/feed.xml')).toBeNull();
    expect(page('/ask/iron-condors/opengraph-image.png')).toBeNull();
    expect(page('/api/health')).toBeNull();
    expect(page('/_next/static/chunks/a.js')).toBeNull();
  });
});

describe('isPlainClick', () => {
  const plain: ClickState = {
    button: 0,
    metaKey: false,
    ctrlKey: false,
    shiftKey: false,
    altKey: false,
    defaultPrevented: false,
  };
  it('is a left click without modifiers that no handler has claimed', () => {
    expect(isPlainClick(plain)).toBe(true);
    for (const key of ['metaKey', 'ctrlKey', 'shiftKey', 'altKey', 'defaultPrevented'] as const)
      expect(isPlainClick({ ...plain, [key]: true })).toBe(false);
    expect(isPlainClick({ ...plain, button: 1 })).toBe(false);
  });
});
