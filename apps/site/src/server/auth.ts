import { createHmac } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/**
 * The editors' password. ADMIN_PASSWORD holds either the password or an argon2 hash of it; a
 * plain password is hashed once per process with argon2id (a fresh random salt) and every
 * sign-in attempt is checked against that hash, so each guess costs a slow, memory-hard hash and
 * the comparison takes the same time whatever the guess.
 */

/** Longest password accepted; anything longer is refused before hashing. */
export const PASSWORD_MAX = 1024;

let cached: { configured: string; hash: Promise<string> } | undefined;

function configuredHash(configured: string): Promise<string> {
  if (configured.startsWith('$argon2')) return Promise.resolve(configured);
  if (cached?.configured !== configured) {
    const pending = hash(configured);
    cached = { configured, hash: pending };
    pending.catch(() => {
      cached = undefined;
    });
  }
  return cached.hash;
}

/** Whether `candidate` is the configured password. Never true when no password is configured. */
export async function verifyAdminPassword(
  configured: string | undefined,
  candidate: unknown,
): Promise<boolean> {
  if (!configured) return false;
  if (typeof candidate !== 'string' || candidate.length === 0 || candidate.length > PASSWORD_MAX)
    return false;
  try {
    return await verify(await configuredHash(configured), candidate);
  } catch {
    // A malformed configured hash verifies nothing.
    return false;
  }
}

/** Hashes a password for ADMIN_PASSWORD, so the plain password need not sit in the environment. */
export function hashAdminPassword(password: string): Promise<string> {
  return hash(password);
}

/**
 * A short keyed digest of the configured password, put in every session token: changing
 * ADMIN_PASSWORD signs every editor out.
 */
export function passwordFingerprint(configured: string, key: Uint8Array | string): string {
  return createHmac('sha256', key)
    .update(`admin-password\u0000${configured}`)
    .digest('base64url')
    .slice(0, 22);
}
