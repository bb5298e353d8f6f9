import type { Metadata } from 'next';
import { getDatabase } from '@/db/client';
import { experienceLevels } from '@/lib/trial-schema';
import { requireAdminPage } from '@/server/admin-guard';
import { countLeads, listLeads } from '@/server/leads';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Leads' };

const EXPERIENCE = new Map<string, string>(experienceLevels.map((l) => [l.value, l.label]));
const SHOWN = 500;

export default async function AdminLeadsPage() {
  await requireAdminPage('/admin/leads');
  const { db } = await getDatabase();
  const [total, leads] = await Promise.all([countLeads(db), listLeads(db, SHOWN)]);
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
      <div className="mt-4 overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="leads-table">
          <thead className="border-b border-border text-muted">
            <tr>
              <th className="py-2 pr-4 font-medium">Signed up (UTC)</th>
              <th className="py-2 pr-4 font-medium">Email</th>
              <th className="py-2 pr-4 font-medium">Name</th>
              <th className="py-2 pr-4 font-medium">Experience</th>
              <th className="py-2 pr-4 font-medium">Source</th>
              <th className="py-2 pr-4 font-medium">Campaign (UTM)</th>
            </tr>
          </thead>
          <tbody>
            {leads.map((lead) => (
              <tr key={lead.id} className="border-b border-border align-top">
                <td className="py-2 pr-4 whitespace-nowrap">
                  {lead.createdAt.toISOString().slice(0, 16).replace('T', ' ')}
                </td>
                <td className="py-2 pr-4 break-all">{lead.email}</td>
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
