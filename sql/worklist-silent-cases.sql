-- Written by `npm run sql:print` (src/app/cli/composed-sql.ts); do not edit.
-- myWorklist: silentCases of an operator of ambito 1, on 2026-12-03
-- Parameters:
--   $1 = "00000000-0000-4000-8000-00000000000d"
--   $2 = "2026-12-03"
--   $3 = 60

SELECT * FROM (
       SELECT b.id AS "beneficiaryId", GREATEST(
  (b.case_opened_at AT TIME ZONE 'Europe/Rome')::date,
  (SELECT max(r.referred_on) FROM referral r WHERE r.beneficiary_id = b.id AND r.voided_at IS NULL),
  (SELECT max((c.changed_at AT TIME ZONE 'Europe/Rome')::date) FROM case_status_change c WHERE c.beneficiary_id = b.id),
  (SELECT max((psc.changed_at AT TIME ZONE 'Europe/Rome')::date) FROM placement_status_change psc
     JOIN placement pp ON pp.id = psc.placement_id WHERE pp.beneficiary_id = b.id),
  (SELECT max(v.done_on) FROM monitoring_visit v JOIN placement pv ON pv.id = v.placement_id
     WHERE pv.beneficiary_id = b.id AND v.status = 'DONE'),
  (SELECT max((cl.contacted_at AT TIME ZONE 'Europe/Rome')::date) FROM contact_log cl WHERE cl.beneficiary_id = b.id)
)::text AS "lastContact", b.family_name || ' ' || b.given_name AS name
       FROM beneficiary b
       WHERE b.assigned_operator_id = $1 AND b.case_status NOT IN ('CLOSED', 'REFERRED')
     ) s WHERE s."lastContact"::date <= $2::date - $3::int;
