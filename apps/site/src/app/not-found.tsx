import type { Metadata } from 'next';
import { Link } from '@/components/link';
import { NotFoundSearch } from '@/components/not-found-search';

export const metadata: Metadata = {
  title: 'Page not found',
  robots: { index: false, follow: true },
};

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-accent">404</p>
      <h1 className="mt-2 text-3xl font-bold">We could not find that page</h1>
      <p className="mt-3 text-muted">
        The link may be old, or the address mistyped. Search for what you were after, or start from
        one of these:
      </p>
      <div className="mt-6">
        <NotFoundSearch />
      </div>
      <ul className="mt-6 flex flex-wrap justify-center gap-3">
        <li>
          <Link href="/ask" className="rounded-md bg-accent px-4 py-2 font-semibold text-on-accent">
            All answers
          </Link>
        </li>
        <li>
          <Link
            href="/glossary"
            className="rounded-md border border-border px-4 py-2 font-semibold"
          >
            Glossary
          </Link>
        </li>
        <li>
          <Link
            href="/calculators"
            className="rounded-md border border-border px-4 py-2 font-semibold"
          >
            Calculators
          </Link>
        </li>
        <li>
          <Link href="/" className="rounded-md border border-border px-4 py-2 font-semibold">
            Home
          </Link>
        </li>
      </ul>
    </div>
  );
}
