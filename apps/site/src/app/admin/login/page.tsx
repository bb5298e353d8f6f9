import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AdminLoginForm } from '@/components/admin-login-form';
import { ADMIN_DISABLED_MESSAGE, adminEnabled, currentAdmin } from '@/server/admin-guard';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Sign in' };

type Props = { searchParams: Promise<{ next?: string | string[] }> };

/** Only admin paths are followed after signing in, never another site. */
function safeNext(value: string | string[] | undefined): string {
  const next = Array.isArray(value) ? value[0] : value;
  return next && /^\/admin(?:[/?]|$)/.test(next) && !next.startsWith('//') ? next : '/admin';
}

export default async function AdminLoginPage({ searchParams }: Props) {
  const next = safeNext((await searchParams).next);
  if (!adminEnabled()) {
    return (
      <div className="max-w-2xl" data-testid="admin-disabled">
        <h1 className="text-2xl font-bold">The admin is disabled</h1>
        <p className="mt-3">{ADMIN_DISABLED_MESSAGE}</p>
        <p className="mt-3 text-sm text-muted">
          The README’s section “Editors: signing in to /admin” explains the settings.
        </p>
      </div>
    );
  }
  if (await currentAdmin()) redirect(next);
  return (
    <div>
      <h1 className="text-2xl font-bold">Sign in</h1>
      <p className="mt-2 text-muted">
        For the site’s editors: moderate readers’ questions, see trial sign-ups and the funnel.
      </p>
      <AdminLoginForm next={next} />
    </div>
  );
}
