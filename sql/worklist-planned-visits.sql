-- Written by `npm run sql:print` (src/app/cli/composed-sql.ts); do not edit.
-- myWorklist: plannedVisits of an operator of ambito 1, on 2026-12-03
-- Parameters:
--   $1 = "00000000-0000-4000-8000-00000000000d"
--   $2 = "2026-12-10"

WITH mine AS (
         SELECT v.id, v.placement_id, v.planned_on FROM monitoring_visit v
         WHERE v.operator_id = $1 AND v.status = 'PLANNED' AND v.planned_on <= $2
         UNION ALL
         SELECT v.id, v.placement_id, v.planned_on FROM placement t JOIN monitoring_visit v ON v.placement_id = t.id
         WHERE t.tutor_id = $1 AND t.status = 'ACTIVE' AND v.operator_id IS NULL AND v.status = 'PLANNED'
           AND v.planned_on <= $2)
       SELECT v.id AS "visitId", p.id AS "placementId", p.beneficiary_id AS "beneficiaryId", v.planned_on::text AS "dueOn",
              p.kind, (
  SELECT lv.outcome FROM monitoring_visit lv WHERE lv.placement_id = p.id AND lv.status = 'DONE'
  ORDER BY lv.done_on DESC, lv.updated_at DESC LIMIT 1
) AS "lastOutcome", b.family_name || ' ' || b.given_name AS name
       FROM mine v
       JOIN placement p ON p.id = v.placement_id
       JOIN beneficiary b ON b.id = p.beneficiary_id
       WHERE p.status = 'ACTIVE';
