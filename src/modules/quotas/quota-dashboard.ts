import { EntityManager } from 'typeorm';
import { cursorScope, openCursor, sealCursor } from '../../graphql/cursor-seal';
import { UserInputError } from '../../graphql/errors';
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
import { msg } from '../../i18n/message';

type SortKey = Array<string | number>;

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

function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < a.length; i++) {
    const [x, y] = [a[i], b[i]];
    const order =
      typeof x === 'number' && typeof y === 'number'
        ? x - y
        : String(x).localeCompare(String(y), 'it') || (x < y ? -1 : x > y ? 1 : 0);
    if (order !== 0) return order;
  }
  return 0;
}

/** Sealed like every list's cursors (an employer's name stays out of URLs), scoped to the dashboard's order. */
function decodeCursor(cursor: string, like: SortKey, secret: string, scope: string): SortKey {
  const key = openCursor(secret, scope, cursor);
  if (key && key.length === like.length && key.every((v, i) => typeof v === typeof like[i])) return key as SortKey;
  throw new UserInputError(msg('quotas.cursorValidListOrder'), 'after');
}

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
  const first = page.first ?? limits.defaultPageSize;
  if (!Number.isInteger(first) || first < 1 || first > limits.maxPageSize) {
    throw new UserInputError(msg('quotas.firstBetween1', { maxPageSize: limits.maxPageSize }), 'first');
  }
  const employers = await filteredEmployers(manager, filter);
  const ids = employers.map((e) => e.id);
  const [{ quotas, prospetti }, contacts] = await Promise.all([
    quotasWithProspetto(manager, ids, asOf),
    latestContacts(manager, ids),
  ]);

  const sortKey = SORT_KEYS[order];
  const entries = employers
    .map((employer) => ({
      employer,
      quota: toBreakdown(quotas.get(employer.id)!),
      prospetto: toProspettoStatusType(prospetti.get(employer.id)!),
      lastContact: contacts.get(employer.id) ?? null,
    }))
    .filter((e) => !filter.onlyUncovered || e.quota.shortfall > 0)
    .filter((e) => !filter.sizeBands || (e.quota.sizeBand !== null && filter.sizeBands.includes(e.quota.sizeBand)))
    .map((entry) => ({ entry, key: sortKey(entry) }))
    .sort((a, b) => compareKeys(a.key, b.key));

  const secret = limits.auth.jwtSecret;
  const scope = cursorScope(['quotaDashboard', order]);
  const after = page.after && entries.length > 0 ? decodeCursor(page.after, entries[0].key, secret, scope) : null;
  const rest = after ? entries.filter((e) => compareKeys(e.key, after) > 0) : entries;
  const edges = rest.slice(0, first).map(({ entry, key }) => ({ node: entry, cursor: sealCursor(secret, scope, key) }));
  return {
    edges,
    totalCount: entries.length,
    pageInfo: {
      hasNextPage: rest.length > first,
      hasPreviousPage: Boolean(page.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

function filteredEmployers(manager: EntityManager, filter: QuotaDashboardFilter): Promise<Employer[]> {
  return filterEmployersByActivityAndPlace(manager.createQueryBuilder(Employer, 'e'), filter).getMany();
}
