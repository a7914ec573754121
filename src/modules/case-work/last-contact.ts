import { sqlValue } from '../../db/sql-values';
import { VisitStatus } from '../placements/placement.enums';
import { italianDaySql } from '../../db/italian-calendar-sql';

/**
 * The one home of "when was this person last in contact with the service": the day (in Italy) of the latest record
 * of contact, whichever it is: the case opened, a referral received (not voided), a case status change, a placement
 * status change, a monitoring visit done, or a contact logged (any kind: an exchange with the referring service is
 * case work on the person too). `b` is the beneficiary row. The worklist's NO_CONTACT item and any list ordered by
 * last contact read it from here.
 */
export const LAST_CONTACT_SQL = `GREATEST(
  ${italianDaySql('b.case_opened_at')},
  (SELECT max(r.referred_on) FROM referral r WHERE r.beneficiary_id = b.id AND r.voided_at IS NULL),
  (SELECT max(${italianDaySql('c.changed_at')}) FROM case_status_change c WHERE c.beneficiary_id = b.id),
  (SELECT max(${italianDaySql('psc.changed_at')}) FROM placement_status_change psc
     JOIN placement pp ON pp.id = psc.placement_id WHERE pp.beneficiary_id = b.id),
  (SELECT max(v.done_on) FROM monitoring_visit v JOIN placement pv ON pv.id = v.placement_id
     WHERE pv.beneficiary_id = b.id AND v.status = ${sqlValue(VisitStatus.DONE)}),
  (SELECT max(${italianDaySql('cl.contacted_at')}) FROM contact_log cl WHERE cl.beneficiary_id = b.id)
)`;
