'use client';

import { useTheme } from 'next-themes';
import { useEffect, useState } from 'react';

const order = ['system', 'light', 'dark'] as const;
const labels = { system: 'System theme', light: 'Light theme', dark: 'Dark theme' } as const;

/** Cycles system → light → dark. Renders a stable placeholder until the theme is known. */
export function ThemeToggle() {
  const { theme, setTheme } = useTheme();
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);

  const current = (
    mounted && order.includes(theme as (typeof order)[number]) ? theme : 'system'
  ) as (typeof order)[number];
  const next = order[(order.indexOf(current) + 1) % order.length] ?? 'system';

  return (
    <button
      type="button"
      onClick={() => setTheme(next)}
      className="inline-flex h-9 w-9 items-center justify-center rounded-md border border-border text-fg hover:bg-surface-2"
      aria-label={`${labels[current]} (switch to ${labels[next].toLowerCase()})`}
      title={labels[current]}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="h-5 w-5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        {current === 'dark' ? (
          <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" />
        ) : current === 'light' ? (
          <>
            <circle cx="12" cy="12" r="4" />
            <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
          </>
        ) : (
          <>
            <rect x="3" y="4" width="18" height="13" rx="2" />
            <path d="M8 21h8M12 17v4" />
          </>
        )}
      </svg>
    </button>
  );
}
