import type { Database } from '../db/client';
import { emailLinkKey, verifyUnsubscribeToken } from './email-links';
import { isSuppressed, suppress } from './suppressions';

/**
 * Unsubscribing from a signed link: the address goes on the suppression list, which every send
 * checks, so nothing more is sent to it (queued emails included).
 */

export type UnsubscribeState =
  | { valid: false }
  | { valid: true; email: string; unsubscribed: boolean };

/** What a link stands for: which address, and whether it is unsubscribed already. */
export async function unsubscribeState(
  db: Database,
  token: string | undefined,
): Promise<UnsubscribeState> {
  const email = await verifyUnsubscribeToken(await emailLinkKey(db), token);
  if (!email) return { valid: false };
  return { valid: true, email, unsubscribed: await isSuppressed(db, email) };
}

/** Unsubscribes the link's address; false when the link is not valid. */
export async function unsubscribe(db: Database, token: string | undefined): Promise<boolean> {
  const email = await verifyUnsubscribeToken(await emailLinkKey(db), token);
  if (!email) return false;
  await suppress(db, email, 'unsubscribed');
  return true;
}

/** `d***@example.com`: enough for the reader to recognise the address, not to read it aloud. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return email;
  return `${email[0]}***${email.slice(at)}`;
}
