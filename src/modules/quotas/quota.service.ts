import { EntityManager } from 'typeorm';
import { computeQuota, QuotaFacts, QuotaResult } from './rules/quota-computation';
import { GroupMembership, loadQuotaFacts, loadRuleVersions } from './reads/quota-facts';
import { compensateWithinGroups } from './rules/quota-groups';
import { QuotaCategory, QuotaRuleVersion } from './rules/quota-rules';
import { PontePlacement } from './rules/quota-evaluation';

/**
 * Every employer's quota on each of some dates, computed by the pure rules from data read once, in a fixed number of
 * queries whatever the number of employers or dates: the facts read up to the latest date serve the earlier ones.
 * Employers in a corporate group need the other companies of the group too (compensation within the group): those
 * are read in one more round, only when there are any.
 */
export async function computeQuotasOn(
  manager: EntityManager,
  employerIds: readonly string[],
  dates: readonly string[],
  /** Hirings that have not happened, added to the employers' facts (a mediation brief's "after the hire"). */
  hypothetical: ReadonlyMap<string, readonly PontePlacement[]> = new Map(),
): Promise<{ versions: readonly QuotaRuleVersion[]; byDate: Map<string, Map<string, QuotaResult>> }> {
  const latest = [...dates].sort().at(-1)!;
  const [versions, { facts, groups }] = await Promise.all([
    loadRuleVersions(manager),
    employerIds.length === 0
      ? { facts: new Map<string, QuotaFacts>(), groups: new Map<string, GroupMembership>() }
      : loadQuotaFacts(manager, employerIds, latest),
  ]);
  const groupNames = [...new Set([...groups.values()].map((g) => g.group))];
  if (groupNames.length > 0) {
    const others: Array<{ employerId: string }> = await manager.query(
      `SELECT employer_id AS "employerId" FROM quota_group_member WHERE group_name = ANY($1) AND NOT (employer_id = ANY($2::uuid[]))`,
      [groupNames, [...employerIds]],
    );
    if (others.length > 0) {
      const more = await loadQuotaFacts(
        manager,
        others.map((o) => o.employerId),
        latest,
      );
      more.facts.forEach((f, id) => facts.set(id, f));
      more.groups.forEach((g, id) => groups.set(id, g));
    }
  }
  for (const [employerId, placements] of hypothetical) {
    const employerFacts = facts.get(employerId);
    if (employerFacts)
      facts.set(employerId, { ...employerFacts, placements: [...employerFacts.placements, ...placements] });
  }
  const requested = new Set(employerIds);
  const byDate = new Map(
    dates.map((date) => {
      const all = new Map([...facts].map(([id, employerFacts]) => [id, computeQuota(date, versions, employerFacts)]));
      const members = new Map([...groups].filter(([, g]) => g.since <= date).map(([id, g]) => [id, g.group]));
      const compensated = members.size > 0 ? compensateWithinGroups(all, members) : all;
      return [date, new Map([...compensated].filter(([id]) => requested.has(id)))];
    }),
  );
  return { versions, byDate };
}

/** Every employer's quota on a date. */
export async function computeQuotas(
  manager: EntityManager,
  employerIds: readonly string[],
  asOf: string,
): Promise<Map<string, QuotaResult>> {
  if (employerIds.length === 0) return new Map();
  return (await computeQuotasOn(manager, employerIds, [asOf])).byDate.get(asOf)!;
}

/**
 * For matching: the disabled-worker (art. 1) units each employer still has to hire on a date; 0 when covered,
 * exempted, suspended, not obliged or without a headcount.
 */
export async function disabledQuotaShortfalls(
  manager: EntityManager,
  employerIds: readonly string[],
  asOf: string /* YYYY-MM-DD */,
): Promise<Map<string, number>> {
  const quotas = await computeQuotas(manager, employerIds, asOf);
  return new Map([...quotas].map(([id, quota]) => [id, quota.disabled.shortfall]));
}

/**
 * An employer's quota on a date as it is and as it would be with one more hiring of `category` through Ponte from
 * that date, computed by the same rules (group compensation included).
 */
export async function quotaBeforeAndAfterHire(
  manager: EntityManager,
  employerId: string,
  asOf: string,
  category: QuotaCategory,
): Promise<{ before: QuotaResult; after: QuotaResult }> {
  const [before, after] = await Promise.all([
    computeQuotas(manager, [employerId], asOf),
    computeQuotasOn(
      manager,
      [employerId],
      [asOf],
      new Map([[employerId, [{ category, startsOn: asOf, lastDay: null }]]]),
    ),
  ]);
  return { before: before.get(employerId)!, after: after.byDate.get(asOf)!.get(employerId)! };
}

export function listRuleVersions(manager: EntityManager): Promise<readonly QuotaRuleVersion[]> {
  return loadRuleVersions(manager);
}

/** Each employer's units still to hire on `asOf`, both quotas together: what `employers` orders SHORTFALL by. */
export async function quotaShortfalls(
  manager: EntityManager,
  employerIds: readonly string[],
  asOf: string,
): Promise<Map<string, number>> {
  const quotas = await computeQuotas(manager, employerIds, asOf);
  return new Map(
    [...quotas].map(([id, quota]) => [id, quota.disabled.shortfall + quota.protectedCategories.shortfall]),
  );
}
