import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatShortDate } from '@/lib/format';

// The site's own formatters must print exactly what Intl prints for en-US in UTC.
const long = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});
const short = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});
const shortNoYear = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});
const count = new Intl.NumberFormat('en-US');

// 1970 to 2100, any time of day: the calendar's edges (month ends, leap days) included.
const dates = fc.date({
  min: new Date(Date.UTC(1970, 0, 1)),
  max: new Date(Date.UTC(2100, 11, 31, 23, 59, 59)),
  noInvalidDate: true,
});

describe('format', () => {
  it('writes long dates as Intl does, from a Date or its ISO string', () => {
    fc.assert(
      fc.property(dates, (d) => {
        expect(formatDate(d)).toBe(long.format(d));
        expect(formatDate(d.toISOString())).toBe(long.format(d));
      }),
      { numRuns: 5000 },
    );
  });

  it('writes short dates as Intl does, with and without the year', () => {
    fc.assert(
      fc.property(dates, (d) => {
        expect(formatShortDate(d)).toBe(short.format(d));
        expect(formatShortDate(d.toISOString(), { year: false })).toBe(shortNoYear.format(d));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads a date-only ISO string as that day in UTC', () => {
    expect(formatDate('2026-11-10')).toBe('November 10, 2026');
    expect(formatShortDate('2024-02-29')).toBe('Feb 29, 2024');
  });

  // Counts are never negative (a negative figure elsewhere takes the calculators' minus sign).
  it('groups counts as Intl does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 53 - 1 }), (n) => {
        expect(formatCount(n)).toBe(count.format(n));
      }),
      { numRuns: 20000 },
    );
    for (const n of [0, 7, 999, 1000, 12345, 1_000_000])
      expect(formatCount(n)).toBe(count.format(n));
  });
});
