import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ranking people for an opening reads everyone who could take a placement, and reading them from `beneficiary`,
 * `work_constraints` and `beneficiary_skill` (arrays, a join and an aggregate per opening) cost more than the
 * ranking's whole time budget at a hundred thousand people. `match_profile` keeps, for each person, the same facts
 * in one narrow row: closed lists as bit sets, held skills as bit strings by level. It holds only people who can
 * take a placement (the cases `beneficiary_available_idx` holds), the only ones a ranking reads. The database keeps
 * it in step with every write to the three tables (statement triggers, in the writing transaction), so it is never
 * stale and no application code writes it. It holds facts only: which pass or score is decided by the ranking query.
 */
const UNAVAILABLE_CASE_STATUSES = ['CLOSED', 'PLACED', 'MONITORING'];
const VOCABULARIES: Record<string, string[]> = {
  shift_bits: ['MORNING', 'AFTERNOON', 'EVENING', 'NIGHT', 'WEEKEND'],
  physical_demand_bits: [
    'HEAVY_LIFTING',
    'PROLONGED_STANDING',
    'WORK_AT_HEIGHT',
    'NOISE_EXPOSURE',
    'DRIVING',
    'REPETITIVE_MOVEMENTS',
    'FINE_MANUAL_WORK',
    'OUTDOOR_WORK',
    'CHEMICAL_EXPOSURE',
    'CUSTOMER_CONTACT',
  ],
  accessibility_bits: [
    'STEP_FREE_ACCESS',
    'ACCESSIBLE_TOILET',
    'ADAPTED_WORKSTATION',
    'QUIET_ENVIRONMENT',
    'ON_SITE_TUTOR',
    'FLEXIBLE_BREAKS',
  ],
  transport_mode_bits: ['WALK', 'BICYCLE', 'PUBLIC_TRANSPORT', 'CAR', 'MOPED', 'ACCOMPANIED_TRANSPORT'],
  sector_bits: [
    'MANUFACTURING',
    'LOGISTICS',
    'CLEANING_FACILITY',
    'FOOD_SERVICE',
    'RETAIL',
    'AGRICULTURE_GREEN',
    'CARE',
    'OFFICE',
    'DIGITAL',
    'LANGUAGES',
    'TRANSVERSAL',
  ],
};
const SKILL_LEVELS = [1, 2, 3, 4];

const list = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

export class CreateMatchProfile1764600000000 implements MigrationInterface {
  name = 'CreateMatchProfile1764600000000';

  public async up(q: QueryRunner): Promise<void> {
    // One function per closed list, used by the profile and by the ranking alike, so both encode a value the same way.
    for (const [name, vocabulary] of Object.entries(VOCABULARIES)) {
      await q.query(`CREATE FUNCTION ${name}(vals text[]) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(bit_or(1 << (array_position(ARRAY[${list(vocabulary)}]::text[], v) - 1)), 0)::int FROM unnest(vals) AS v
      $$`);
    }
    // The set bits of a bit set, so a GIN index can find the people whose set holds a given bit (the index's
    // recheck reads them stored, rather than working them out again for every row).
    await q.query(`CREATE FUNCTION set_bits(bits int) RETURNS int[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT coalesce(array_agg(b), '{}') FROM generate_series(0, 30) AS b WHERE (bits >> b) & 1 = 1
    $$`);
    // A skill's position in the profile's bit strings.
    await q.query(`ALTER TABLE skill ADD COLUMN bit_position int GENERATED ALWAYS AS IDENTITY UNIQUE`);

    const skillColumns = SKILL_LEVELS.map((level) => `skills_from_level_${level}`);
    await q.query(`CREATE TABLE match_profile (
      beneficiary_id uuid PRIMARY KEY REFERENCES beneficiary (id) ON DELETE CASCADE,
      residence_municipality_id uuid NOT NULL,
      case_status text NOT NULL,
      case_opened_at timestamptz NOT NULL,
      law68_category text,
      has_driving_licence boolean NOT NULL,
      min_weekly_hours smallint,
      max_weekly_hours smallint,
      available_shifts int NOT NULL,
      physical_limitations int NOT NULL,
      accessibility_needs int NOT NULL,
      excluded_sectors int NOT NULL,
      preferred_sectors int NOT NULL,
      preferred_sector_positions int[] GENERATED ALWAYS AS (set_bits(preferred_sectors)) STORED,
      preferred_occupation_ids uuid[] NOT NULL,
      max_commute_km smallint,
      max_commute_minutes smallint,
      transport_modes int NOT NULL,
      held_skills int[] NOT NULL,
      ${skillColumns.map((c) => `${c} varbit NOT NULL`).join(',\n      ')}
    )`);
    await q.query(`COMMENT ON TABLE match_profile IS
      'People who can take a placement, derived from beneficiary, work_constraints and beneficiary_skill by triggers; read by the candidate ranking only'`);
    // The ranking reads the holders of an opening's skills first; then, when they can be beaten, only the people
    // who prefer its occupation or sector, have no preferences, or have waited long enough to beat them.
    await q.query(`CREATE INDEX match_profile_held_skills_idx ON match_profile USING gin (held_skills)`);
    await q.query(
      `CREATE INDEX match_profile_preferred_occupations_idx ON match_profile USING gin (preferred_occupation_ids)`,
    );
    await q.query(`CREATE INDEX match_profile_case_opened_idx ON match_profile (case_opened_at)`);
    await q.query(
      `CREATE INDEX match_profile_preferred_sectors_idx ON match_profile USING gin (preferred_sector_positions)`,
    );
    await q.query(`CREATE INDEX match_profile_no_preferences_idx ON match_profile (case_opened_at)
      WHERE preferred_sectors = 0 AND cardinality(preferred_occupation_ids) = 0`);
    await q.query(
      `COMMENT ON COLUMN match_profile.held_skills IS 'The bit_position of every skill the person holds, at any level'`,
    );
    await q.query(`COMMENT ON COLUMN match_profile.skills_from_level_1 IS
      'Bit n is set when the person holds the skill whose bit_position is n at level 1 or above; likewise for levels 2 to 4'`);

    const assignments = [
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
    // Two transactions writing rows of one person (two skills, say) must not both rebuild the profile from what each
    // sees alone, or the later would undo the earlier. The refresh first locks the people's rows, to the end of the
    // transaction, before reading: the later one waits for the earlier to commit, and then, as each statement of a
    // volatile function reads afresh (at the default READ COMMITTED), sees its rows. Row locks rather than advisory
    // ones: a bulk load of 100,000 people would overflow the lock table. In one order: no deadlock between refreshes.
    await q.query(`CREATE FUNCTION refresh_match_profiles(people uuid[]) RETURNS void LANGUAGE sql AS $$
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
             ${SKILL_LEVELS.map((level) => `coalesce(held.from_level_${level}, blank.bits)`).join(', ')}
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
      WHERE b.id = ANY(people) AND b.case_status NOT IN (${list(UNAVAILABLE_CASE_STATUSES)})
      ON CONFLICT (beneficiary_id) DO UPDATE SET ${assignments.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}
    $$`);

    // Transition tables let one statement that writes thousands of rows refresh their people in one pass.
    await q.query(`CREATE FUNCTION match_profile_follow_people() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM refresh_match_profiles(ARRAY(SELECT id FROM changed));
        RETURN NULL;
      END $$`);
    await q.query(`CREATE FUNCTION match_profile_follow_person_rows() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM refresh_match_profiles(ARRAY(SELECT DISTINCT beneficiary_id FROM changed));
        RETURN NULL;
      END $$`);
    await q.query(`CREATE FUNCTION match_profile_follow_updated_person_rows() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM refresh_match_profiles(ARRAY(SELECT beneficiary_id FROM before UNION SELECT beneficiary_id FROM after));
        RETURN NULL;
      END $$`);
    for (const event of ['INSERT', 'UPDATE']) {
      await q.query(`CREATE TRIGGER beneficiary_match_profile_${event.toLowerCase()} AFTER ${event} ON beneficiary
        REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION match_profile_follow_people()`);
    }
    for (const table of ['work_constraints', 'beneficiary_skill']) {
      await q.query(`CREATE TRIGGER ${table}_match_profile_insert AFTER INSERT ON ${table}
        REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION match_profile_follow_person_rows()`);
      await q.query(`CREATE TRIGGER ${table}_match_profile_delete AFTER DELETE ON ${table}
        REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION match_profile_follow_person_rows()`);
      await q.query(`CREATE TRIGGER ${table}_match_profile_update AFTER UPDATE ON ${table}
        REFERENCING OLD TABLE AS before NEW TABLE AS after FOR EACH STATEMENT
        EXECUTE FUNCTION match_profile_follow_updated_person_rows()`);
    }

    await q.query(`SELECT refresh_match_profiles(ARRAY(SELECT id FROM beneficiary))`);
    // The ranking's plans depend on the new table's statistics: gather them now rather than at autovacuum's pace.
    await q.query(`ANALYZE match_profile`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const event of ['insert', 'update'])
      await q.query(`DROP TRIGGER beneficiary_match_profile_${event} ON beneficiary`);
    for (const table of ['work_constraints', 'beneficiary_skill']) {
      for (const event of ['insert', 'delete', 'update'])
        await q.query(`DROP TRIGGER ${table}_match_profile_${event} ON ${table}`);
    }
    await q.query(`DROP FUNCTION match_profile_follow_updated_person_rows()`);
    await q.query(`DROP FUNCTION match_profile_follow_person_rows()`);
    await q.query(`DROP FUNCTION match_profile_follow_people()`);
    await q.query(`DROP FUNCTION refresh_match_profiles(uuid[])`);
    await q.query(`DROP TABLE match_profile`);
    await q.query(`ALTER TABLE skill DROP COLUMN bit_position`);
    for (const name of Object.keys(VOCABULARIES)) await q.query(`DROP FUNCTION ${name}(text[])`);
    await q.query(`DROP FUNCTION set_bits(int)`);
  }
}
