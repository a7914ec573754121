/**
 * The service's calendar day in Brescia. Dates in Ponte are Italian calendar dates, and for the first hour or two
 * of an Italian day UTC is still on the previous one.
 */
export function todayInItaly(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(now);
}
