import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Link } from '@/components/link';
import { getDatabase } from '@/db/client';
import { EMAIL_KIND_LABELS } from '@/lib/email-kinds';
import { requireAdminPage } from '@/server/admin-guard';
import { findEmail } from '@/server/outbox';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Email' };

type Props = { params: Promise<{ id: string }> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One email as it was (or will be) sent: headers, the plain-text part, the HTML part in a
 * sandboxed frame (no scripts, no same-origin access), and the whole message source.
 */
export default async function AdminEmailPage({ params }: Props) {
  const { id } = await params;
  await requireAdminPage(`/admin/outbox/${id}`);
  if (!UUID.test(id)) notFound();
  const { db } = await getDatabase();
  const email = await findEmail(db, id);
  if (!email) notFound();
  return (
    <div>
      <Link
        href={`/admin/outbox?status=${email.status}`}
        className="text-sm text-accent hover:underline"
      >
        ← Outbox
      </Link>
      <h1 className="mt-2 text-2xl font-bold break-words">
        {email.subject ?? EMAIL_KIND_LABELS[email.kind]}
      </h1>
      <p className="mt-1 text-sm text-muted">
        {EMAIL_KIND_LABELS[email.kind]} · {email.status} · {email.attempts} attempt(s)
        {email.lastError ? ` · ${email.lastError}` : ''}
      </p>
      {email.raw === null ? (
        <p className="mt-6 text-muted">
          Not rendered yet: the worker renders an email the first time it picks it up.
        </p>
      ) : (
        <>
          <section aria-labelledby="headers-heading" className="mt-6">
            <h2 id="headers-heading" className="text-lg font-bold">
              Headers
            </h2>
            <dl
              className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm"
              data-testid="email-headers"
            >
              {Object.entries(email.headers ?? {}).map(([name, value]) => (
                <div key={name} className="contents">
                  <dt className="font-medium">{name}</dt>
                  <dd className="break-all">{value}</dd>
                </div>
              ))}
            </dl>
          </section>
          <section aria-labelledby="html-heading" className="mt-6">
            <h2 id="html-heading" className="text-lg font-bold">
              HTML part
            </h2>
            <iframe
              title="The email's HTML part"
              sandbox=""
              srcDoc={email.html ?? ''}
              className="mt-2 h-[640px] w-full rounded-md border border-border bg-white"
            />
          </section>
          <section aria-labelledby="text-heading" className="mt-6">
            <h2 id="text-heading" className="text-lg font-bold">
              Plain-text part
            </h2>
            <pre
              className="mt-2 overflow-x-auto whitespace-pre-wrap break-words rounded-md border border-border bg-surface p-4 text-sm"
              data-testid="email-text"
            >
              {email.text}
            </pre>
          </section>
          <details className="mt-6">
            <summary className="cursor-pointer font-bold">Message source</summary>
            <pre className="mt-2 overflow-x-auto rounded-md border border-border bg-surface p-4 text-xs">
              {email.raw}
            </pre>
          </details>
        </>
      )}
    </div>
  );
}
