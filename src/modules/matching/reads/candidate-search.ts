import { EntityManager } from 'typeorm';
import { AccessibilityFeature, Sector, TransportMode } from '../../work-conditions/work-conditions.enums';
import { groupBy } from '../../../lib/group-by';
import { MatchAnchor, MatchFilter } from '../sql/pair-query';
import {
  eligiblePairsCountSql,
  eligiblePairsSql,
  excludedPairsCountSql,
  excludedPairsSql,
  pairsIgnoringConstraintsSql,
} from '../sql/pair-statements-sql';
import { EligiblePair, ExcludedPair } from '../rules/pairs';
import { law68EligibleSql } from '../sql/scoring-sql';
import { sqlValue } from '../../../db/sql-values';
import { BuiltSql, keyCondition } from '../../../db/built-sql';
import { SkillRequirement } from '../../openings/opening.enums';
import { italianDaySql, ITALIAN_TODAY_SQL } from '../../../db/italian-calendar-sql';

const REQUIRED = sqlValue(SkillRequirement.REQUIRED);

/**
 * Days waited in the service's caseload: since the case opened, plus the time spent in earlier case periods that
 * were closed (the database function of migration AddCaseloadTimeAndRunningPlacementsToMatchProfile), so closing a
 * case and re-referring the person never starts the wait again. `match_profile.waiting_since` holds the same. Days
 * are Italian calendar days, whatever the database session's time zone.
 */
export const WAITING_DAYS_SQL = `(${ITALIAN_TODAY_SQL} - ${italianDaySql('b.case_opened_at')} + earlier_caseload_days(b.id))`;

/** What the pair query returns: only what depends on both sides. */
interface PairRow {
  beneficiaryId: string;
  openingId: string;
  roadKm: string;
  pastPositivePlacement: boolean;
}

interface PersonFeatures {
  ambito: number | null;
  transportModes: TransportMode[];
  maxCommuteMinutes: number | null;
  maxCommuteKm: number | null;
  preferredOccupationIds: string[];
  preferredSectors: Sector[];
  waitingDays: number;
  law68Eligible: boolean;
  accessibilityNeeds: AccessibilityFeature[];
}

interface OpeningFeatures {
  employerId: string;
  occupationId: string | null;
  sector: Sector;
  countsTowardQuota: boolean;
  accessibilityFeatures: AccessibilityFeature[];
  accommodationsArrangeable: boolean;
}

/**
 * Each person's and each opening's own features, and their skills, read once per side rather than once per pair:
 * a plan's tens of thousands of pairs involve only its people and openings, and transferring their arrays with
 * every pair cost more than finding the pairs.
 */
async function attachFeatures(manager: EntityManager, rows: PairRow[]): Promise<EligiblePair[]> {
  const openingIds = [...new Set(rows.map((r) => r.openingId))];
  const personIds = [...new Set(rows.map((r) => r.beneficiaryId))];
  const read = (condition: BuiltSql, statement: (where: string) => string) =>
    manager.query(statement(condition.text), condition.params);
  const [people, openings, requirements, holdings]: [
    Array<PersonFeatures & { id: string }>,
    Array<OpeningFeatures & { id: string }>,
    Array<{ openingId: string; skillId: string; required: boolean; minimumLevel: number }>,
    Array<{ beneficiaryId: string; skillId: string; level: number }>,
  ] = await Promise.all([
    read(
      keyCondition('b.id', personIds, 'uuid'),
      (where) => `SELECT b.id, m.ambito_number AS ambito, coalesce(wc.transport_modes, '{}') AS "transportModes",
              wc.max_commute_minutes AS "maxCommuteMinutes", wc.max_commute_km AS "maxCommuteKm",
              coalesce(wc.preferred_occupation_ids, '{}') AS "preferredOccupationIds",
              coalesce(wc.preferred_sectors, '{}') AS "preferredSectors",
              ${WAITING_DAYS_SQL} AS "waitingDays",
              ${law68EligibleSql('b')} AS "law68Eligible",
              coalesce(wc.accessibility_needs, '{}') AS "accessibilityNeeds"
       FROM beneficiary b JOIN municipality m ON m.id = b.residence_municipality_id
       LEFT JOIN work_constraints wc ON wc.beneficiary_id = b.id
       WHERE ${where}`,
    ),
    read(
      keyCondition('id', openingIds, 'uuid'),
      (where) => `SELECT id, employer_id AS "employerId", occupation_id AS "occupationId", sector,
              counts_toward_quota AS "countsTowardQuota", accessibility_features AS "accessibilityFeatures",
              accommodations_arrangeable AS "accommodationsArrangeable"
       FROM opening WHERE ${where}`,
    ),
    read(
      keyCondition('opening_id', openingIds, 'uuid'),
      (where) => `SELECT opening_id AS "openingId", skill_id AS "skillId", requirement = ${REQUIRED} AS required,
              minimum_level AS "minimumLevel"
       FROM opening_skill WHERE ${where} ORDER BY opening_id, skill_id`,
    ),
    read(
      keyCondition('beneficiary_id', personIds, 'uuid'),
      (where) => `SELECT beneficiary_id AS "beneficiaryId", skill_id AS "skillId", level
       FROM beneficiary_skill WHERE ${where}`,
    ),
  ]);
  const personById = new Map(people.map((p) => [p.id, p]));
  const openingById = new Map(openings.map((o) => [o.id, o]));
  const asked = groupBy(requirements, (r) => r.openingId);
  const held = new Map(holdings.map((h) => [`${h.beneficiaryId}|${h.skillId}`, h.level]));
  return rows.map((row) => {
    const person = personById.get(row.beneficiaryId)!;
    const opening = openingById.get(row.openingId)!;
    return {
      beneficiaryId: row.beneficiaryId,
      openingId: row.openingId,
      employerId: opening.employerId,
      ambito: person.ambito,
      roadKm: Number(row.roadKm),
      transportModes: person.transportModes,
      maxCommuteMinutes: person.maxCommuteMinutes,
      maxCommuteKm: person.maxCommuteKm,
      occupationPreferred:
        opening.occupationId !== null && person.preferredOccupationIds.includes(opening.occupationId),
      sectorPreferred: person.preferredSectors.includes(opening.sector),
      hasPreferences: person.preferredSectors.length + person.preferredOccupationIds.length > 0,
      waitingDays: Number(person.waitingDays),
      law68Applies: opening.countsTowardQuota && person.law68Eligible,
      law68Eligible: person.law68Eligible,
      skills: (asked.get(row.openingId) ?? []).map((r) => ({
        skillId: r.skillId,
        required: r.required,
        minimumLevel: r.minimumLevel,
        heldLevel: held.get(`${row.beneficiaryId}|${r.skillId}`) ?? 0,
      })),
      accessibilityNeeds: person.accessibilityNeeds,
      accessibilityFeatures: opening.accessibilityFeatures,
      accommodationsArrangeable: opening.accommodationsArrangeable,
      pastPositivePlacement: row.pastPositivePlacement,
    };
  });
}

/**
 * The pairs that pass every hard constraint, with their features. The database does the filtering; scoring
 * happens in Node on these rows only.
 */
export async function findEligiblePairs(
  manager: EntityManager,
  anchor: MatchAnchor,
  filter: MatchFilter,
): Promise<EligiblePair[]> {
  const { text, params } = eligiblePairsSql(anchor, filter);
  const rows: PairRow[] = await manager.query(text, params);
  return rows.length ? attachFeatures(manager, rows) : [];
}

/**
 * The pairs of available people and open openings whatever the hard constraints say, with their features: what a
 * what-if scores once a change would make them eligible (the score reads none of the features a change rewrites,
 * but training, which the caller applies to the pair).
 */
export async function findPairsIgnoringConstraints(
  manager: EntityManager,
  anchor: MatchAnchor,
): Promise<EligiblePair[]> {
  const { text, params } = pairsIgnoringConstraintsSql(anchor);
  const rows: PairRow[] = await manager.query(text, params);
  return rows.length ? attachFeatures(manager, rows) : [];
}

/** How many pairs pass every hard constraint. */
export async function countEligiblePairs(
  manager: EntityManager,
  anchor: MatchAnchor,
  filter: MatchFilter,
): Promise<number> {
  const { text, params } = eligiblePairsCountSql(anchor, filter);
  const [{ total }] = await manager.query(text, params);
  return total;
}

/** The excluded pairs in a stable order (family name, then ID), at most `limit`, and how many there are in all. */
export async function findExcludedPairs(
  manager: EntityManager,
  anchor: MatchAnchor,
  filter: MatchFilter,
  limit: number,
): Promise<{ total: number; pairs: ExcludedPair[] }> {
  const count = excludedPairsCountSql(anchor, filter);
  const list = excludedPairsSql(anchor, filter, limit);
  const [{ total }] = await manager.query(count.text, count.params);
  const rows = await manager.query(list.text, list.params);
  return {
    total,
    pairs: rows.map((row: ExcludedPair) => ({ ...row, roadKm: Number(row.roadKm), minutes: Number(row.minutes) })),
  };
}
