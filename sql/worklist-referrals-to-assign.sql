-- Written by `npm run sql:print` (src/app/cli/composed-sql.ts); do not edit.
-- myWorklist: referralsToAssign of an operator of ambito 1, on 2026-12-03
-- Parameters:
--   $1 = "WAITING"

SELECT a.id, (a.received_at AT TIME ZONE 'Europe/Rome')::date::text AS "receivedOn",
              concat_ws(' ', a.new_beneficiary->>'familyName', a.new_beneficiary->>'givenName') AS name
       FROM referral_assignment a WHERE a.status = $1;
