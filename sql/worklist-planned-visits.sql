-- Written by `npm run sql:print` (src/app/cli/composed-sql.ts); do not edit.
-- myWorklist: plannedVisits of an operator of ambito 1, on 2026-12-03
-- Parameters:
--   $1 = "00000000-0000-4000-8000-00000000000d"
--   $2 = "2026-12-10"

SELECT v.id AS "visitId", p.id AS "placementId", p.beneficiary_id AS "beneficiaryId", v.planned_on::text AS "dueOn",
              p.kind, (
  SELECT lv.outcome FROM monitoring_visit lv WHERE lv.placement_id = p.id AND lv.status = 'DONE'
  ORDER BY lv.done_on DESC, lv.updated_at DESC LIMIT 1
) AS "lastOutcome", b.family_name || ' ' || b.given_name AS name
       FROM monitoring_visit v
       JOIN placement p ON p.id = v.placement_id
       JOIN beneficiary b ON b.id = p.beneficiary_id
       WHERE v.status = 'PLANNED' AND p.status = 'ACTIVE' AND coalesce(v.operator_id, p.tutor_id) = $1
         AND v.planned_on <= $2;
