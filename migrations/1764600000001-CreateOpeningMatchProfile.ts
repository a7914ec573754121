import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The other side of `match_profile`: ranking openings for one person reads every open opening, and reading them
 * from `opening`, `employer_site` and `opening_skill` (wide rows, a join and an aggregate) cost several times the
 * ranking's budget. `opening_match_profile` keeps each open opening's facts in one narrow row, in the same bit sets
 * as the people's profiles, kept in step by statement triggers in the writing transaction. Facts only: which pass or
 * score is decided by the ranking query.
 */
const COLUMNS = [
  'employer_id',
  'occupation_id',
  'sector_bit',
  'weekly_hours',
  'shift_bits',
  'demand_bits',
  'feature_bits',
  'accommodations_arrangeable',
  'counts_toward_quota',
  'site_municipality_id',
  'site_latitude',
  'site_longitude',
  'indispensable_skills',
  'skill_credit_total',
];

export class CreateOpeningMatchProfile1764600000001 implements MigrationInterface {
  name = 'CreateOpeningMatchProfile1764600000001';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE opening_match_profile (
      opening_id uuid PRIMARY KEY REFERENCES opening (id) ON DELETE CASCADE,
      employer_id uuid NOT NULL,
      occupation_id uuid,
      sector_bit int NOT NULL,
      weekly_hours smallint NOT NULL,
      shift_bits int NOT NULL,
      demand_bits int NOT NULL,
      feature_bits int NOT NULL,
      accommodations_arrangeable boolean NOT NULL,
      counts_toward_quota boolean NOT NULL,
      site_municipality_id uuid NOT NULL,
      site_latitude double precision NOT NULL,
      site_longitude double precision NOT NULL,
      indispensable_skills int[] NOT NULL,
      skill_credit_total int NOT NULL
    )`);
    await q.query(`COMMENT ON TABLE opening_match_profile IS
      'Open openings, derived from opening, employer_site and opening_skill by triggers; read by the ranking of openings only'`);
    await q.query(
      `COMMENT ON COLUMN opening_match_profile.indispensable_skills IS 'The bit_position of each indispensable skill'`,
    );
    await q.query(`COMMENT ON COLUMN opening_match_profile.skill_credit_total IS
      'Full skill credit: two per required skill, one per preferred'`);

    // The openings' rows locked before reading, as people's are for their profiles (see CreateMatchProfile): two
    // transactions writing one opening's skills at once must not each rebuild its profile from what they see alone.
    await q.query(`CREATE FUNCTION refresh_opening_match_profiles(openings uuid[]) RETURNS void LANGUAGE sql AS $$
      SELECT 1 FROM opening WHERE id = ANY(openings) ORDER BY id FOR NO KEY UPDATE;
      DELETE FROM opening_match_profile mp WHERE mp.opening_id = ANY(openings) AND NOT EXISTS (
        SELECT 1 FROM opening o WHERE o.id = mp.opening_id AND o.status = 'OPEN'
      );
      INSERT INTO opening_match_profile (opening_id, ${COLUMNS.join(', ')})
      SELECT o.id, o.employer_id, o.occupation_id, sector_bits(ARRAY[o.sector]), o.weekly_hours, shift_bits(o.shifts),
             physical_demand_bits(o.physical_demands), accessibility_bits(o.accessibility_features),
             o.accommodations_arrangeable, o.counts_toward_quota, s.municipality_id, s.latitude, s.longitude,
             coalesce(asked.indispensable, '{}'), coalesce(asked.credit_total, 0)
      FROM opening o
      JOIN employer_site s ON s.id = o.site_id
      LEFT JOIN LATERAL (
        SELECT array_agg(k.bit_position ORDER BY k.bit_position) FILTER (WHERE os.indispensable) AS indispensable,
               sum(CASE WHEN os.requirement = 'REQUIRED' THEN 2 ELSE 1 END) AS credit_total
        FROM opening_skill os JOIN skill k ON k.id = os.skill_id
        WHERE os.opening_id = o.id
      ) asked ON true
      WHERE o.id = ANY(openings) AND o.status = 'OPEN'
      ON CONFLICT (opening_id) DO UPDATE SET ${COLUMNS.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}
    $$`);

    await q.query(`CREATE FUNCTION opening_match_profile_follow_openings() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM refresh_opening_match_profiles(ARRAY(SELECT id FROM changed));
        RETURN NULL;
      END $$`);
    await q.query(`CREATE FUNCTION opening_match_profile_follow_opening_rows() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM refresh_opening_match_profiles(ARRAY(SELECT DISTINCT opening_id FROM changed));
        RETURN NULL;
      END $$`);
    await q.query(`CREATE FUNCTION opening_match_profile_follow_updated_opening_rows() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM refresh_opening_match_profiles(ARRAY(SELECT opening_id FROM before UNION SELECT opening_id FROM after));
        RETURN NULL;
      END $$`);
    await q.query(`CREATE FUNCTION opening_match_profile_follow_sites() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM refresh_opening_match_profiles(ARRAY(SELECT o.id FROM opening o JOIN changed ON changed.id = o.site_id));
        RETURN NULL;
      END $$`);
    for (const event of ['INSERT', 'UPDATE']) {
      await q.query(`CREATE TRIGGER opening_match_profile_${event.toLowerCase()} AFTER ${event} ON opening
        REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION opening_match_profile_follow_openings()`);
    }
    await q.query(`CREATE TRIGGER opening_skill_match_profile_insert AFTER INSERT ON opening_skill
      REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION opening_match_profile_follow_opening_rows()`);
    await q.query(`CREATE TRIGGER opening_skill_match_profile_delete AFTER DELETE ON opening_skill
      REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION opening_match_profile_follow_opening_rows()`);
    await q.query(`CREATE TRIGGER opening_skill_match_profile_update AFTER UPDATE ON opening_skill
      REFERENCING OLD TABLE AS before NEW TABLE AS after FOR EACH STATEMENT
      EXECUTE FUNCTION opening_match_profile_follow_updated_opening_rows()`);
    await q.query(`CREATE TRIGGER employer_site_match_profile_update AFTER UPDATE ON employer_site
      REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION opening_match_profile_follow_sites()`);

    await q.query(`SELECT refresh_opening_match_profiles(ARRAY(SELECT id FROM opening))`);
    // The ranking's plans depend on the new table's statistics: gather them now rather than at autovacuum's pace.
    await q.query(`ANALYZE opening_match_profile`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER employer_site_match_profile_update ON employer_site`);
    for (const event of ['insert', 'delete', 'update'])
      await q.query(`DROP TRIGGER opening_skill_match_profile_${event} ON opening_skill`);
    for (const event of ['insert', 'update']) await q.query(`DROP TRIGGER opening_match_profile_${event} ON opening`);
    await q.query(`DROP FUNCTION opening_match_profile_follow_sites()`);
    await q.query(`DROP FUNCTION opening_match_profile_follow_updated_opening_rows()`);
    await q.query(`DROP FUNCTION opening_match_profile_follow_opening_rows()`);
    await q.query(`DROP FUNCTION opening_match_profile_follow_openings()`);
    await q.query(`DROP FUNCTION refresh_opening_match_profiles(uuid[])`);
    await q.query(`DROP TABLE opening_match_profile`);
  }
}
