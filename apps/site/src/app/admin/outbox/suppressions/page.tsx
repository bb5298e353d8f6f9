import type { Metadata } from 'next';
import { AdminActionButton, AdminSuppressForm } from '@/components/admin-email-actions';
import { AdminOutboxTabs } from '@/components/admin-outbox-tabs';
import { getDatabase } from '@/db/client';
import type { SuppressionReason } from '@/db/schema';
import { formatUtcMinute } from '@/lib/format';
import { requireAdminPage } from '@/server/admin-guard';
import { outboxCounts } from '@/server/outbox';
import { listSuppressions } from '@/server/suppressions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Suppression list' };

const REASONS: Record<SuppressionReason, string> = {
  unsubscribed: 'Unsubscribed',
  bounced: 'Bounced',
  manual: 'Added by an editor',
};

export default async function AdminSuppressionsPage() {
  await requireAdminPage('/admin/outbox/suppressions');
  const { db } = await getDatabase();
  const [counts, rows] = await Promise.all([outboxCounts(db), listSuppressions(db)]);
  return (
    <div>
      <h1 className="text-2xl font-bold">Outbox</h1>
      <AdminOutboxTabs counts={counts} current="suppressions" />
      <p className="mt-4 text-sm text-muted">
        No email goes to these addresses. Remove one only when its owner asks to hear from us again.
      </p>
      <AdminSuppressForm />
      {rows.length === 0 ? (
        <p className="mt-6 text-muted">The list is empty.</p>
      ) : (
        <div className="mt-4 overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="suppression-table">
            <thead className="border-b border-border text-muted">
              <tr>
                <th className="py-2 pr-4 font-medium">Address</th>
                <th className="py-2 pr-4 font-medium">Reason</th>
                <th className="py-2 pr-4 font-medium">Since (UTC)</th>
                <th className="py-2 pr-4 font-medium">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.email} className="border-b border-border align-top">
                  <td className="py-2 pr-4 break-all">{r.email}</td>
                  <td className="py-2 pr-4">
                    {REASONS[r.reason]}
                    {r.detail ? <span className="block text-xs text-muted">{r.detail}</span> : null}
                  </td>
                  <td className="py-2 pr-4 whitespace-nowrap">{formatUtcMinute(r.createdAt)}</td>
                  <td className="py-2 pr-4">
                    <AdminActionButton
                      url="/api/admin/suppressions"
                      method="DELETE"
                      body={{ email: r.email }}
                      label="Remove"
                      busyLabel="Removing…"
                      confirm={`Send emails to ${r.email} again?`}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
