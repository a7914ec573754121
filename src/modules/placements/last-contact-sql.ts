import { sqlValue } from '../../db/sql-values';
import { VisitStatus } from './placement.enums';

const DONE = sqlValue(VisitStatus.DONE);

/**
 * The date a person was last in contact with the service, from the records: a referral received, a case status
 * change, a placement status change recorded, a monitoring visit done. Calendar days in Italy.
 */
export const LAST_CONTACT_SQL = `GREATEST(
  (b.case_opened_at AT TIME ZONE 'Europe/Rome')::date,
  (SELECT max(r.referred_on) FROM referral r WHERE r.beneficiary_id = b.id),
  (SELECT max((c.changed_at AT TIME ZONE 'Europe/Rome')::date) FROM case_status_change c WHERE c.beneficiary_id = b.id),
  (SELECT max((psc.changed_at AT TIME ZONE 'Europe/Rome')::date) FROM placement_status_change psc
     JOIN placement pp ON pp.id = psc.placement_id WHERE pp.beneficiary_id = b.id),
  (SELECT max(v.done_on) FROM monitoring_visit v JOIN placement pv ON pv.id = v.placement_id
     WHERE pv.beneficiary_id = b.id AND v.status = ${DONE})
)`;
