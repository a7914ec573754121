import { ITALY_TIME_ZONE } from '../config/calendar';

/*
 * Calendar days in SQL as Ponte counts them, in Italy. `current_date` and `instant::date` follow the database
 * session's time zone (UTC on most servers), which is still on the day before for the first hour or two of an
 * Italian day: every day an instant falls on, and every "today", goes through these.
 */

/** The Italian calendar day of an instant (a `timestamptz` expression). */
export function italianDaySql(instant: string): string {
  return `(${instant} AT TIME ZONE '${ITALY_TIME_ZONE}')::date`;
}

/** Today in Italy, at the transaction's start: a subquery, so a statement works it out once, not once per row. */
export const ITALIAN_TODAY_SQL = `(SELECT ${italianDaySql('now()')})`;
