-- Written by `npm run sql:print` (src/app/cli/composed-sql.ts); do not edit.
-- myWorklist: referralsWaiting of an operator of ambito 1, on 2026-12-03
-- Parameters:
--   $1 = "00000000-0000-4000-8000-00000000000d"
--   $2 = 1
--   $3 = "2026-12-03"
--   $4 = 15

SELECT b.id AS "beneficiaryId", (b.case_opened_at AT TIME ZONE 'Europe/Rome')::date::text AS "openedOn",
            (SELECT r.id FROM referral r WHERE r.beneficiary_id = b.id AND r.voided_at IS NULL ORDER BY r.referred_on DESC, r.created_at DESC LIMIT 1) AS "referralId",
            b.family_name || ' ' || b.given_name AS name
     FROM beneficiary b JOIN municipality m ON m.id = b.residence_municipality_id
     WHERE b.case_status = 'REFERRED'
       AND (b.assigned_operator_id = $1 OR (b.assigned_operator_id IS NULL AND ($2::smallint IS NULL OR m.ambito_number = $2)))
       AND (b.case_opened_at AT TIME ZONE 'Europe/Rome')::date < $3::date - $4::int;
