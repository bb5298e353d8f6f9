import { jwtVerify, SignJWT } from 'jose';
import type { Database } from '../db/client';
import { env } from '../lib/env';
import { trialOffer } from '../lib/site';
import { persistentSecret } from './secrets';

/**
 * The links emails carry, signed (HS256 JWT, jose) so that no one can confirm or unsubscribe an
 * address by guessing an id. The key is generated once and kept in the database, shared by every
 * instance. Each kind of link has its own audience, so a token made for one cannot be used for
 * the other.
 */

const ISSUER = 'vixshield-ask';
const CONFIRM_AUDIENCE = 'vixshield-trial-confirm';
const UNSUBSCRIBE_AUDIENCE = 'vixshield-unsubscribe';
/** How long a confirmation link works, from the sign-up that asked for it. */
export const CONFIRM_LINK_HOURS = trialOffer.confirmLinkHours;
const MAX_TOKEN_LENGTH = 2048;

export async function emailLinkKey(db: Database): Promise<Uint8Array> {
  return new TextEncoder().encode(await persistentSecret(db, 'email-link-secret'));
}

/** An absolute URL on the public site (SITE_URL), for links that leave in an email. */
export function siteUrl(path: string): string {
  return `${env.SITE_URL}${path}`;
}

export interface ConfirmClaims {
  leadId: string;
  email: string;
}

/** A link that confirms a lead, valid for 48 hours from `issuedAt` (the sign-up). */
export async function confirmToken(
  key: Uint8Array,
  { leadId, email }: ConfirmClaims,
  issuedAt: Date,
): Promise<string> {
  const iat = Math.floor(issuedAt.getTime() / 1000);
  return new SignJWT({ email })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(CONFIRM_AUDIENCE)
    .setSubject(leadId)
    .setIssuedAt(iat)
    .setExpirationTime(iat + CONFIRM_LINK_HOURS * 3600)
    .sign(key);
}

export type ConfirmCheck =
  | ({ ok: true } & ConfirmClaims)
  | { ok: false; reason: 'expired' | 'invalid' };

export async function verifyConfirmToken(
  key: Uint8Array,
  token: string | undefined,
  now: Date = new Date(),
): Promise<ConfirmCheck> {
  if (!token || token.length > MAX_TOKEN_LENGTH) return { ok: false, reason: 'invalid' };
  try {
    const { payload } = await jwtVerify(token, key, {
      algorithms: ['HS256'],
      issuer: ISSUER,
      audience: CONFIRM_AUDIENCE,
      currentDate: now,
    });
    if (typeof payload.sub !== 'string' || typeof payload.email !== 'string') {
      return { ok: false, reason: 'invalid' };
    }
    return { ok: true, leadId: payload.sub, email: payload.email };
  } catch (error) {
    const expired = (error as { code?: string }).code === 'ERR_JWT_EXPIRED';
    return { ok: false, reason: expired ? 'expired' : 'invalid' };
  }
}

/**
 * A link that unsubscribes an address. It does not expire (RFC 8058 asks that one-click links
 * keep working), and it is the same for every email to that address.
 */
export async function unsubscribeToken(key: Uint8Array, email: string): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(UNSUBSCRIBE_AUDIENCE)
    .setSubject(email)
    .sign(key);
}

/** The address an unsubscribe token names, or null when it is not one of ours. */
export async function verifyUnsubscribeToken(
  key: Uint8Array,
  token: string | undefined,
): Promise<string | null> {
  if (!token || token.length > MAX_TOKEN_LENGTH) return null;
  try {
    const { payload } = await jwtVerify(token, key, {
      algorithms: ['HS256'],
      issuer: ISSUER,
      audience: UNSUBSCRIBE_AUDIENCE,
    });
    return typeof payload.sub === 'string' && payload.sub.includes('@') ? payload.sub : null;
  } catch {
    return null;
  }
}

/** Where the confirmation email's button goes. */
export const confirmPath = (token: string) => `/trial/confirm?t=${encodeURIComponent(token)}`;
/** The page with an "Unsubscribe" button, linked from every email's footer. */
export const unsubscribePagePath = (token: string) => `/unsubscribe?t=${encodeURIComponent(token)}`;
/** The List-Unsubscribe target: POST unsubscribes at once (RFC 8058), GET leads to the page. */
export const oneClickPath = (token: string) => `/api/unsubscribe?t=${encodeURIComponent(token)}`;
