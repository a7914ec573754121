-- Written by `npm run sql:print` (src/app/cli/composed-sql.ts); do not edit.
-- placementPlan: every open opening's positions still open

SELECT o.id, o.status, greatest(o.positions - (
  SELECT count(*) FROM placement p WHERE p.opening_id = o.id AND p.status = 'ACTIVE'), 0)::int AS open
FROM opening o
WHERE o.status = 'OPEN'
ORDER BY o.id;
