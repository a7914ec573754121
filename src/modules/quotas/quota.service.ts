import { EntityManager } from 'typeorm';
import { computeQuota, QuotaResult } from './quota-computation';
import { loadQuotaFacts, loadRuleVersions } from './quota-facts';
import { QuotaRuleVersion } from './quota-rules';

/**
 * Every employer's quota on each of some dates, computed by the pure rules from data read once, in a fixed number of
 * queries whatever the number of employers or dates: the facts read up to the latest date serve the earlier ones.
 */
export async function computeQuotasOn(
  manager: EntityManager,
  employerIds: readonly string[],
  dates: readonly string[],
): Promise<{ versions: QuotaRuleVersion[]; byDate: Map<string, Map<string, QuotaResult>> }> {
  const latest = [...dates].sort().at(-1)!;
  const [versions, facts] = employerIds.length === 0
    ? [await loadRuleVersions(manager), new Map()]
    : await Promise.all([loadRuleVersions(manager), loadQuotaFacts(manager, employerIds, latest)]);
  const byDate = new Map(dates.map((date) => [
    date,
    new Map([...facts].map(([id, employerFacts]) => [id, computeQuota(date, versions, employerFacts)])),
  ]));
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

export function listRuleVersions(manager: EntityManager): Promise<QuotaRuleVersion[]> {
  return loadRuleVersions(manager);
}
