/** Calendar dates as ISO strings (YYYY-MM-DD), which compare correctly as text. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Obligations run on the Italian calendar: around midnight UTC it is already the next day in Brescia. */
export function todayInItaly(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());
}
