import { rmSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { freshDataDir, type RunningServer, startServer } from '../scripts/proof/server-process';

/**
 * The shared browser-test server runs without ADMIN_PASSWORD (so the admin is disabled there).
 * Specs that need a working admin start their own production server with one, on a free port
 * and a fresh database, and stop it afterwards.
 */
export const ADMIN_PASSWORD = 'e2e-editor-password-0123';
/** SITE_URL is https by default, so the cookie is Secure and `__Host-` named even on 127.0.0.1. */
export const SESSION_COOKIE = '__Host-vixshield_admin';

export interface AdminServer extends RunningServer {
  close(): Promise<void>;
}

export async function startAdminServer(env: Record<string, string> = {}): Promise<AdminServer> {
  const dataDir = freshDataDir('e2e-admin');
  const server = await startServer({
    dataDir,
    timeoutMs: 120_000,
    env: {
      ADMIN_PASSWORD,
      QUESTION_RATE_LIMIT: '1000',
      SIGNUP_RATE_LIMIT: '1000',
      EVENT_RATE_LIMIT: '10000',
      ...env,
    },
  });
  return {
    ...server,
    async close() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Signs in through the sign-in page, as an editor would. */
export async function signIn(page: Page, base: string, next = '/admin'): Promise<void> {
  await page.goto(`${base}/admin/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Admin password').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === next.split('?')[0]);
}
