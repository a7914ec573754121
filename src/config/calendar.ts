/** The service's time zone: Ponte's calendar dates are days in Brescia. */
export const ITALY_TIME_ZONE = 'Europe/Rome';

/** Building a formatter costs far more than using one (seen: a third of a second of CPU in one load test). */
const ITALIAN_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: ITALY_TIME_ZONE });

/**
 * The service's calendar day in Brescia. Dates in Ponte are Italian calendar dates, and for the first hour or two
 * of an Italian day UTC is still on the previous one.
 */
export function todayInItaly(now: Date = new Date()): string {
  return ITALIAN_DAY.format(now);
}

/* Calendar arithmetic on ISO dates (YYYY-MM-DD, which compare correctly as text), in UTC so that no
   daylight-saving day is ever 23 or 25 hours long. */
const DAY_MS = 86_400_000;

function toUtc(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

export function addDays(date: string, days: number): string {
  return new Date(toUtc(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** The same day `months` later (the last day of the month when it has fewer days). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDay))).toISOString().slice(0, 10);
}
