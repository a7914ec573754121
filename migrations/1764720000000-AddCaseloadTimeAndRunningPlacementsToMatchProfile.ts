import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two facts the ranking needs that `match_profile` did not hold:
 *
 * - how long a person has waited in the service's caseload across all their case periods. Closing a case (a hospital
 *   stay, a relapse, detention) and re-referring the person used to start the wait again from zero. The completed
 *   periods are read from the case history (`case_status_change`): every step before the last closure belongs to a
 *   finished period, and the days from each step to the next, not counting the closed spells, add up to the time
 *   spent in the caseload. `waiting_since` is the current opening moved back by that many days, so the wait is
 *   still `current_date - waiting_since::date`, and one index serves it.
 * - the placements running now (ACTIVE or SUSPENDED: confirmed and not ended), as the weekly hours they take and the
 *   openings they hold, so the ranking can exclude a second booking that does not fit.
 *
 * The profile now also follows writes to `case_status_change` and `placement`.
 */
const UNAVAILABLE_CASE_STATUSES = ['CLOSED', 'PLACED', 'MONITORING'];
const RUNNING_PLACEMENT_STATUSES = ['ACTIVE', 'SUSPENDED'];
const SKILL_LEVELS = [1, 2, 3, 4];
const list = (values: string[]) => values.map((v) => `'${v}'`).join(', ');
const skillColumns = SKILL_LEVELS.map((level) => `skills_from_level_${level}`);
const ASSIGNMENTS = [
  'residence_municipality_id',
  'case_status',
  'case_opened_at',
  'law68_category',
  'has_driving_licence',
  'min_weekly_hours',
  'max_weekly_hours',
  'available_shifts',
  'physical_limitations',
  'accessibility_needs',
  'excluded_sectors',
  'preferred_sectors',
  'preferred_occupation_ids',
  'max_commute_km',
  'max_commute_minutes',
  'transport_modes',
  'held_skills',
  ...skillColumns,
];

/** The profile refresh of CreateMatchProfile, with the new columns when `extended`. */
function refreshFunction(extended: boolean): string {
  const assignments = extended
    ? [...ASSIGNMENTS, 'waiting_since', 'running_weekly_hours', 'running_opening_ids']
    : ASSIGNMENTS;
  const extra = extended
    ? `, b.case_opened_at - make_interval(days => earlier_caseload_days(b.id)),
             coalesce(running.hours, 0), coalesce(running.openings, '{}')`
    : '';
  // A profile that would not change is not written again: a bulk load fires the refresh once per table it writes,
  // and rewriting every row each time left the table several times its size, which every ranking then scans.
  const unchanged = extended
    ? `
      WHERE (${assignments.map((c) => `match_profile.${c}`).join(', ')}) IS DISTINCT FROM (${assignments.map((c) => `EXCLUDED.${c}`).join(', ')})`
    : '';
  const runningJoin = extended
    ? `LEFT JOIN LATERAL (
        SELECT sum(pl.weekly_hours)::int AS hours,
               coalesce(array_agg(pl.opening_id ORDER BY pl.opening_id) FILTER (WHERE pl.opening_id IS NOT NULL), '{}') AS openings
        FROM placement pl WHERE pl.beneficiary_id = b.id AND pl.status IN (${list(RUNNING_PLACEMENT_STATUSES)})
      ) running ON true`
    : '';
  return `CREATE OR REPLACE FUNCTION refresh_match_profiles(people uuid[]) RETURNS void LANGUAGE sql AS $$
      SELECT 1 FROM beneficiary WHERE id = ANY(people) ORDER BY id FOR NO KEY UPDATE;
      DELETE FROM match_profile mp WHERE mp.beneficiary_id = ANY(people) AND NOT EXISTS (
        SELECT 1 FROM beneficiary b WHERE b.id = mp.beneficiary_id AND b.case_status NOT IN (${list(UNAVAILABLE_CASE_STATUSES)})
      );
      WITH blank AS (SELECT repeat('0', coalesce(max(bit_position), 0) + 1)::varbit AS bits FROM skill)
      INSERT INTO match_profile (beneficiary_id, ${assignments.join(', ')})
      SELECT b.id, b.residence_municipality_id, b.case_status, b.case_opened_at, b.law68_category, b.has_driving_licence,
             wc.min_weekly_hours, wc.max_weekly_hours, coalesce(shift_bits(wc.available_shifts), 0),
             coalesce(physical_demand_bits(wc.physical_limitations), 0), coalesce(accessibility_bits(wc.accessibility_needs), 0),
             coalesce(sector_bits(wc.excluded_sectors), 0), coalesce(sector_bits(wc.preferred_sectors), 0),
             coalesce(wc.preferred_occupation_ids, '{}'), wc.max_commute_km, wc.max_commute_minutes,
             coalesce(transport_mode_bits(wc.transport_modes), 0), coalesce(held.positions, '{}'),
             ${SKILL_LEVELS.map((level) => `coalesce(held.from_level_${level}, blank.bits)`).join(', ')}${extra}
      FROM beneficiary b
      CROSS JOIN blank
      LEFT JOIN work_constraints wc ON wc.beneficiary_id = b.id
      LEFT JOIN LATERAL (
        SELECT array_agg(s.bit_position ORDER BY s.bit_position) AS positions, ${SKILL_LEVELS.map(
          (level) =>
            `bit_or(set_bit(blank.bits, s.bit_position, 1)) FILTER (WHERE bs.level >= ${level}) AS from_level_${level}`,
        ).join(', ')}
        FROM beneficiary_skill bs JOIN skill s ON s.id = bs.skill_id
        WHERE bs.beneficiary_id = b.id
      ) held ON true
      ${runningJoin}
      WHERE b.id = ANY(people) AND b.case_status NOT IN (${list(UNAVAILABLE_CASE_STATUSES)})
      ON CONFLICT (beneficiary_id) DO UPDATE SET ${assignments.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}${unchanged}
    $$`;
}

export class AddCaseloadTimeAndRunningPlacementsToMatchProfile1764720000000 implements MigrationInterface {
  name = 'AddCaseloadTimeAndRunningPlacementsToMatchProfile1764720000000';

  public async up(q: QueryRunner): Promise<void> {
    // Whole days, as the wait itself is counted (`current_date - case_opened_at::date`): each step lasts to the next
    // one, and the steps into CLOSED start the spells outside the caseload (at the same instant, a closure comes last).
    await q.query(`CREATE FUNCTION earlier_caseload_days(person uuid) RETURNS int LANGUAGE sql STABLE PARALLEL SAFE AS $$
      SELECT coalesce(sum(next_at::date - changed_at::date), 0)::int
      FROM (
        SELECT to_status, changed_at,
               lead(changed_at) OVER (ORDER BY changed_at, to_status = 'CLOSED', id) AS next_at,
               max(changed_at) FILTER (WHERE to_status = 'CLOSED') OVER () AS last_closed
        FROM case_status_change WHERE beneficiary_id = person
      ) history
      WHERE to_status <> 'CLOSED' AND changed_at < last_closed
    $$`);
    await q.query(`COMMENT ON FUNCTION earlier_caseload_days(uuid) IS
      'Days the person spent in the caseload in case periods that were closed: the waiting time carried into a re-referral'`);
    await q.query(`CREATE INDEX placement_running_idx ON placement (beneficiary_id)
      WHERE status IN (${list(RUNNING_PLACEMENT_STATUSES)})`);

    await q.query(`ALTER TABLE match_profile
      ADD COLUMN waiting_since timestamptz,
      ADD COLUMN running_weekly_hours smallint NOT NULL DEFAULT 0,
      ADD COLUMN running_opening_ids uuid[] NOT NULL DEFAULT '{}'`);
    await q.query(`COMMENT ON COLUMN match_profile.waiting_since IS
      'case_opened_at moved back by the days spent in the caseload in earlier, closed case periods'`);
    await q.query(
      `COMMENT ON COLUMN match_profile.running_weekly_hours IS 'Weekly hours of the ACTIVE or SUSPENDED placements'`,
    );
    await q.query(
      `COMMENT ON COLUMN match_profile.running_opening_ids IS 'Openings of the ACTIVE or SUSPENDED placements'`,
    );
    await q.query(refreshFunction(true));

    for (const table of ['case_status_change', 'placement']) {
      await q.query(`CREATE TRIGGER ${table}_match_profile_insert AFTER INSERT ON ${table}
        REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION match_profile_follow_person_rows()`);
    }
    await q.query(`CREATE TRIGGER placement_match_profile_delete AFTER DELETE ON placement
      REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION match_profile_follow_person_rows()`);
    await q.query(`CREATE TRIGGER placement_match_profile_update AFTER UPDATE ON placement
      REFERENCING OLD TABLE AS before NEW TABLE AS after FOR EACH STATEMENT
      EXECUTE FUNCTION match_profile_follow_updated_person_rows()`);

    // Rebuilt rather than updated in place, so the table is not left twice its size.
    await q.query(`TRUNCATE match_profile`);
    await q.query(`SELECT refresh_match_profiles(ARRAY(SELECT id FROM beneficiary))`);
    await q.query(`ALTER TABLE match_profile ALTER COLUMN waiting_since SET NOT NULL`);
    // The groups of people without an opening's skills are read by how long they have waited (people-without-skills.ts).
    await q.query(`DROP INDEX match_profile_case_opened_idx`);
    await q.query(`DROP INDEX match_profile_no_preferences_idx`);
    await q.query(`CREATE INDEX match_profile_waiting_since_idx ON match_profile (waiting_since)`);
    await q.query(`CREATE INDEX match_profile_no_preferences_idx ON match_profile (waiting_since)
      WHERE preferred_sectors = 0 AND cardinality(preferred_occupation_ids) = 0`);
    await q.query(`ANALYZE match_profile`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX match_profile_no_preferences_idx`);
    await q.query(`DROP INDEX match_profile_waiting_since_idx`);
    await q.query(`CREATE INDEX match_profile_case_opened_idx ON match_profile (case_opened_at)`);
    await q.query(`CREATE INDEX match_profile_no_preferences_idx ON match_profile (case_opened_at)
      WHERE preferred_sectors = 0 AND cardinality(preferred_occupation_ids) = 0`);
    for (const trigger of [
      'case_status_change_match_profile_insert ON case_status_change',
      'placement_match_profile_insert ON placement',
      'placement_match_profile_delete ON placement',
      'placement_match_profile_update ON placement',
    ]) {
      await q.query(`DROP TRIGGER ${trigger}`);
    }
    await q.query(refreshFunction(false));
    await q.query(
      `ALTER TABLE match_profile DROP COLUMN waiting_since, DROP COLUMN running_weekly_hours, DROP COLUMN running_opening_ids`,
    );
    await q.query(`DROP INDEX placement_running_idx`);
    await q.query(`DROP FUNCTION earlier_caseload_days(uuid)`);
  }
}
