const dateFormat = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});

/** "November 10, 2026" for an ISO date, in UTC so the server and browser agree. */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

/** "2026-11-10 14:05" (UTC, to the minute), for the admin's tables; empty for no date. */
export function formatUtcMinute(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 16).replace('T', ' ') : '';
}
