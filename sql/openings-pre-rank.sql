-- Written by `npm run sql:print` (src/app/cli/composed-sql.ts); do not edit.
-- matchOpenings: pre-rank of the open openings for one person, best 20 (ambito 1)
-- Parameters:
--   $1 = "00000000-0000-4000-8000-00000000000b"
--   $2 = 1

WITH p AS MATERIALIZED (SELECT * FROM match_profile WHERE beneficiary_id = $1),
home AS MATERIALIZED (SELECT * FROM municipality WHERE id = (SELECT residence_municipality_id FROM p)),
o AS MATERIALIZED (SELECT o.*, o.road_km / 4.5 * 60 + 0 AS minutes_walk, o.road_km / 14 * 60 + 2 AS minutes_bicycle, o.road_km / 18 * 60 + 12 AS minutes_public_transport, o.road_km / 40 * 60 + 5 AS minutes_car, o.road_km / 30 * 60 + 3 AS minutes_moped, o.road_km / 35 * 60 + 10 AS minutes_accompanied_transport
  FROM (
    SELECT o.*, m.ambito_number AS residence_ambito, 1.3 * 2 * 6371 * asin(sqrt(
    power(sin(radians(o.site_latitude - m.latitude) / 2), 2)
    + cos(radians(m.latitude)) * cos(radians(o.site_latitude)) * power(sin(radians(o.site_longitude - m.longitude) / 2), 2)
  )) AS road_km
    FROM (
      SELECT o.*, (o.demand_bits & physical_demand_bits(ARRAY['DRIVING'])) <> 0 AS needs_driving, transport_mode_bits(ARRAY['PUBLIC_TRANSPORT']::text[]) AS default_modes
      FROM opening_match_profile o
    ) o
    CROSS JOIN p CROSS JOIN home m
    WHERE NOT (NOT (o.indispensable_skills <@ p.held_skills))
      AND o.site_municipality_id IN (SELECT id FROM municipality WHERE ambito_number = $2)
      AND NOT coalesce((o.weekly_hours < p.min_weekly_hours OR o.weekly_hours > p.max_weekly_hours), false)
      AND NOT coalesce((p.available_shifts <> 0 AND (o.shift_bits & ~p.available_shifts) <> 0), false)
      AND NOT coalesce((o.demand_bits & p.physical_limitations) <> 0, false)
      AND NOT coalesce((o.needs_driving AND NOT p.has_driving_licence), false)
      AND NOT coalesce((NOT o.accommodations_arrangeable AND (p.accessibility_needs & ~o.feature_bits) <> 0), false)
      AND NOT coalesce((p.excluded_sectors & o.sector_bit) <> 0, false)
      AND NOT coalesce((o.opening_id = ANY(p.running_opening_ids) OR (p.running_weekly_hours > 0
    AND p.running_weekly_hours + o.weekly_hours > coalesce(p.max_weekly_hours, 48))), false)
  ) o),
cov AS MATERIALIZED (
  SELECT os.opening_id, sum((CASE WHEN os.requirement = 'REQUIRED'
      THEN 2 ELSE 1 END)::float8
  * CASE WHEN bs.level >= os.minimum_level THEN 1::float8
      ELSE 0.5::float8 * bs.level / os.minimum_level END) AS credit
  FROM beneficiary_skill bs
  CROSS JOIN LATERAL (SELECT * FROM opening_skill x WHERE x.skill_id = bs.skill_id OFFSET 0) os
  WHERE bs.beneficiary_id = $1
  GROUP BY os.opening_id
), past AS MATERIALIZED (
  SELECT DISTINCT pl.employer_id FROM placement pl WHERE pl.beneficiary_id = $1 AND pl.kind IN ('TIROCINIO_INCLUSIONE', 'WORK_TRIAL')
    AND (pl.status = 'CONVERTED_TO_HIRING'
         OR (pl.status = 'COMPLETED' AND pl.outcome = 'POSITIVE'))
), ranked AS MATERIALIZED (
  SELECT id, lowest, lowest + quota_span AS highest
  FROM (
    SELECT o.opening_id AS id, coalesce((44.44444444444444::float8 * (CASE WHEN o.skill_credit_total > 0 THEN coalesce(cov.credit, 0) / o.skill_credit_total ELSE 1::float8 END) + 22.22222222222222::float8 * (1 - least(round(LEAST(CASE WHEN ((CASE WHEN p.transport_modes = 0 THEN o.default_modes ELSE p.transport_modes END) & transport_mode_bits(ARRAY['WALK'])) <> 0 THEN o.minutes_walk END, CASE WHEN ((CASE WHEN p.transport_modes = 0 THEN o.default_modes ELSE p.transport_modes END) & transport_mode_bits(ARRAY['BICYCLE'])) <> 0 THEN o.minutes_bicycle END, CASE WHEN ((CASE WHEN p.transport_modes = 0 THEN o.default_modes ELSE p.transport_modes END) & transport_mode_bits(ARRAY['PUBLIC_TRANSPORT'])) <> 0 THEN o.minutes_public_transport END, CASE WHEN ((CASE WHEN p.transport_modes = 0 THEN o.default_modes ELSE p.transport_modes END) & transport_mode_bits(ARRAY['CAR'])) <> 0 THEN o.minutes_car END, CASE WHEN ((CASE WHEN p.transport_modes = 0 THEN o.default_modes ELSE p.transport_modes END) & transport_mode_bits(ARRAY['MOPED'])) <> 0 THEN o.minutes_moped END, CASE WHEN ((CASE WHEN p.transport_modes = 0 THEN o.default_modes ELSE p.transport_modes END) & transport_mode_bits(ARRAY['ACCOMPANIED_TRANSPORT'])) <> 0 THEN o.minutes_accompanied_transport END)) / 60::float8, 1)) + 16.666666666666668::float8 * (CASE
        WHEN coalesce(o.occupation_id = ANY(p.preferred_occupation_ids), false) THEN 1::float8
        WHEN (p.preferred_sectors & o.sector_bit) <> 0 THEN 0.7::float8
        WHEN (p.preferred_sectors <> 0 OR cardinality(p.preferred_occupation_ids) > 0) THEN 0::float8
        ELSE 0.5::float8 END) + 11.11111111111111::float8 * least(greatest((SELECT (now() AT TIME ZONE 'Europe/Rome')::date) - p.waiting_since, 0) / 365::float8, 1) + 5.555555555555555::float8 * (CASE WHEN o.employer_id IN (SELECT employer_id FROM past) THEN 1 ELSE 0 END)) + CASE WHEN (o.counts_toward_quota AND coalesce(p.law68_category = 'DISABLED_ART1', false)) THEN 10::float8 * 0::float8 ELSE 0 END, 0) AS lowest,
           (CASE WHEN (o.counts_toward_quota AND coalesce(p.law68_category = 'DISABLED_ART1', false)) THEN 10::float8 ELSE 0 END)::float8 AS quota_span
    FROM o CROSS JOIN p LEFT JOIN cov ON cov.opening_id = o.opening_id
    WHERE NOT coalesce((o.road_km > p.max_commute_km OR (p.max_commute_minutes IS NOT NULL AND LEAST(CASE WHEN ((CASE WHEN p.transport_modes = 0 THEN o.default_modes ELSE p.transport_modes END) & transport_mode_bits(ARRAY['WALK'])) <> 0 THEN o.minutes_walk END, CASE WHEN ((CASE WHEN p.transport_modes = 0 THEN o.default_modes ELSE p.transport_modes END) & transport_mode_bits(ARRAY['BICYCLE'])) <> 0 THEN o.minutes_bicycle END, CASE WHEN ((CASE WHEN p.transport_modes = 0 THEN o.default_modes ELSE p.transport_modes END) & transport_mode_bits(ARRAY['PUBLIC_TRANSPORT'])) <> 0 THEN o.minutes_public_transport END, CASE WHEN ((CASE WHEN p.transport_modes = 0 THEN o.default_modes ELSE p.transport_modes END) & transport_mode_bits(ARRAY['CAR'])) <> 0 THEN o.minutes_car END, CASE WHEN ((CASE WHEN p.transport_modes = 0 THEN o.default_modes ELSE p.transport_modes END) & transport_mode_bits(ARRAY['MOPED'])) <> 0 THEN o.minutes_moped END, CASE WHEN ((CASE WHEN p.transport_modes = 0 THEN o.default_modes ELSE p.transport_modes END) & transport_mode_bits(ARRAY['ACCOMPANIED_TRANSPORT'])) <> 0 THEN o.minutes_accompanied_transport END) > p.max_commute_minutes)), false)
  ) scored
)
SELECT id FROM ranked
WHERE highest >= coalesce(
  (SELECT lowest FROM ranked ORDER BY lowest DESC OFFSET 19 LIMIT 1) - 0.2,
  '-Infinity');
