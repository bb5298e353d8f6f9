import type { Metadata } from 'next';
import { AdminFunnelChart } from '@/components/admin-funnel-chart';
import { Link } from '@/components/link';
import { getDatabase } from '@/db/client';
import { requireAdminPage } from '@/server/admin-guard';
import { funnelReport } from '@/server/funnel';
import {
  type DateRange,
  type FunnelRow,
  formatRate,
  parseRange,
  type SourceKind,
  totalOf,
} from '@/server/funnel-math';
import { sourceHref, sourceTitle } from '@/server/funnel-sources';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Funnel' };

type Props = {
  searchParams: Promise<{
    from?: string | string[];
    to?: string | string[];
    source?: string | string[];
  }>;
};

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

const SECTIONS: { title: string; kinds: SourceKind[]; testId: string }[] = [
  { title: 'Articles', kinds: ['article'], testId: 'funnel-articles' },
  { title: 'Calculators', kinds: ['calculator'], testId: 'funnel-calculators' },
  { title: 'Glossary terms', kinds: ['term'], testId: 'funnel-terms' },
  { title: 'Other pages and direct visits', kinds: ['page', 'direct'], testId: 'funnel-other' },
];

export default async function AdminFunnelPage({ searchParams }: Props) {
  const params = await searchParams;
  const range = parseRange(first(params.from), first(params.to));
  const source = first(params.source) || undefined;
  await requireAdminPage(`/admin/funnel?from=${range.from}&to=${range.to}`);
  const { db } = await getDatabase();
  const report = await funnelReport(db, range, source);
  const total = totalOf(report.rows);

  return (
    <div>
      <h1 className="text-2xl font-bold">Trial funnel</h1>
      <p className="mt-2 text-muted">
        Per page: views → call-to-action clicks → trial page views → sign-ups → confirmed addresses,
        each counted once per visitor per day, {range.from} to {range.to} (UTC).
      </p>

      <form method="get" className="mt-4 flex flex-wrap items-end gap-3" aria-label="Date range">
        <label className="text-sm">
          <span className="block font-medium">From</span>
          <input
            type="date"
            name="from"
            defaultValue={range.from}
            className="mt-1 rounded-md border border-border bg-bg px-2 py-1.5 text-fg"
          />
        </label>
        <label className="text-sm">
          <span className="block font-medium">To</span>
          <input
            type="date"
            name="to"
            defaultValue={range.to}
            className="mt-1 rounded-md border border-border bg-bg px-2 py-1.5 text-fg"
          />
        </label>
        {source ? <input type="hidden" name="source" value={source} /> : null}
        <button
          type="submit"
          className="rounded-md bg-accent px-4 py-2 text-sm font-semibold text-on-accent hover:opacity-90"
        >
          Show
        </button>
      </form>

      <section aria-labelledby="chart-heading" className="mt-8">
        <h2 id="chart-heading" className="text-lg font-bold">
          {source ? `Per day: ${sourceTitle(source) ?? source}` : 'Per day: all pages'}
        </h2>
        {source ? (
          <Link
            href={`/admin/funnel?from=${range.from}&to=${range.to}`}
            className="text-sm text-accent hover:underline"
          >
            Show all pages
          </Link>
        ) : null}
        <div className="mt-3">
          <AdminFunnelChart daily={report.daily} />
        </div>
      </section>

      <section aria-labelledby="total-heading" className="mt-8">
        <h2 id="total-heading" className="text-lg font-bold">
          All pages
        </h2>
        <FunnelTable rows={[]} total={total} range={range} testId="funnel-total" />
      </section>

      {SECTIONS.map((section) => {
        const rows = report.rows.filter((r) => section.kinds.includes(r.kind));
        return (
          <section key={section.title} aria-label={section.title} className="mt-8">
            <h2 className="text-lg font-bold">{section.title}</h2>
            {rows.length === 0 ? (
              <p className="mt-2 text-sm text-muted">Nothing recorded in this range.</p>
            ) : (
              <FunnelTable
                rows={rows}
                total={totalOf(rows)}
                range={range}
                testId={section.testId}
              />
            )}
          </section>
        );
      })}
    </div>
  );
}

function FunnelTable({
  rows,
  total,
  range,
  testId,
}: {
  rows: FunnelRow[];
  total: ReturnType<typeof totalOf>;
  range: DateRange;
  testId: string;
}) {
  const cell = 'py-2 pr-4 text-right tabular-nums';
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="w-full text-sm" data-testid={testId}>
        <thead className="border-b border-border text-muted">
          <tr>
            <th className="py-2 pr-4 text-left font-medium">Page</th>
            <th className={`${cell} font-medium`}>Views</th>
            <th className={`${cell} font-medium`}>CTA clicks</th>
            <th className={`${cell} font-medium`}>Click rate</th>
            <th className={`${cell} font-medium`}>Trial views</th>
            <th className={`${cell} font-medium`}>Sign-ups</th>
            <th className={`${cell} font-medium`}>Sign-up rate</th>
            <th className={`${cell} font-medium`}>Views → sign-up</th>
            <th className={`${cell} font-medium`}>Confirmed</th>
            <th className={`${cell} font-medium`}>Confirmation rate</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const href = sourceHref(r.source);
            return (
              <tr key={r.source} className="border-b border-border" data-source={r.source}>
                <td className="py-2 pr-4">
                  {href ? (
                    <Link href={href} className="hover:underline">
                      {sourceTitle(r.source) ?? r.source}
                    </Link>
                  ) : (
                    (sourceTitle(r.source) ?? r.source)
                  )}{' '}
                  <Link
                    href={`/admin/funnel?from=${range.from}&to=${range.to}&source=${encodeURIComponent(r.source)}`}
                    className="text-xs text-accent hover:underline"
                  >
                    chart
                  </Link>
                </td>
                <td className={cell} data-col="views">
                  {r.views}
                </td>
                <td className={cell} data-col="clicks">
                  {r.clicks}
                </td>
                <td className={cell}>{formatRate(r.clickRate)}</td>
                <td className={cell} data-col="trialViews">
                  {r.trialViews}
                </td>
                <td className={cell} data-col="signups">
                  {r.signups}
                </td>
                <td className={cell}>{formatRate(r.signupRate)}</td>
                <td className={cell}>{formatRate(r.overallRate)}</td>
                <td className={cell} data-col="confirmations">
                  {r.confirmations}
                </td>
                <td className={cell}>{formatRate(r.confirmRate)}</td>
              </tr>
            );
          })}
          <tr className="font-semibold" data-source="total">
            <td className="py-2 pr-4">Total</td>
            <td className={cell} data-col="views">
              {total.views}
            </td>
            <td className={cell} data-col="clicks">
              {total.clicks}
            </td>
            <td className={cell}>{formatRate(total.clickRate)}</td>
            <td className={cell} data-col="trialViews">
              {total.trialViews}
            </td>
            <td className={cell} data-col="signups">
              {total.signups}
            </td>
            <td className={cell}>{formatRate(total.signupRate)}</td>
            <td className={cell}>{formatRate(total.overallRate)}</td>
            <td className={cell} data-col="confirmations">
              {total.confirmations}
            </td>
            <td className={cell}>{formatRate(total.confirmRate)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
