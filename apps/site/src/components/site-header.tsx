import Link from 'next/link';
import { site, trialOffer } from '@/lib/site';
import { SearchButton } from './search/search-button';
import { ThemeToggle } from './theme-toggle';

const nav = [
  { href: '/ask', label: 'Answers' },
  { href: '/glossary', label: 'Glossary' },
  { href: '/calculators', label: 'Calculators' },
] as const;

export function SiteHeader() {
  return (
    <header className="site-header sticky top-0 z-30 border-b border-border bg-bg/95 backdrop-blur">
      <div className="mx-auto flex h-16 max-w-6xl items-center gap-4 px-4">
        <Link
          href="/"
          className="flex items-center gap-2 font-semibold text-fg"
          aria-label={`${site.name}, home`}
        >
          <svg aria-hidden="true" viewBox="0 0 64 64" className="h-7 w-7">
            <rect width="64" height="64" rx="14" fill="var(--color-accent)" />
            <path
              d="M12 40 L22 24 L32 36 L42 24 L52 40"
              fill="none"
              stroke="var(--color-on-accent)"
              strokeWidth="5"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
          <span className="hidden min-[400px]:inline">{site.name}</span>
        </Link>
        <nav aria-label="Main" className="ml-auto flex items-center gap-1 text-sm sm:gap-3">
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
            className="hidden rounded-md bg-accent px-3 py-1.5 font-medium text-on-accent hover:opacity-90 sm:inline-block"
          >
            {trialOffer.cta}
          </Link>
          <SearchButton />
          <ThemeToggle />
        </nav>
      </div>
    </header>
  );
}
