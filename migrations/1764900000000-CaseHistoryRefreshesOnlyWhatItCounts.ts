import { MigrationInterface, QueryRunner } from 'typeorm';
import { refreshingTriggerFunction } from './support/refreshing-trigger';

/**
 * A step of a person's case history enters their match profile only through `earlier_caseload_days`, which counts the
 * steps before the person's last closure. A step after it (a referral taken in, a placement confirmed: nearly every
 * step) changes nothing there, yet refreshed the profile a second time in its transaction, after the person's own
 * row had. A new step now refreshes the profile only when it falls at or before the person's last closure, which
 * can change the count: a closure (the trigger runs after the insert, so a new closure is itself the last one) or a
 * step recorded late.
 */
const CLOSED = `'CLOSED'`;

export class CaseHistoryRefreshesOnlyWhatItCounts1764900000000 implements MigrationInterface {
  name = 'CaseHistoryRefreshesOnlyWhatItCounts1764900000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      refreshingTriggerFunction(
        'match_profile_follow_case_history',
        `SELECT DISTINCT c.beneficiary_id FROM changed c
          WHERE c.changed_at <= (SELECT max(h.changed_at) FROM case_status_change h
                                 WHERE h.beneficiary_id = c.beneficiary_id AND h.to_status = ${CLOSED})`,
      ),
    );
    await q.query(`DROP TRIGGER case_status_change_match_profile_insert ON case_status_change`);
    await q.query(`CREATE TRIGGER case_status_change_match_profile_insert AFTER INSERT ON case_status_change
      REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION match_profile_follow_case_history()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER case_status_change_match_profile_insert ON case_status_change`);
    await q.query(`CREATE TRIGGER case_status_change_match_profile_insert AFTER INSERT ON case_status_change
      REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION match_profile_follow_person_rows()`);
    await q.query(`DROP FUNCTION match_profile_follow_case_history()`);
  }
}
