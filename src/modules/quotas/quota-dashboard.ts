import { EntityManager } from 'typeorm';
import { pageInMemory, SortKey } from '../../graphql/in-memory-page';
import { PageArgs, PageLimits } from '../../graphql/pagination';
import { ConnectionShape } from '../../graphql/relay';
import { Employer } from '../employers/employer.entity';
import { filterEmployersByActivityAndPlace } from '../employers/employers.service';
import { QuotaDashboardOrder } from './api/quota.enums';
import { QuotaDashboardFilter } from './api/quota.inputs';
import { toBreakdown } from './api/quota.types';
import { QuotaDashboardEntry } from './api/quota-dashboard.types';
import { latestContacts } from './reads/quota-records';
import { quotasWithProspetto } from './prospetto.service';
import { toProspettoStatusType } from './api/prospetto.types';

/** Each order is total: it ends with the employer's id, so a cursor points at exactly one place. */
const SORT_KEYS: Record<QuotaDashboardOrder, (e: QuotaDashboardEntry) => SortKey> = {
  SHORTFALL_DESC: (e) => [
    -e.quota.shortfall,
    -e.quota.sanctionExposurePerDayCents,
    e.employer.legalName,
    e.employer.id,
  ],
  EXPOSURE_DESC: (e) => [-e.quota.sanctionExposurePerDayCents, -e.quota.shortfall, e.employer.legalName, e.employer.id],
  LAST_CONTACT_ASC: (e) => [e.lastContact?.contactedOn ?? '', e.employer.legalName, e.employer.id],
  NAME_ASC: (e) => [e.employer.legalName, e.employer.id],
};

/**
 * The liaison's dashboard, with each employer's report for the year before (due, sent, late sanction). Shortfall and
 * exposure come out of the quota rules, not out of SQL, so the employers matching the place and sector filters are
 * read in one query, their quotas computed in one batch, then filtered, sorted and cut into a page in memory (the
 * service follows a few hundred companies).
 */
export async function quotaDashboard(
  manager: EntityManager,
  filter: QuotaDashboardFilter,
  order: QuotaDashboardOrder,
  asOf: string,
  page: PageArgs,
  limits: PageLimits,
): Promise<ConnectionShape<QuotaDashboardEntry>> {
  const employers = await filteredEmployers(manager, filter);
  const ids = employers.map((e) => e.id);
  const [{ quotas, prospetti }, contacts] = await Promise.all([
    quotasWithProspetto(manager, ids, asOf),
    latestContacts(manager, ids),
  ]);

  const entries = employers
    .map((employer) => ({
      employer,
      quota: toBreakdown(quotas.get(employer.id)!),
      prospetto: toProspettoStatusType(prospetti.get(employer.id)!),
      lastContact: contacts.get(employer.id) ?? null,
    }))
    .filter((e) => !filter.onlyUncovered || e.quota.shortfall > 0)
    .filter((e) => !filter.sizeBands || (e.quota.sizeBand !== null && filter.sizeBands.includes(e.quota.sizeBand)));
  return pageInMemory(entries, SORT_KEYS[order], page, limits, ['quotaDashboard', order]);
}

function filteredEmployers(manager: EntityManager, filter: QuotaDashboardFilter): Promise<Employer[]> {
  return filterEmployersByActivityAndPlace(manager.createQueryBuilder(Employer, 'e'), filter).getMany();
}
