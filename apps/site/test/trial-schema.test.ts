import { describe, expect, it } from 'vitest';

import { cleanUtm, normalizeSource, trialHref, utmFromSearch } from '@/lib/attribution';
import { signupErrors, trialSignup } from '@/lib/trial-schema';

const valid = { email: 'reader@example.com', experience: 'new-to-options', consent: true };

function errorsOf(input: unknown): Record<string, string> {
  const parsed = trialSignup.safeParse(input);
  return parsed.success ? {} : signupErrors(parsed.error);
}

describe('trial sign-up schema', () => {
  it('accepts the minimum and normalises the email', () => {
    const parsed = trialSignup.parse({ ...valid, email: '  Reader@Example.COM ', name: '  ' });
    expect(parsed).toMatchObject({
      email: 'reader@example.com',
      name: undefined,
      source: 'direct',
      utm: {},
    });
  });

  it('explains each invalid field', () => {
    expect(errorsOf({})).toMatchObject({
      email: 'Enter your email address',
      experience: 'Choose your options experience',
      consent: expect.stringContaining('Tick the box'),
    });
    expect(errorsOf({ ...valid, email: 'not-an-email' }).email).toBe('Enter a valid email address');
    expect(errorsOf({ ...valid, email: `${'a'.repeat(250)}@example.com` }).email).toMatch(
      /at most/,
    );
    expect(errorsOf({ ...valid, consent: false }).consent).toMatch(/Tick the box/);
    expect(errorsOf({ ...valid, consent: 'yes' }).consent).toMatch(/Tick the box/);
    expect(errorsOf({ ...valid, experience: 'guru' }).experience).toBe(
      'Choose your options experience',
    );
    expect(errorsOf({ ...valid, name: 'x'.repeat(81) }).name).toMatch(/at most 80/);
    expect(errorsOf({ ...valid, name: 'bad\u0007name' }).name).toMatch(/cannot be stored/);
  });

  it('keeps well-formed sources and UTMs, drops the rest', () => {
    const parsed = trialSignup.parse({
      ...valid,
      source: 'ask/how-to-layer-iron-condors',
      utm: { utm_source: ' news ', utm_medium: 'x'.repeat(101), utm_bogus: 'y', utm_term: 3 },
    });
    expect(parsed.source).toBe('ask/how-to-layer-iron-condors');
    expect(parsed.utm).toEqual({ utm_source: 'news' });
    expect(normalizeSource('ask/../admin')).toBe('direct');
    expect(normalizeSource('home')).toBe('home');
    expect(normalizeSource('calculators/iron-condor')).toBe('calculators/iron-condor');
    expect(normalizeSource('<script>')).toBe('direct');
    expect(normalizeSource(undefined)).toBe('direct');
    expect(cleanUtm(null)).toEqual({});
  });

  it('builds the CTA link with its source and the visit’s UTM parameters', () => {
    const utm = utmFromSearch('?utm_source=newsletter&utm_campaign=spring%20sale&x=1');
    expect(utm).toEqual({ utm_source: 'newsletter', utm_campaign: 'spring sale' });
    expect(trialHref('ask/some-article', utm)).toBe(
      '/trial?from=ask%2Fsome-article&utm_source=newsletter&utm_campaign=spring+sale',
    );
    expect(trialHref('home')).toBe('/trial?from=home');
  });
});
