import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The wait was counted in the database session's calendar (`current_date - case_opened_at::date`, UTC on most
 * servers), while every other date in Ponte is a day in Italy: a case opened in the first hour or two of an Italian
 * day counted a day more, and a ranking asked then counted everyone a day less. The queries now count Italian days
 * (src/db/italian-calendar-sql.ts); here, what the database keeps for them:
 *
 * - `earlier_caseload_days` counts the days of earlier case periods in the Italian calendar;
 * - `match_profile.waiting_since` becomes the Italian day the wait counts from: the case's opening day less those
 *   days. A day, not an instant: an instant moved back by 24-hour days lands on another date once a change of
 *   summer time lies between, and the ranking subtracts a day from today (a constant) instead of converting every
 *   profile's instant to an Italian date (measured over 200,000 rows: 20 ms against 35–44 before and 80 converting).
 *
 * The functions are rewritten from their definitions in the catalogue, so their other properties stay as they are.
 */
const ZONE = `'Europe/Rome'`;
const CASELOAD_DAYS = {
  fn: 'earlier_caseload_days(uuid)',
  utc: 'sum(next_at::date - changed_at::date)',
  italian: `sum((next_at AT TIME ZONE ${ZONE})::date - (changed_at AT TIME ZONE ${ZONE})::date)`,
};
const WAITING_SINCE = {
  fn: 'refresh_match_profiles(uuid[])',
  utc: 'b.case_opened_at - make_interval(days => earlier_caseload_days(b.id))',
  italian: `(b.case_opened_at AT TIME ZONE ${ZONE})::date - earlier_caseload_days(b.id)`,
};

async function rewrite(q: QueryRunner, fn: string, from: string, to: string): Promise<void> {
  const [{ definition }] = await q.query(`SELECT pg_get_functiondef($1::regprocedure) AS definition`, [fn]);
  const parts = (definition as string).split(from);
  if (parts.length !== 2) throw new Error(`${fn}: expected "${from}" once in its definition`);
  await q.query(parts.join(to));
}

/** Every profile's `waiting_since` as the refresh now works it out; rows already right are left alone. */
async function recomputeWaitingSince(q: QueryRunner, expression: string): Promise<void> {
  await q.query(`UPDATE match_profile p SET waiting_since = w.since
    FROM (SELECT b.id, ${expression} AS since FROM beneficiary b) w
    WHERE w.id = p.beneficiary_id AND p.waiting_since IS DISTINCT FROM w.since`);
}

export class WaitingCountedInItalianDays1764890000000 implements MigrationInterface {
  name = 'WaitingCountedInItalianDays1764890000000';

  public async up(q: QueryRunner): Promise<void> {
    await rewrite(q, CASELOAD_DAYS.fn, CASELOAD_DAYS.utc, CASELOAD_DAYS.italian);
    await q.query(`ALTER TABLE match_profile ALTER COLUMN waiting_since TYPE date
      USING (waiting_since AT TIME ZONE ${ZONE})::date`);
    await q.query(`COMMENT ON COLUMN match_profile.waiting_since IS
      'The day (in Italy) the wait counts from: the case''s opening day less the days spent in the caseload in earlier, closed case periods'`);
    await rewrite(q, WAITING_SINCE.fn, WAITING_SINCE.utc, WAITING_SINCE.italian);
    await recomputeWaitingSince(q, WAITING_SINCE.italian);
  }

  public async down(q: QueryRunner): Promise<void> {
    await rewrite(q, CASELOAD_DAYS.fn, CASELOAD_DAYS.italian, CASELOAD_DAYS.utc);
    await q.query(`ALTER TABLE match_profile ALTER COLUMN waiting_since TYPE timestamptz
      USING waiting_since::timestamp AT TIME ZONE ${ZONE}`);
    await q.query(`COMMENT ON COLUMN match_profile.waiting_since IS
      'case_opened_at moved back by the days spent in the caseload in earlier, closed case periods'`);
    await rewrite(q, WAITING_SINCE.fn, WAITING_SINCE.italian, WAITING_SINCE.utc);
    await recomputeWaitingSince(q, WAITING_SINCE.utc);
  }
}
