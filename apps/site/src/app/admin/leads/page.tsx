import type { Metadata } from 'next';
import { getDatabase } from '@/db/client';
import { formatUtcMinute } from '@/lib/format';
import { experienceLevels } from '@/lib/trial-schema';
import { requireAdminPage } from '@/server/admin-guard';
import { formatRate } from '@/server/funnel-math';
import { sourceTitle } from '@/server/funnel-sources';
import { confirmationBySource, countLeads, listLeads } from '@/server/leads';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Leads' };

const EXPERIENCE = new Map<string, string>(experienceLevels.map((l) => [l.value, l.label]));
const SHOWN = 500;

export default async function AdminLeadsPage() {
  await requireAdminPage('/admin/leads');
  const { db } = await getDatabase();
  const [total, leads, bySource] = await Promise.all([
    countLeads(db),
    listLeads(db, SHOWN),
    confirmationBySource(db),
  ]);
  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">Trial sign-ups</h1>
        <a
          href="/api/admin/leads?format=csv"
          className="rounded-md bg-accent px-4 py-2 text-sm font-semibold text-on-accent hover:opacity-90"
          download
        >
          Download CSV ({total})
        </a>
      </div>
      <p className="mt-2 text-sm text-muted">
        {total > SHOWN
          ? `The newest ${SHOWN} of ${total}; the CSV has all of them.`
          : `${total} in all.`}
      </p>
      <section aria-labelledby="confirm-heading" className="mt-6">
        <h2 id="confirm-heading" className="text-lg font-bold">
          Confirmed addresses per source
        </h2>
        <p className="mt-1 text-sm text-muted">
          A sign-up stays pending until its owner opens the link in the confirmation email.
        </p>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-sm" data-testid="confirmation-table">
            <thead className="border-b border-border text-muted">
              <tr>
                <th className="py-2 pr-4 text-left font-medium">Source</th>
                <th className="py-2 pr-4 text-right font-medium">Sign-ups</th>
                <th className="py-2 pr-4 text-right font-medium">Confirmed</th>
                <th className="py-2 pr-4 text-right font-medium">Confirmation rate</th>
              </tr>
            </thead>
            <tbody>
              {bySource.map((r) => (
                <tr key={r.source} className="border-b border-border" data-source={r.source}>
                  <td className="py-2 pr-4">{sourceTitle(r.source) ?? r.source}</td>
                  <td className="py-2 pr-4 text-right tabular-nums">{r.signups}</td>
                  <td className="py-2 pr-4 text-right tabular-nums" data-col="confirmed">
                    {r.confirmed}
                  </td>
                  <td className="py-2 pr-4 text-right tabular-nums" data-col="rate">
                    {formatRate(r.rate)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <div className="mt-6 overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="leads-table">
          <thead className="border-b border-border text-muted">
            <tr>
              <th className="py-2 pr-4 font-medium">Signed up (UTC)</th>
              <th className="py-2 pr-4 font-medium">Email</th>
              <th className="py-2 pr-4 font-medium">Status</th>
              <th className="py-2 pr-4 font-medium">Name</th>
              <th className="py-2 pr-4 font-medium">Experience</th>
              <th className="py-2 pr-4 font-medium">Source</th>
              <th className="py-2 pr-4 font-medium">Campaign (UTM)</th>
            </tr>
          </thead>
          <tbody>
            {leads.map((lead) => (
              <tr key={lead.id} className="border-b border-border align-top">
                <td className="py-2 pr-4 whitespace-nowrap">{formatUtcMinute(lead.createdAt)}</td>
                <td className="py-2 pr-4 break-all">{lead.email}</td>
                <td className="py-2 pr-4" data-col="status">
                  {lead.status === 'confirmed' ? 'Confirmed' : 'Pending'}
                  {lead.confirmedAt ? (
                    <span className="block text-xs text-muted">
                      {formatUtcMinute(lead.confirmedAt)}
                    </span>
                  ) : null}
                </td>
                <td className="py-2 pr-4">{lead.name ?? ''}</td>
                <td className="py-2 pr-4">{EXPERIENCE.get(lead.experience) ?? lead.experience}</td>
                <td className="py-2 pr-4">{lead.source}</td>
                <td className="py-2 pr-4">
                  {[lead.utmSource, lead.utmMedium, lead.utmCampaign].filter(Boolean).join(' / ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
