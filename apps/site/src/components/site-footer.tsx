import Link from 'next/link';
import { site } from '@/lib/site';

export function SiteFooter() {
  return (
    <footer className="site-footer below-fold mt-16 [--fold-height:360px] border-t border-border bg-surface">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-10 text-sm text-muted sm:grid-cols-3">
        <div>
          <p className="font-semibold text-fg">{site.name}</p>
          <p className="mt-2">{site.tagline}</p>
        </div>
        <nav aria-label="Footer">
          <ul className="space-y-1.5">
            <li>
              <Link className="hover:text-fg hover:underline" href="/ask">
                All answers
              </Link>
            </li>
            <li>
              <Link className="hover:text-fg hover:underline" href="/glossary">
                Glossary
              </Link>
            </li>
            <li>
              <Link className="hover:text-fg hover:underline" href="/calculators">
                Calculators
              </Link>
            </li>
            <li>
              <Link className="hover:text-fg hover:underline" href="/trial?from=footer">
                Free trial
              </Link>
            </li>
          </ul>
        </nav>
        <p>
          Educational content only, not investment advice. Options carry substantial risk; paper
          trade first and consult a qualified professional.
        </p>
      </div>
    </footer>
  );
}
