-- Written by `npm run sql:print` (src/app/cli/composed-sql.ts); do not edit.
-- matchCandidates: pre-rank of everyone, best 20, narrowed by case status and distance
-- Parameters:
--   $1 = "00000000-0000-4000-8000-00000000000a"
--   $2 = 1
--   $3 = ["ORIENTATION"]
--   $4 = 25
--   $5 = ["00000000-0000-4000-8000-00000000000c"]
--   $6 = null

WITH o AS MATERIALIZED (SELECT o.*, o.road_km / 4.5 * 60 + 0 AS minutes_walk, o.road_km / 14 * 60 + 2 AS minutes_bicycle, o.road_km / 18 * 60 + 12 AS minutes_public_transport, o.road_km / 40 * 60 + 5 AS minutes_car, o.road_km / 30 * 60 + 3 AS minutes_moped, o.road_km / 35 * 60 + 10 AS minutes_accompanied_transport
  FROM (
    SELECT o.*, m.id AS residence_municipality_id, m.ambito_number AS residence_ambito, 1.3 * 2 * 6371 * asin(sqrt(
    power(sin(radians(o.site_latitude - m.latitude) / 2), 2)
    + cos(radians(m.latitude)) * cos(radians(o.site_latitude)) * power(sin(radians(o.site_longitude - m.longitude) / 2), 2)
  )) AS road_km
    FROM (
      SELECT op.id AS opening_id, op.employer_id, op.occupation_id, op.weekly_hours, op.counts_toward_quota, op.accommodations_arrangeable,
             shift_bits(op.shifts) AS shift_bits, physical_demand_bits(op.physical_demands) AS demand_bits,
             'DRIVING' = ANY(op.physical_demands) AS needs_driving, accessibility_bits(op.accessibility_features) AS feature_bits,
             sector_bits(ARRAY[op.sector]) AS sector_bit, transport_mode_bits(ARRAY['PUBLIC_TRANSPORT']::text[]) AS default_modes,
             s.latitude AS site_latitude, s.longitude AS site_longitude
      FROM opening op JOIN employer_site s ON s.id = op.site_id
      WHERE op.id = $1
    ) o CROSS JOIN municipality m
  ) o),
past AS MATERIALIZED (SELECT unnest($5::uuid[]) AS beneficiary_id),
ranked AS MATERIALIZED (
  SELECT p.beneficiary_id AS id, coalesce((44.44444444444444::float8 * 1::float8 + 22.22222222222222::float8 * (1 - least(round(LEAST(CASE WHEN ((CASE WHEN p.transport_modes = 0 THEN o.default_modes ELSE p.transport_modes END) & transport_mode_bits(ARRAY['WALK'])) <> 0 THEN o.minutes_walk END, CASE WHEN ((CASE WHEN p.transport_modes = 0 THEN o.default_modes ELSE p.transport_modes END) & transport_mode_bits(ARRAY['BICYCLE'])) <> 0 THEN o.minutes_bicycle END, CASE WHEN ((CASE WHEN p.transport_modes = 0 THEN o.default_modes ELSE p.transport_modes END) & transport_mode_bits(ARRAY['PUBLIC_TRANSPORT'])) <> 0 THEN o.minutes_public_transport END, CASE WHEN ((CASE WHEN p.transport_modes = 0 THEN o.default_modes ELSE p.transport_modes END) & transport_mode_bits(ARRAY['CAR'])) <> 0 THEN o.minutes_car END, CASE WHEN ((CASE WHEN p.transport_modes = 0 THEN o.default_modes ELSE p.transport_modes END) & transport_mode_bits(ARRAY['MOPED'])) <> 0 THEN o.minutes_moped END, CASE WHEN ((CASE WHEN p.transport_modes = 0 THEN o.default_modes ELSE p.transport_modes END) & transport_mode_bits(ARRAY['ACCOMPANIED_TRANSPORT'])) <> 0 THEN o.minutes_accompanied_transport END)) / 60::float8, 1)) + 16.666666666666668::float8 * (CASE
        WHEN coalesce(o.occupation_id = ANY(p.preferred_occupation_ids), false) THEN 1::float8
        WHEN (p.preferred_sectors & o.sector_bit) <> 0 THEN 0.7::float8
        WHEN (p.preferred_sectors <> 0 OR cardinality(p.preferred_occupation_ids) > 0) THEN 0::float8
        ELSE 0.5::float8 END) + 11.11111111111111::float8 * least(greatest((SELECT (now() AT TIME ZONE 'Europe/Rome')::date) - p.waiting_since, 0) / 365::float8, 1) + 5.555555555555555::float8 * (CASE WHEN p.beneficiary_id IN (SELECT beneficiary_id FROM past) THEN 1 ELSE 0 END)) + CASE WHEN coalesce(p.law68_category = 'DISABLED_ART1', false) THEN 10::float8 * 1::float8 ELSE 0 END, 0) AS "preScore"
  FROM o JOIN match_profile p ON p.residence_municipality_id = o.residence_municipality_id
  WHERE (true)
    AND true
    AND NOT (false)
    AND o.residence_ambito = $2
    AND p.case_status = ANY($3::text[])
    AND o.road_km <= $4
    AND NOT coalesce((o.weekly_hours < p.min_weekly_hours OR o.weekly_hours > p.max_weekly_hours), false)
    AND NOT coalesce((p.available_shifts <> 0 AND (o.shift_bits & ~p.available_shifts) <> 0), false)
    AND NOT coalesce((o.demand_bits & p.physical_limitations) <> 0, false)
    AND NOT coalesce((o.needs_driving AND NOT p.has_driving_licence), false)
    AND NOT coalesce((NOT o.accommodations_arrangeable AND (p.accessibility_needs & ~o.feature_bits) <> 0), false)
    AND NOT coalesce((o.road_km > p.max_commute_km OR (p.max_commute_minutes IS NOT NULL AND LEAST(CASE WHEN ((CASE WHEN p.transport_modes = 0 THEN o.default_modes ELSE p.transport_modes END) & transport_mode_bits(ARRAY['WALK'])) <> 0 THEN o.minutes_walk END, CASE WHEN ((CASE WHEN p.transport_modes = 0 THEN o.default_modes ELSE p.transport_modes END) & transport_mode_bits(ARRAY['BICYCLE'])) <> 0 THEN o.minutes_bicycle END, CASE WHEN ((CASE WHEN p.transport_modes = 0 THEN o.default_modes ELSE p.transport_modes END) & transport_mode_bits(ARRAY['PUBLIC_TRANSPORT'])) <> 0 THEN o.minutes_public_transport END, CASE WHEN ((CASE WHEN p.transport_modes = 0 THEN o.default_modes ELSE p.transport_modes END) & transport_mode_bits(ARRAY['CAR'])) <> 0 THEN o.minutes_car END, CASE WHEN ((CASE WHEN p.transport_modes = 0 THEN o.default_modes ELSE p.transport_modes END) & transport_mode_bits(ARRAY['MOPED'])) <> 0 THEN o.minutes_moped END, CASE WHEN ((CASE WHEN p.transport_modes = 0 THEN o.default_modes ELSE p.transport_modes END) & transport_mode_bits(ARRAY['ACCOMPANIED_TRANSPORT'])) <> 0 THEN o.minutes_accompanied_transport END) > p.max_commute_minutes)), false)
    AND NOT coalesce((p.excluded_sectors & o.sector_bit) <> 0, false)
    AND NOT coalesce((o.opening_id = ANY(p.running_opening_ids) OR (p.running_weekly_hours > 0
    AND p.running_weekly_hours + o.weekly_hours > coalesce(p.max_weekly_hours, 48))), false)
)
SELECT id, "preScore" FROM ranked
WHERE "preScore" >= greatest($6, coalesce(
  (SELECT "preScore" FROM ranked ORDER BY "preScore" DESC OFFSET 19 LIMIT 1) - 0.2,
  '-Infinity'))
ORDER BY "preScore" DESC, id;
