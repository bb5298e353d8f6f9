import { Link } from '@/components/link';
import { site, trialOffer } from '@/lib/site';
import { BrandMark } from './brand-mark';
import { SearchButton } from './search/search-button';
import { ThemeToggle } from './theme-toggle';

const nav = [
  { href: '/ask', label: 'Answers' },
  { href: '/glossary', label: 'Glossary' },
  { href: '/calculators', label: 'Calculators' },
] as const;

export function SiteHeader() {
  return (
    // On a phone the links take a second row and the header scrolls away with the page; from
    // the sm breakpoint everything fits one sticky row.
    <header className="site-header z-30 border-b border-border bg-bg sm:sticky sm:top-0 sm:bg-bg/95 sm:backdrop-blur">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 px-4 sm:h-16 sm:flex-nowrap">
        <Link
          href="/"
          className="order-1 flex h-14 items-center gap-2 font-semibold text-fg sm:h-auto"
          aria-label={`${site.name}, home`}
        >
          <BrandMark fill="var(--color-accent)" line="var(--color-on-accent)" className="h-7 w-7" />
          <span>{site.name}</span>
        </Link>
        <nav
          aria-label="Main"
          className="order-3 -mx-2 flex w-full items-center gap-1 pb-2 text-sm sm:order-2 sm:mx-0 sm:ml-auto sm:w-auto sm:gap-3 sm:pb-0"
        >
          {nav.map((item) => (
            <Link
              key={item.href}
              href={item.href}
              className="rounded-md px-2 py-1.5 text-fg hover:bg-surface-2"
            >
              {item.label}
            </Link>
          ))}
          <Link
            href="/trial?from=header"
            className="hidden rounded-md bg-accent px-3 py-1.5 font-medium text-on-accent hover:opacity-90 md:inline-block"
          >
            {trialOffer.cta}
          </Link>
        </nav>
        <div className="order-2 ml-auto flex items-center gap-2 sm:order-3 sm:ml-0">
          <SearchButton />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
