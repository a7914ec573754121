import { MigrationInterface, QueryRunner } from 'typeorm';
import { profileColumnsOf } from './support/profile-columns';
import { refreshingTriggerFunction } from './support/refreshing-trigger';

/**
 * Two costs of keeping the match profiles inside every writing transaction, found in the load test's statement log.
 *
 * - A refresh of a handful of people spent twice as long planning as running (about 2 ms against 0.9): PostgreSQL
 *   kept re-planning its statements for each call, because the plan it would keep, estimated for an array of
 *   unknown length, looks dearer than a plan for one person. Kept plans are as good for a bulk rebuild (every profile
 *   of 100,000 people: 6.2 s against 6.8), so the refreshes always use them.
 * - Any change to a person refreshed their profile, even one to their address or phone number, which no profile
 *   holds. The person's trigger now refreshes only people whose profile columns changed; those columns are the ones
 *   the refresh reads from `beneficiary`, taken from its body here, so the two cannot disagree when this runs
 *   (match-profile-triggers.test.ts checks they still agree).
 */
const REFRESHES = ['refresh_match_profiles(uuid[])', 'refresh_opening_match_profiles(uuid[])'];

export class MatchProfileRefreshesNarrowed1764880000000 implements MigrationInterface {
  name = 'MatchProfileRefreshesNarrowed1764880000000';

  public async up(q: QueryRunner): Promise<void> {
    for (const refresh of REFRESHES) {
      await q.query(`ALTER FUNCTION ${refresh} SET plan_cache_mode = force_generic_plan`);
    }
    const [{ body }] = await q.query(
      `SELECT prosrc AS body FROM pg_proc WHERE oid = 'refresh_match_profiles(uuid[])'::regprocedure`,
    );
    const columns = profileColumnsOf(body).join(', ');
    // A person whose row changed in none of those columns keeps the profile they have; rows whose key changed (or
    // that are gone) are refreshed, as set operations compare NULLs as equal.
    await q.query(
      refreshingTriggerFunction(
        'match_profile_follow_updated_people',
        `SELECT id FROM (SELECT ${columns} FROM after EXCEPT SELECT ${columns} FROM before) changed
          UNION
          SELECT id FROM (SELECT id FROM before EXCEPT SELECT id FROM after) gone`,
      ),
    );
    await q.query(`DROP TRIGGER beneficiary_match_profile_update ON beneficiary`);
    await q.query(`CREATE TRIGGER beneficiary_match_profile_update AFTER UPDATE ON beneficiary
      REFERENCING OLD TABLE AS before NEW TABLE AS after FOR EACH STATEMENT
      EXECUTE FUNCTION match_profile_follow_updated_people()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER beneficiary_match_profile_update ON beneficiary`);
    await q.query(`CREATE TRIGGER beneficiary_match_profile_update AFTER UPDATE ON beneficiary
      REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION match_profile_follow_people()`);
    await q.query(`DROP FUNCTION match_profile_follow_updated_people()`);
    for (const refresh of REFRESHES) await q.query(`ALTER FUNCTION ${refresh} RESET plan_cache_mode`);
  }
}
