import { describe, expect, it } from 'vitest';
import { hashAdminPassword, passwordFingerprint, verifyAdminPassword } from '@/server/auth';
import {
  clearedSessionCookie,
  readCookie,
  sessionCookie,
  sessionCookieName,
} from '@/server/session';

const SESSION_COOKIE = sessionCookieName({ secure: true });

describe('admin password', () => {
  const password = 'correct horse battery staple';

  it('accepts the configured password and nothing else', async () => {
    expect(await verifyAdminPassword(password, password)).toBe(true);
    expect(await verifyAdminPassword(password, `${password} `)).toBe(false);
    expect(await verifyAdminPassword(password, 'Correct horse battery staple')).toBe(false);
    expect(await verifyAdminPassword(password, '')).toBe(false);
    expect(await verifyAdminPassword(password, 42)).toBe(false);
    expect(await verifyAdminPassword(password, 'x'.repeat(2000))).toBe(false);
  });

  it('is never open: with no password configured nothing verifies', async () => {
    expect(await verifyAdminPassword(undefined, '')).toBe(false);
    expect(await verifyAdminPassword(undefined, 'anything at all')).toBe(false);
  });

  it('accepts an argon2id hash as the configured value', async () => {
    const hashed = await hashAdminPassword(password);
    expect(hashed).toMatch(/^\$argon2id\$/);
    expect(await verifyAdminPassword(hashed, password)).toBe(true);
    expect(await verifyAdminPassword(hashed, hashed)).toBe(false);
    expect(await verifyAdminPassword('$argon2id$garbage', password)).toBe(false);
  });

  it('fingerprints depend on the password and the key', () => {
    const a = passwordFingerprint(password, 'key-1');
    expect(a).toHaveLength(22);
    expect(passwordFingerprint(password, 'key-1')).toBe(a);
    expect(passwordFingerprint(`${password}!`, 'key-1')).not.toBe(a);
    expect(passwordFingerprint(password, 'key-2')).not.toBe(a);
  });
});

describe('session cookie', () => {
  const now = new Date('2026-05-01T12:00:00Z');
  const session = {
    id: '00000000-0000-4000-8000-000000000000',
    token: 'aaa.bbb.ccc',
    expiresAt: new Date(now.getTime() + 8 * 3_600_000),
  };

  it('is HttpOnly, SameSite=Strict, expires, and Secure when asked', () => {
    const secure = sessionCookie(session, { secure: true }, now);
    expect(secure).toContain(`${SESSION_COOKIE}=aaa.bbb.ccc`);
    expect(secure).toContain('HttpOnly');
    expect(secure).toContain('SameSite=Strict');
    expect(secure).toContain('Max-Age=28800');
    expect(secure).toContain('Path=/');
    expect(secure).toMatch(/; Secure$/);
    expect(secure).toMatch(/^__Host-vixshield_admin=/);
    expect(secure).not.toMatch(/Domain=/i);
    const plain = sessionCookie(session, { secure: false }, now);
    expect(plain).not.toContain('Secure');
    expect(plain).toMatch(/^vixshield_admin=/);
    expect(clearedSessionCookie({ secure: true })).toMatch(/Max-Age=0.*Secure/);
  });

  it('is read back from a Cookie header among others', () => {
    expect(readCookie(`a=1; ${SESSION_COOKIE}=tok.en; b=2`, SESSION_COOKIE)).toBe('tok.en');
    expect(readCookie('a=1', SESSION_COOKIE)).toBeUndefined();
    expect(readCookie(null, SESSION_COOKIE)).toBeUndefined();
  });
});
