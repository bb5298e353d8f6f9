import { Link } from '@/components/link';
import { site } from '@/lib/site';

const FOOTER_LINKS = [
  { href: '/ask', label: 'All answers' },
  { href: '/glossary', label: 'Glossary' },
  { href: '/calculators', label: 'Calculators' },
  { href: '/trial?from=footer', label: 'Free trial' },
] as const;

export function SiteFooter() {
  return (
    <footer className="site-footer below-fold mt-16 [--fold-height:360px] border-t border-border bg-surface">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-10 text-sm text-muted sm:grid-cols-3">
        <div>
          <p className="font-semibold text-fg">{site.name}</p>
          <p className="mt-2">{site.tagline}</p>
        </div>
        <nav aria-label="Footer">
          <ul className="space-y-0.5">
            {FOOTER_LINKS.map(({ href, label }) => (
              <li key={href}>
                {/* py-1 makes each link a 24 px touch target (WCAG 2.5.8) */}
                <Link className="inline-block py-1 hover:text-fg hover:underline" href={href}>
                  {label}
                </Link>
              </li>
            ))}
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
