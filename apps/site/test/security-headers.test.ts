import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  FILE_CSP,
  inlineScriptHashes,
  NON_DOCUMENT_CSP,
  pageCsp,
  STATIC_SECURITY_HEADERS,
  scriptHash,
} from '@/server/security-headers';

const sha = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe('inline script hashes', () => {
  it('hashes the text of every inline JavaScript block, once each', () => {
    const html = [
      '<html><head><script src="/_next/static/chunks/a.js" async=""></script>',
      '<script>document.documentElement.classList.add("dark")</script>',
      '</head><body><script id="_R_">self.boot()</script>',
      '<script type="application/ld+json">{"@type":"Article"}</script>',
      '<script type="module">import("/x.js")</script>',
      '<script>self.boot()</script>',
      '<script></script></body></html>',
    ].join('');
    expect(inlineScriptHashes(html)).toEqual([
      sha('document.documentElement.classList.add("dark")'),
      sha('self.boot()'),
      sha('import("/x.js")'),
      sha(''),
    ]);
  });

  it('hashes non-ASCII text as UTF-8, as browsers do', () => {
    expect(scriptHash('x="é"')).toBe(sha('x="é"'));
  });
});

describe('policies', () => {
  it('page policy allows hashed or nonced inline scripts only, never unsafe-inline', () => {
    const csp = pageCsp({ hashes: ['sha256-abc'], nonce: 'n0nce' });
    const script = csp.split('; ').find((d) => d.startsWith('script-src')) ?? '';
    expect(script).toContain("'self'");
    expect(script).toContain("'sha256-abc'");
    expect(script).toContain("'nonce-n0nce'");
    expect(script).not.toContain('unsafe-inline');
    expect(script).not.toContain("'unsafe-eval'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
  });

  it('the development policy is relaxed for next dev only', () => {
    expect(pageCsp({ development: true })).toContain("'unsafe-eval'");
  });

  it('API answers may load nothing; files load same-origin only; neither can be framed', () => {
    expect(NON_DOCUMENT_CSP).toContain("default-src 'none'");
    expect(NON_DOCUMENT_CSP).toContain("frame-ancestors 'none'");
    expect(FILE_CSP).toContain("default-src 'self'");
    expect(FILE_CSP.split('; ').find((d) => d.startsWith('script-src'))).not.toContain(
      'unsafe-inline',
    );
    expect(FILE_CSP).toContain("frame-ancestors 'none'");
  });

  it('the static headers include HSTS, nosniff, referrer and permissions policies', () => {
    const keys = STATIC_SECURITY_HEADERS.map((h) => h.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'Strict-Transport-Security',
        'X-Content-Type-Options',
        'Referrer-Policy',
        'Permissions-Policy',
      ]),
    );
  });
});
