-- Written by `npm run sql:print` (src/app/cli/composed-sql.ts); do not edit.
-- myWorklist: internshipsEnding of an operator of ambito 1, on 2026-12-03
-- Parameters:
--   $1 = "00000000-0000-4000-8000-00000000000d"
--   $2 = "2026-12-17"

SELECT p.id AS "placementId", p.beneficiary_id AS "beneficiaryId", p.kind, p.planned_end_on::text AS "dueOn",
              (
  SELECT lv.outcome FROM monitoring_visit lv WHERE lv.placement_id = p.id AND lv.status = 'DONE'
  ORDER BY lv.done_on DESC, lv.updated_at DESC LIMIT 1
) AS "lastOutcome", b.family_name || ' ' || b.given_name AS name
       FROM placement p JOIN beneficiary b ON b.id = p.beneficiary_id
       WHERE p.status IN ('ACTIVE', 'SUSPENDED') AND p.kind IN ('TIROCINIO_INCLUSIONE', 'WORK_TRIAL')
         AND p.tutor_id = $1 AND p.planned_end_on <= $2;
