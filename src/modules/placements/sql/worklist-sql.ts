import { BuiltSql } from '../../../db/built-sql';
import { sqlValue, sqlValueList } from '../../../db/sql-values';
import { addDays } from '../../../config/calendar';
import { CaseStatus } from '../../beneficiaries/beneficiary.enums';
import { LAST_CONTACT_SQL } from '../../case-work/last-contact';
import { ReferralAssignmentStatus } from '../../referrals/referral-assignment.entity';
import { INTERNSHIP_KINDS, PlacementStatus, RUNNING_PLACEMENT_STATUSES, VisitStatus } from '../placement.enums';
import { WorklistSettings } from '../worklist-settings.entity';
import { italianDaySql } from '../../../db/italian-calendar-sql';

/* Closed-list values the statements compare with, written through the one helper. */
const DONE = sqlValue(VisitStatus.DONE);
const PLANNED = sqlValue(VisitStatus.PLANNED);
const ACTIVE = sqlValue(PlacementStatus.ACTIVE);

const LAST_OUTCOME_SQL = (placement: string) => `(
  SELECT lv.outcome FROM monitoring_visit lv WHERE lv.placement_id = ${placement} AND lv.status = ${DONE}
  ORDER BY lv.done_on DESC, lv.updated_at DESC LIMIT 1
)`;

const NAME_SQL = `b.family_name || ' ' || b.given_name`;

/** Whose worklist, on which day, with which settings. */
export interface WorklistArgs {
  operatorId: string;
  /** The operator's ambito; null for staff without one (they see every ambito's unassigned referrals). */
  operatorAmbito: number | null;
  today: string;
  settings: Pick<WorklistSettings, 'referralWaitingDays' | 'noContactDays' | 'internshipEndingDays' | 'visitAheadDays'>;
}

/** The statements of an operator's worklist, one per kind of item. */
export const WORKLIST_SQL = {
  /** Visits planned, of placements still running, that the operator is down to do (or, unassigned, tutors), due within the horizon. */
  // "Down to do" is the visit's operator, or the tutor when the visit names none: two disjoint branches, each
  // reading its own index (by operator, by tutor), rather than a coalesce no index can answer.
  plannedVisits: (a: WorklistArgs): BuiltSql => ({
    text: `WITH mine AS (
         SELECT v.id, v.placement_id, v.planned_on FROM monitoring_visit v
         WHERE v.operator_id = $1 AND v.status = ${PLANNED} AND v.planned_on <= $2
         UNION ALL
         SELECT v.id, v.placement_id, v.planned_on FROM placement t JOIN monitoring_visit v ON v.placement_id = t.id
         WHERE t.tutor_id = $1 AND t.status = ${ACTIVE} AND v.operator_id IS NULL AND v.status = ${PLANNED}
           AND v.planned_on <= $2)
       SELECT v.id AS "visitId", p.id AS "placementId", p.beneficiary_id AS "beneficiaryId", v.planned_on::text AS "dueOn",
              p.kind, ${LAST_OUTCOME_SQL('p.id')} AS "lastOutcome", ${NAME_SQL} AS name
       FROM mine v
       JOIN placement p ON p.id = v.placement_id
       JOIN beneficiary b ON b.id = p.beneficiary_id
       WHERE p.status = ${ACTIVE}`,
    params: [a.operatorId, addDays(a.today, a.settings.visitAheadDays)],
  }),
  /** Running placements the operator tutors with no visit planned: their next visit is due by the rhythm. */
  unplannedPlacements: (a: WorklistArgs): BuiltSql => ({
    text: `SELECT p.id AS "placementId", p.beneficiary_id AS "beneficiaryId", p.kind, p.starts_on::text AS "startsOn",
              (SELECT max(d.done_on)::text FROM monitoring_visit d WHERE d.placement_id = p.id AND d.status = ${DONE}) AS "lastDone",
              ${LAST_OUTCOME_SQL('p.id')} AS "lastOutcome", ${NAME_SQL} AS name
       FROM placement p JOIN beneficiary b ON b.id = p.beneficiary_id
       WHERE p.status = ${ACTIVE} AND p.tutor_id = $1
         AND NOT EXISTS (SELECT 1 FROM monitoring_visit pv WHERE pv.placement_id = p.id AND pv.status = ${PLANNED})`,
    params: [a.operatorId],
  }),
  /** Internships and work trials the operator tutors ending soon, or past their planned end and still running. */
  internshipsEnding: (a: WorklistArgs): BuiltSql => ({
    text: `SELECT p.id AS "placementId", p.beneficiary_id AS "beneficiaryId", p.kind, p.planned_end_on::text AS "dueOn",
              ${LAST_OUTCOME_SQL('p.id')} AS "lastOutcome", ${NAME_SQL} AS name
       FROM placement p JOIN beneficiary b ON b.id = p.beneficiary_id
       WHERE p.status IN ${sqlValueList(RUNNING_PLACEMENT_STATUSES)} AND p.kind IN ${sqlValueList(INTERNSHIP_KINDS)}
         AND p.tutor_id = $1 AND p.planned_end_on <= $2`,
    params: [a.operatorId, addDays(a.today, a.settings.internshipEndingDays)],
  }),
  /** People referred and not yet taken in for longer than allowed: the operator's own, and the unassigned ones of their ambito. */
  referralsWaiting: (a: WorklistArgs): BuiltSql => ({
    text: `SELECT b.id AS "beneficiaryId", ${italianDaySql('b.case_opened_at')}::text AS "openedOn",
            (SELECT r.id FROM referral r WHERE r.beneficiary_id = b.id AND r.voided_at IS NULL ORDER BY r.referred_on DESC, r.created_at DESC LIMIT 1) AS "referralId",
            ${NAME_SQL} AS name
     FROM beneficiary b JOIN municipality m ON m.id = b.residence_municipality_id
     WHERE b.case_status = ${sqlValue(CaseStatus.REFERRED)}
       AND (b.assigned_operator_id = $1 OR (b.assigned_operator_id IS NULL AND ($2::smallint IS NULL OR m.ambito_number = $2)))
       AND ${italianDaySql('b.case_opened_at')} < $3::date - $4::int`,
    params: [a.operatorId, a.operatorAmbito ?? null, a.today, a.settings.referralWaitingDays],
  }),
  /** The operator's open cases with no contact for too long (people waiting for intake are counted as waiting instead). */
  silentCases: (a: WorklistArgs): BuiltSql => ({
    text: `SELECT * FROM (
       SELECT b.id AS "beneficiaryId", ${LAST_CONTACT_SQL}::text AS "lastContact", ${NAME_SQL} AS name
       FROM beneficiary b
       WHERE b.assigned_operator_id = $1 AND b.case_status NOT IN ${sqlValueList([CaseStatus.CLOSED, CaseStatus.REFERRED])}
     ) s WHERE s."lastContact"::date <= $2::date - $3::int`,
    params: [a.operatorId, a.today, a.settings.noContactDays],
  }),
  /** Referrals operators could not take on, waiting for the coordinator to assign them. */
  referralsToAssign: (a: WorklistArgs): BuiltSql => ({
    text: `SELECT a.id, ${italianDaySql('a.received_at')}::text AS "receivedOn",
              concat_ws(' ', a.new_beneficiary->>'familyName', a.new_beneficiary->>'givenName') AS name
       FROM referral_assignment a WHERE a.status = $1`,
    params: [ReferralAssignmentStatus.WAITING],
  }),
};
