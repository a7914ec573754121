import DataLoader from 'dataloader';
import { PonteContext } from '../auth/context';
import { Loaders } from '../../graphql/loaders';
import { findRecords, groupBy, RecordOf } from './quota-records';
import { computeQuotas } from './quota.service';
import { art3c3Organisations, quotaGroups } from './quota-liaison.service';
import { QuotaGroupMembership } from './quota-records.types';
import { AtecoCorrespondence } from '../employers/ateco-2025';
import { Art3c3Organisation } from './quota-rules';
import { QuotaBreakdown, toBreakdown } from './quota.types';

/*
 * The module's per-request DataLoaders. They hang off the request's Loaders object, so they live and die with the
 * request exactly like the shared ones, without the shared class having to know about quotas.
 */
const perRequest = new WeakMap<Loaders, Map<string, DataLoader<string, unknown>>>();

function loader<V>(ctx: PonteContext, name: string, batch: (keys: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
  let loaders = perRequest.get(ctx.loaders);
  if (!loaders) {
    loaders = new Map();
    perRequest.set(ctx.loaders, loaders);
  }
  let found = loaders.get(name) as DataLoader<string, V> | undefined;
  if (!found) {
    found = new DataLoader<string, V>(batch, { maxBatchSize: 1000 });
    loaders.set(name, found as DataLoader<string, unknown>);
  }
  return found;
}

/** Each employer's quota on a date: one batch of quota queries for every employer of the response. */
export function quotaLoader(ctx: PonteContext, asOf: string): DataLoader<string, QuotaBreakdown> {
  return loader(ctx, `quota@${asOf}`, async (employerIds) => {
    const quotas = await computeQuotas(ctx.dataSource.manager, employerIds, asOf);
    return employerIds.map((id) => toBreakdown(quotas.get(id)!));
  });
}

type Listed = 'exemption' | 'suspension' | 'convention' | 'contact' | 'prospetto';

/** An employer's records of one kind, newest first. */
export function employerRecordsLoader<K extends Listed>(ctx: PonteContext, source: K): DataLoader<string, RecordOf<K>[]> {
  return loader(ctx, `${source}#employer`, async (employerIds) =>
    groupBy(await findRecords(ctx.dataSource.manager, source, 'employer_id', employerIds), employerIds, 'employerId'));
}

export function siteHeadcountsLoader(ctx: PonteContext): DataLoader<string, RecordOf<'siteHeadcount'>[]> {
  return loader(ctx, 'siteHeadcount#snapshot', async (snapshotIds) =>
    groupBy(await findRecords(ctx.dataSource.manager, 'siteHeadcount', 'snapshot_id', snapshotIds), snapshotIds, 'snapshotId'));
}

export function headcountExclusionsLoader(ctx: PonteContext): DataLoader<string, RecordOf<'headcountExclusion'>[]> {
  return loader(ctx, 'headcountExclusion#snapshot', async (snapshotIds) =>
    groupBy(await findRecords(ctx.dataSource.manager, 'headcountExclusion', 'snapshot_id', snapshotIds), snapshotIds, 'snapshotId'));
}

export function partTimeCoverLoader(ctx: PonteContext): DataLoader<string, RecordOf<'partTimeCover'>[]> {
  return loader(ctx, 'partTimeCover#snapshot', async (snapshotIds) =>
    groupBy(await findRecords(ctx.dataSource.manager, 'partTimeCover', 'snapshot_id', snapshotIds), snapshotIds, 'snapshotId'));
}

export function art3c3OrganisationLoader(ctx: PonteContext): DataLoader<string, Art3c3Organisation | null> {
  return loader(ctx, 'art3c3#employer', (employerIds) => art3c3Organisations(ctx.dataSource.manager, employerIds));
}

export function quotaGroupLoader(ctx: PonteContext): DataLoader<string, QuotaGroupMembership | null> {
  return loader(ctx, 'group#employer', (employerIds) => quotaGroups(ctx.dataSource.manager, employerIds));
}

/** ATECO 2007 → 2025 correspondences by 2007 code, one query for the codes of the response. */
export function atecoCorrespondenceLoader(ctx: PonteContext): DataLoader<string, AtecoCorrespondence[]> {
  return loader(ctx, 'ateco#2007', async (codes) => {
    const rows: Array<AtecoCorrespondence> = await ctx.dataSource.manager.query(
      `SELECT code_2007 AS "code2007", code_2025 AS "code2025", one_to_one AS "oneToOne" FROM ateco_correspondence WHERE code_2007 = ANY($1)`,
      [[...codes]],
    );
    return codes.map((code) => rows.filter((r) => r.code2007 === code));
  });
}
