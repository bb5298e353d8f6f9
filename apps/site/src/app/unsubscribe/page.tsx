import type { Metadata } from 'next';
import { Link } from '@/components/link';
import { getDatabase } from '@/db/client';
import { site } from '@/lib/site';
import { maskEmail, type UnsubscribeState, unsubscribeState } from '@/server/unsubscribe';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = {
  title: 'Unsubscribe',
  robots: { index: false, follow: false },
};

type Props = { searchParams: Promise<{ t?: string | string[] }> };

async function state(token: string | undefined): Promise<UnsubscribeState | 'unavailable'> {
  try {
    const { db } = await getDatabase();
    return await unsubscribeState(db, token);
  } catch (error) {
    console.error('unsubscribe: could not read', error);
    return 'unavailable';
  }
}

/**
 * The page an email's "Unsubscribe" link opens: it asks before doing anything (a link scanner
 * that opens it unsubscribes no one), and one press of the button unsubscribes.
 */
export default async function UnsubscribePage({ searchParams }: Props) {
  const raw = (await searchParams).t;
  const token = Array.isArray(raw) ? raw[0] : raw;
  const s = await state(token);
  return (
    <div className="mx-auto max-w-2xl" data-testid="unsubscribe">
      {s === 'unavailable' ? (
        <>
          <h1 className="text-3xl font-bold">Please try again in a minute</h1>
          <p className="mt-3 text-muted">We could not reach our records just now.</p>
        </>
      ) : !s.valid ? (
        <>
          <h1 className="text-3xl font-bold">This unsubscribe link does not work</h1>
          <p className="mt-3 text-muted">
            It may have been cut short by your email program. Open it again from the email; every
            email we send has one at the bottom.
          </p>
        </>
      ) : s.unsubscribed ? (
        <>
          <h1 className="text-3xl font-bold">You are unsubscribed</h1>
          <p className="mt-3 text-lg text-muted" role="status">
            We will send no more emails to {maskEmail(s.email)}, including any that were waiting to
            go out.
          </p>
          <p className="mt-6">
            <Link href="/" className="text-accent underline underline-offset-2">
              Back to {site.name}
            </Link>
          </p>
        </>
      ) : (
        <>
          <h1 className="text-3xl font-bold">Unsubscribe from {site.name} emails?</h1>
          <p className="mt-3 text-lg text-muted">
            We will stop sending emails to {maskEmail(s.email)}: trial emails and answers to
            questions alike.
          </p>
          <form
            method="post"
            action={`/api/unsubscribe?t=${encodeURIComponent(token ?? '')}`}
            className="mt-6"
          >
            <input type="hidden" name="List-Unsubscribe" value="One-Click" />
            <button
              type="submit"
              className="rounded-md bg-accent px-5 py-2.5 font-semibold text-on-accent hover:opacity-90"
            >
              Unsubscribe
            </button>
          </form>
        </>
      )}
    </div>
  );
}
