import { Link } from '@/components/link';
import { getDatabase } from '@/db/client';
import { requireAdminPage } from '@/server/admin-guard';
import { funnelReport } from '@/server/funnel';
import { formatRate, parseRange, totalOf } from '@/server/funnel-math';
import { countLeads } from '@/server/leads';
import { statusCounts } from '@/server/moderation';
import { outboxCounts } from '@/server/outbox';

export const dynamic = 'force-dynamic';

export default async function AdminHome() {
  await requireAdminPage('/admin');
  const { db } = await getDatabase();
  const range = parseRange(undefined, undefined);
  const [counts, leads, report, emails] = await Promise.all([
    statusCounts(db),
    countLeads(db),
    funnelReport(db, range),
    outboxCounts(db),
  ]);
  const total = totalOf(report.rows);
  const cards = [
    { href: '/admin/questions', label: 'New questions', value: String(counts.new) },
    { href: '/admin/leads', label: 'Trial sign-ups (all time)', value: String(leads) },
    {
      href: '/admin/funnel',
      label: 'Sign-ups per view, last 30 days',
      value: formatRate(total.overallRate),
    },
    {
      href: emails.failed > 0 ? '/admin/outbox?status=failed' : '/admin/outbox',
      label: 'Emails waiting / failed',
      value: `${emails.pending} / ${emails.failed}`,
    },
  ];
  return (
    <div>
      <h1 className="text-2xl font-bold">Overview</h1>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {cards.map((card) => (
          <li key={card.href}>
            <Link
              href={card.href}
              className="block rounded-lg border border-border bg-surface p-4 hover:bg-surface-2"
            >
              <span className="block text-sm text-muted">{card.label}</span>
              <span className="mt-1 block text-3xl font-bold">{card.value}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
