import type { Metadata, Viewport } from 'next';
import type * as React from 'react';
import { LinkNavigation } from '@/components/link-navigation';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { ThemeProvider } from '@/components/theme-provider';
import { env } from '@/lib/env';
import { FEED_PATH } from '@/lib/seo';
import { site } from '@/lib/site';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(env.SITE_URL),
  title: {
    default: `${site.name}: answers for SPX options traders`,
    template: `%s | ${site.name}`,
  },
  description: site.description,
  applicationName: site.name,
  // Defaults for pages that set no sharing metadata of their own; pages built with
  // pageMetadata() (src/lib/seo.ts) replace these with complete per-page objects.
  openGraph: { type: 'website', siteName: site.name, locale: site.locale.replace('-', '_') },
  twitter: { card: 'summary_large_image', site: site.twitterHandle },
  alternates: {
    types: { 'application/rss+xml': [{ url: FEED_PATH, title: `${site.name} answers` }] },
  },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0b1120' },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang={site.locale} suppressHydrationWarning>
      <body className="min-h-screen bg-bg text-fg antialiased">
        <ThemeProvider>
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:fixed focus:left-4 focus:top-4 focus:z-50 focus:rounded-md focus:bg-accent focus:px-4 focus:py-2 focus:text-on-accent"
          >
            Skip to content
          </a>
          <SiteHeader />
          {/* data-pagefind-body: the search index (scripts/index-search.ts) reads only the main
              content of the pages it indexes, never the header, footer or navigation. */}
          <main
            id="main"
            tabIndex={-1}
            className="mx-auto max-w-6xl px-4 py-8 focus:outline-none"
            data-pagefind-body
          >
            {children}
          </main>
          <SiteFooter />
          <LinkNavigation />
        </ThemeProvider>
      </body>
    </html>
  );
}
