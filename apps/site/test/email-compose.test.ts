import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import type { EmailKind } from '@/db/schema';
import { riskDisclaimer } from '@/lib/site';
import { composeEmail } from '@/server/email-compose';
import { verifyUnsubscribeToken } from '@/server/email-links';

/** Every kind of email, composed and then parsed back as a mail client would read it. */
const key = new TextEncoder().encode('a test key that is long enough to sign with');
const payloads: Record<EmailKind, Record<string, string>> = {
  'trial-confirm': { leadId: '11111111-1111-4111-8111-111111111111', name: 'Robin' },
  'trial-welcome': { leadId: '11111111-1111-4111-8111-111111111111', name: 'Robin' },
  'trial-already': { leadId: '11111111-1111-4111-8111-111111111111' },
  'question-answered': {
    questionId: 'q',
    question: 'Is <b>this</b> escaped & kept?',
    articleSlug: 'how-to-layer-iron-condors',
    articleTitle: 'How to layer iron condors',
  },
};

describe.each(Object.keys(payloads) as EmailKind[])('composeEmail(%s)', (kind) => {
  const compose = () =>
    composeEmail(
      {
        kind,
        recipient: 'reader@example.com',
        payload: payloads[kind],
        messageId: '<fixed@ask.vixshield.com>',
        createdAt: new Date(),
      },
      key,
    );

  it('has a text part and an HTML part, both with the whole risk disclaimer', async () => {
    const mail = await simpleParser((await compose()).raw);
    for (const paragraph of riskDisclaimer) {
      expect(mail.text?.replace(/\s+/g, ' ')).toContain(paragraph);
      expect(String(mail.html).replace(/\s+/g, ' ')).toContain(paragraph);
    }
    expect(String(mail.html)).toContain('prefers-color-scheme: dark');
    expect(mail.messageId).toBe('<fixed@ask.vixshield.com>');
  });

  it('links only to absolute HTTPS URLs on SITE_URL, and unsubscribes in one click (RFC 8058)', async () => {
    const composed = await compose();
    const mail = await simpleParser(composed.raw);
    const hrefs = [...String(mail.html).matchAll(/href="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(hrefs.length).toBeGreaterThan(1);
    for (const href of hrefs) expect(href).toMatch(/^https:\/\/ask\.vixshield\.com(\/|$)/);
    expect(composed.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    const oneClick = /^<(https:\/\/ask\.vixshield\.com\/api\/unsubscribe\?t=[^>]+)>$/.exec(
      composed.headers['List-Unsubscribe'] ?? '',
    )?.[1];
    expect(oneClick).toBeDefined();
    const token = new URL(oneClick ?? 'https://x').searchParams.get('t') ?? '';
    expect(await verifyUnsubscribeToken(key, token)).toBe('reader@example.com');
  });
});

it('reader text is escaped in the HTML part, never markup', async () => {
  const composed = await composeEmail(
    {
      kind: 'question-answered',
      recipient: 'reader@example.com',
      payload: payloads['question-answered'],
      messageId: '<x@ask.vixshield.com>',
      createdAt: new Date(),
    },
    key,
  );
  expect(composed.html).toContain('Is &lt;b&gt;this&lt;/b&gt; escaped &amp; kept?');
  expect(composed.html).not.toContain('<b>this</b>');
});
