/**
 * The calendar day count the engine's times assume: a time in years is calendar days ÷ 365,
 * the convention of the VIX white paper (minutes to expiration ÷ 525,600) and of most listed
 * option models. Callers that speak in days convert through here, so the year length is stated
 * once.
 */
export const CALENDAR_DAYS_PER_YEAR = 365;

/** Calendar days → years in the engine's time unit. */
export function yearsFromDays(days: number): number {
  return days / CALENDAR_DAYS_PER_YEAR;
}
