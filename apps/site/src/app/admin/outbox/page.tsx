import type { Metadata } from 'next';
import { AdminActionButton } from '@/components/admin-email-actions';
import { AdminOutboxTabs } from '@/components/admin-outbox-tabs';
import { Link } from '@/components/link';
import { getDatabase } from '@/db/client';
import type { OutboxStatus } from '@/db/schema';
import { EMAIL_KIND_LABELS } from '@/lib/email-kinds';
import { env } from '@/lib/env';
import { formatUtcMinute } from '@/lib/format';
import { requireAdminPage } from '@/server/admin-guard';
import { isOutboxStatus, listOutbox, outboxCounts } from '@/server/outbox';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Outbox' };

type Props = { searchParams: Promise<{ status?: string | string[] }> };

const when = (d: Date | null) => (d ? `${formatUtcMinute(d)} UTC` : '');

const INTRO: Record<OutboxStatus, string> = {
  pending:
    'Waiting to go out: new emails, and those that will be tried again after a temporary failure.',
  sent: 'Delivered to the SMTP server (its acknowledgement is shown), or kept in the database mailbox when no SMTP_URL is set.',
  failed:
    'Given up: refused for good, or still failing after every attempt. Retry queues one again.',
  suppressed:
    'Not sent because the address is on the suppression list. Remove it there, then retry.',
};

export default async function AdminOutboxPage({ searchParams }: Props) {
  const requested = (await searchParams).status;
  const status: OutboxStatus = isOutboxStatus(requested) ? requested : 'pending';
  await requireAdminPage(`/admin/outbox?status=${status}`);
  const { db } = await getDatabase();
  const [counts, rows] = await Promise.all([outboxCounts(db), listOutbox(db, status)]);
  return (
    <div>
      <h1 className="text-2xl font-bold">Outbox</h1>
      <p className="mt-2 text-sm text-muted">
        {env.SMTP_URL
          ? 'Emails leave through the SMTP server in SMTP_URL.'
          : 'No SMTP_URL is set: nothing leaves this machine. Every email is kept here, exactly as it would be sent; open one to read it.'}
      </p>
      <AdminOutboxTabs counts={counts} current={status} />
      <p className="mt-4 text-sm text-muted">{INTRO[status]}</p>
      {rows.length === 0 ? (
        <p className="mt-6 text-muted">No emails with this status.</p>
      ) : (
        <div className="mt-4 overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="outbox-table">
            <thead className="border-b border-border text-muted">
              <tr>
                <th className="py-2 pr-4 font-medium">Queued (UTC)</th>
                <th className="py-2 pr-4 font-medium">To</th>
                <th className="py-2 pr-4 font-medium">Email</th>
                <th className="py-2 pr-4 font-medium">Attempts</th>
                <th className="py-2 pr-4 font-medium">Details</th>
                <th className="py-2 pr-4 font-medium">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-b border-border align-top" data-kind={r.kind}>
                  <td className="py-2 pr-4 whitespace-nowrap">{when(r.createdAt)}</td>
                  <td className="py-2 pr-4 break-all">{r.recipient}</td>
                  <td className="py-2 pr-4">
                    <Link href={`/admin/outbox/${r.id}`} className="text-accent hover:underline">
                      {r.subject ?? EMAIL_KIND_LABELS[r.kind]}
                    </Link>
                    <span className="block text-xs text-muted">{EMAIL_KIND_LABELS[r.kind]}</span>
                  </td>
                  <td className="py-2 pr-4 tabular-nums">{r.attempts}</td>
                  <td className="py-2 pr-4 break-words" data-testid="outbox-detail">
                    {r.status === 'sent'
                      ? `${when(r.sentAt)} · ${r.transport === 'mailbox' ? 'database mailbox' : 'SMTP'} · ${r.smtpResponse ?? ''}`
                      : r.status === 'pending'
                        ? `${r.lastError ? `Last error: ${r.lastError} · ` : ''}next attempt ${when(r.nextAttemptAt)}`
                        : (r.lastError ?? '')}
                  </td>
                  <td className="py-2 pr-4">
                    {r.status === 'failed' || r.status === 'suppressed' ? (
                      <AdminActionButton
                        url={`/api/admin/outbox/${r.id}`}
                        body={{ action: 'retry' }}
                        label="Retry"
                        busyLabel="Queuing…"
                      />
                    ) : null}
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
