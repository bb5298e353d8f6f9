import type { Metadata } from 'next';
import type * as React from 'react';
import { AdminSignOut } from '@/components/admin-sign-out';
import { Link } from '@/components/link';
import { currentAdmin } from '@/server/admin-guard';

export const metadata: Metadata = {
  title: 'Editors’ admin',
  robots: { index: false, follow: false },
};

/**
 * Frame of the editors' admin. It shows the navigation only to a signed-in editor; every page
 * below still checks the session itself (a layout is not re-run on client navigation).
 */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const session = await currentAdmin();
  return (
    <div className="mx-auto max-w-6xl">
      <div className="flex flex-wrap items-center justify-between gap-4 border-b border-border pb-3">
        <p className="text-sm font-semibold uppercase tracking-wide text-accent">Editors’ admin</p>
        {session ? (
          <nav aria-label="Admin" className="flex flex-wrap items-center gap-4 text-sm">
            <Link href="/admin" className="hover:underline">
              Overview
            </Link>
            <Link href="/admin/questions" className="hover:underline">
              Questions
            </Link>
            <Link href="/admin/leads" className="hover:underline">
              Leads
            </Link>
            <Link href="/admin/funnel" className="hover:underline">
              Funnel
            </Link>
            <Link href="/admin/outbox" className="hover:underline">
              Outbox
            </Link>
            <AdminSignOut />
          </nav>
        ) : null}
      </div>
      <div className="pt-6">{children}</div>
    </div>
  );
}
