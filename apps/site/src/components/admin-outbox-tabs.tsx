import { Link } from '@/components/link';
import type { OutboxStatus } from '@/db/schema';
import { OUTBOX_STATUSES } from '@/server/outbox';

const LABELS: Record<OutboxStatus, string> = {
  pending: 'Pending',
  sent: 'Sent',
  failed: 'Failed',
  suppressed: 'Suppressed',
};

/** The outbox's views: one per email status, and the suppression list. */
export function AdminOutboxTabs({
  counts,
  current,
}: {
  counts: Record<OutboxStatus, number>;
  current: OutboxStatus | 'suppressions';
}) {
  const tab = (active: boolean) =>
    `rounded-full border px-3 py-1 text-sm ${
      active ? 'border-accent bg-accent text-on-accent' : 'border-border hover:bg-surface-2'
    }`;
  return (
    <nav aria-label="Outbox" className="mt-4 flex flex-wrap gap-2">
      {OUTBOX_STATUSES.map((s) => (
        <Link
          key={s}
          href={`/admin/outbox?status=${s}`}
          aria-current={s === current ? 'page' : undefined}
          className={tab(s === current)}
        >
          {LABELS[s]} ({counts[s]})
        </Link>
      ))}
      <Link
        href="/admin/outbox/suppressions"
        aria-current={current === 'suppressions' ? 'page' : undefined}
        className={tab(current === 'suppressions')}
      >
        Suppression list
      </Link>
    </nav>
  );
}
