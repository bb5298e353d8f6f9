'use client';

import { ThemeProvider as NextThemesProvider } from 'next-themes';
import type * as React from 'react';

/**
 * Class-based dark mode; the inline script next-themes renders sets the class before paint.
 * No `disableTransitionOnChange`: the site animates no colors, and that option makes every page
 * load pay for two full style recalculations (a style sheet added, read back and removed when the
 * provider mounts), 10-11 ms each on this machine.
 */
export function ThemeProvider({ children }: { children: React.ReactNode }) {
  return (
    <NextThemesProvider
      attribute="class"
      defaultTheme="system"
      enableSystem
      scriptProps={{ suppressHydrationWarning: true }}
    >
      {children}
    </NextThemesProvider>
  );
}
