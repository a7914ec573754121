-- Written by `npm run sql:print` (src/app/cli/composed-sql.ts); do not edit.
-- matchingFairness: every eligible pair of the ambito's people and all open openings
-- Parameters:
--   $1 = 1

WITH opening_set AS MATERIALIZED (
  SELECT op.id, op.employer_id, op.sector, op.occupation_id, op.weekly_hours, op.shifts, op.physical_demands,
         op.accessibility_features, op.accommodations_arrangeable, op.counts_toward_quota,
         s.latitude AS site_latitude, s.longitude AS site_longitude,
         s.municipality_id AS site_municipality_id, sm.ambito_number AS site_ambito,
         coalesce(ind.skill_ids, '{}') AS indispensable_skill_ids
  FROM opening op
  JOIN employer_site s ON s.id = op.site_id
  JOIN municipality sm ON sm.id = s.municipality_id
  LEFT JOIN (
    SELECT opening_id, array_agg(skill_id ORDER BY skill_id) AS skill_ids FROM opening_skill
    WHERE indispensable GROUP BY opening_id
  ) ind ON ind.opening_id = op.id
  WHERE op.status = 'OPEN'
), o AS MATERIALIZED (
  SELECT o.*, m.id AS residence_municipality_id, m.ambito_number AS residence_ambito, 1.3 * 2 * 6371 * asin(sqrt(
    power(sin(radians(o.site_latitude - m.latitude) / 2), 2)
    + cos(radians(m.latitude)) * cos(radians(o.site_latitude)) * power(sin(radians(o.site_longitude - m.longitude) / 2), 2)
  )) AS road_km
  FROM opening_set o CROSS JOIN municipality m
  WHERE true
), running AS MATERIALIZED (SELECT beneficiary_id, sum(weekly_hours)::int AS weekly_hours,
    array_agg(opening_id) FILTER (WHERE opening_id IS NOT NULL) AS opening_ids
  FROM placement WHERE status IN ('ACTIVE', 'SUSPENDED') AND true GROUP BY beneficiary_id)
SELECT b.id AS "beneficiaryId", o.id AS "openingId", o.road_km AS "roadKm",
  EXISTS (SELECT 1 FROM placement pl WHERE pl.beneficiary_id = b.id AND pl.employer_id = o.employer_id
          AND pl.kind IN ('TIROCINIO_INCLUSIONE', 'WORK_TRIAL')
    AND (pl.status = 'CONVERTED_TO_HIRING'
         OR (pl.status = 'COMPLETED' AND pl.outcome = 'POSITIVE'))) AS "pastPositivePlacement"

FROM o
JOIN beneficiary b ON b.residence_municipality_id = o.residence_municipality_id
LEFT JOIN work_constraints wc ON wc.beneficiary_id = b.id
LEFT JOIN running rp ON rp.beneficiary_id = b.id
WHERE true AND o.residence_ambito = $1 AND b.case_status NOT IN ('CLOSED', 'PLACED', 'MONITORING')
  AND NOT (coalesce(b.case_status IN ('CLOSED', 'PLACED', 'MONITORING'), false)
  OR coalesce((o.weekly_hours < wc.min_weekly_hours OR o.weekly_hours > wc.max_weekly_hours), false)
  OR coalesce((cardinality(wc.available_shifts) > 0 AND NOT (o.shifts <@ wc.available_shifts)), false)
  OR coalesce((o.physical_demands && wc.physical_limitations), false)
  OR coalesce(('DRIVING' = ANY(o.physical_demands) AND NOT b.has_driving_licence), false)
  OR coalesce((NOT o.accommodations_arrangeable AND NOT (wc.accessibility_needs <@ o.accessibility_features)), false)
  OR coalesce((o.road_km > wc.max_commute_km OR (wc.max_commute_minutes IS NOT NULL AND LEAST(CASE WHEN 'WALK' = ANY(coalesce(nullif(wc.transport_modes, '{}'::text[]), ARRAY['PUBLIC_TRANSPORT'])) THEN o.road_km / 4.5 * 60 + 0 END,
    CASE WHEN 'BICYCLE' = ANY(coalesce(nullif(wc.transport_modes, '{}'::text[]), ARRAY['PUBLIC_TRANSPORT'])) THEN o.road_km / 14 * 60 + 2 END,
    CASE WHEN 'PUBLIC_TRANSPORT' = ANY(coalesce(nullif(wc.transport_modes, '{}'::text[]), ARRAY['PUBLIC_TRANSPORT'])) THEN o.road_km / 18 * 60 + 12 END,
    CASE WHEN 'CAR' = ANY(coalesce(nullif(wc.transport_modes, '{}'::text[]), ARRAY['PUBLIC_TRANSPORT'])) THEN o.road_km / 40 * 60 + 5 END,
    CASE WHEN 'MOPED' = ANY(coalesce(nullif(wc.transport_modes, '{}'::text[]), ARRAY['PUBLIC_TRANSPORT'])) THEN o.road_km / 30 * 60 + 3 END,
    CASE WHEN 'ACCOMPANIED_TRANSPORT' = ANY(coalesce(nullif(wc.transport_modes, '{}'::text[]), ARRAY['PUBLIC_TRANSPORT'])) THEN o.road_km / 35 * 60 + 10 END) > wc.max_commute_minutes)), false)
  OR coalesce((o.sector = ANY(wc.excluded_sectors)), false)
  OR coalesce((cardinality(o.indispensable_skill_ids) > 0 AND (
      SELECT count(*) FROM beneficiary_skill bs WHERE bs.beneficiary_id = b.id AND bs.skill_id = ANY(o.indispensable_skill_ids)
    ) < cardinality(o.indispensable_skill_ids)), false)
  OR coalesce((o.id = ANY(rp.opening_ids) OR rp.weekly_hours + o.weekly_hours > coalesce(wc.max_weekly_hours, 48)), false));
