import { EntityManager } from 'typeorm';
import { NotFoundError, UserInputError } from '../../graphql/errors';
import { Employer } from '../employers/employer.entity';
import { todayInItaly } from './dates';
import { prospettoCsv } from './prospetto-csv';
import { computeQuota, QuotaResult } from './quota-computation';
import { loadQuotaFacts, loadRuleVersions } from './quota-facts';
import { QuotaRuleVersion } from './quota-rules';

/**
 * Every employer's quota on a date, computed by the pure rules from data read in a fixed number of queries
 * whatever the number of employers.
 */
export async function computeQuotas(
  manager: EntityManager,
  employerIds: readonly string[],
  asOf: string,
): Promise<Map<string, QuotaResult>> {
  if (employerIds.length === 0) return new Map();
  const [versions, facts] = await Promise.all([loadRuleVersions(manager), loadQuotaFacts(manager, employerIds, asOf)]);
  return new Map([...facts].map(([id, employerFacts]) => [id, computeQuota(asOf, versions, employerFacts)]));
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

export interface ProspettoData {
  employer: Employer;
  year: number;
  referenceDate: string;
  /** The headcount the report describes: the latest on or before 31 December. */
  snapshotId: string;
  submissionDeadline: string;
  /** Whether the base reaches the first band, the size from which the report is due. */
  required: boolean;
  quota: QuotaResult;
  csv: string;
}

/** The annual report (art. 9 c.6) describes 31 December and is sent by 31 January of the year after. */
export async function prospettoInformativo(manager: EntityManager, employerId: string, year: number): Promise<ProspettoData> {
  const thisYear = Number(todayInItaly().slice(0, 4));
  if (!Number.isInteger(year) || year < 2000 || year > thisYear) {
    throw new UserInputError(`The year must be between 2000 and ${thisYear}`, 'year');
  }
  const employer = await manager.findOneBy(Employer, { id: employerId });
  if (!employer) throw new NotFoundError('Employer', 'employerId');
  const referenceDate = `${year}-12-31`;
  const quota = (await computeQuotas(manager, [employerId], referenceDate)).get(employerId)!;
  if (!quota.headcount) {
    throw new UserInputError(`No headcount recorded on or before ${referenceDate}: record one first`, 'year');
  }
  const firstBand = quota.ruleVersion?.disabledBands[0];
  const required = firstBand !== undefined && quota.base !== null && quota.base >= firstBand.from;
  const report = {
    employer, year, referenceDate, snapshotId: quota.headcount.snapshotId, submissionDeadline: `${year + 1}-01-31`, required, quota,
  };
  return { ...report, csv: prospettoCsv(report) };
}
