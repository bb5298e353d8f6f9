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
