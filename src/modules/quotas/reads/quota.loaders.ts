import DataLoader from 'dataloader';
import type { Node } from '../../../graphql/relay';
import { PonteContext } from '../../auth/context';
import { groupsInKeyOrder } from '../../../lib/group-by';
import { findRecords, RecordOf } from './quota-records';
import { computeQuotas } from '../quota.service';
import { art3c3Organisations, quotaGroups } from '../quota-liaison.service';
import { QuotaGroupMembership } from '../api/quota-records.types';
import { AtecoCorrespondence } from '../../employers/ateco-2025';
import { Art3c3Organisation } from '../rules/quota-rules';
import { QuotaBreakdown, toBreakdown } from '../api/quota.types';
import { keyCondition } from '../../../db/built-sql';

/** The module's loaders, kept with the request's others (they live and die with the request). */
function loader<V>(
  ctx: PonteContext,
  name: string,
  batch: (keys: readonly string[]) => Promise<V[]>,
): DataLoader<string, V> {
  return ctx.loaders.named<string, V>(`quotas ${name}`, batch);
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
export function employerRecordsLoader<K extends Listed>(
  ctx: PonteContext,
  source: K,
): DataLoader<string, RecordOf<K>[]> {
  return loader(ctx, `${source}#employer`, async (employerIds) =>
    groupsInKeyOrder(
      await findRecords(ctx.dataSource.manager, source, 'employer_id', employerIds),
      employerIds,
      (r) => r.employerId as string,
    ),
  );
}

export function siteHeadcountsLoader(ctx: PonteContext): DataLoader<string, RecordOf<'siteHeadcount'>[]> {
  return loader(ctx, 'siteHeadcount#snapshot', async (snapshotIds) =>
    groupsInKeyOrder(
      await findRecords(ctx.dataSource.manager, 'siteHeadcount', 'snapshot_id', snapshotIds),
      snapshotIds,
      (r) => r.snapshotId as string,
    ),
  );
}

export function headcountExclusionsLoader(ctx: PonteContext): DataLoader<string, RecordOf<'headcountExclusion'>[]> {
  return loader(ctx, 'headcountExclusion#snapshot', async (snapshotIds) =>
    groupsInKeyOrder(
      await findRecords(ctx.dataSource.manager, 'headcountExclusion', 'snapshot_id', snapshotIds),
      snapshotIds,
      (r) => r.snapshotId as string,
    ),
  );
}

export function partTimeCoverLoader(ctx: PonteContext): DataLoader<string, RecordOf<'partTimeCover'>[]> {
  return loader(ctx, 'partTimeCover#snapshot', async (snapshotIds) =>
    groupsInKeyOrder(
      await findRecords(ctx.dataSource.manager, 'partTimeCover', 'snapshot_id', snapshotIds),
      snapshotIds,
      (r) => r.snapshotId as string,
    ),
  );
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
    const where = keyCondition('code_2007', codes);
    const rows: Array<AtecoCorrespondence> = await ctx.dataSource.manager.query(
      `SELECT code_2007 AS "code2007", code_2025 AS "code2025", one_to_one AS "oneToOne" FROM ateco_correspondence WHERE ${where.text}`,
      where.params,
    );
    return codes.map((code) => rows.filter((r) => r.code2007 === code));
  });
}

/** The records `node(id)` finds, by their GraphQL type: one batch per type for the whole request. */
const NODE_SOURCES = {
  QuotaExemption: 'exemption',
  QuotaSuspension: 'suspension',
  QuotaConvention: 'convention',
  ConsultancyContact: 'contact',
  ProspettoSubmission: 'prospetto',
  QuotaNewHire: 'newHire',
} as const;

export type QuotaNodeType = keyof typeof NODE_SOURCES;

export function isQuotaNodeType(typeName: string): typeName is QuotaNodeType {
  return Object.hasOwn(NODE_SOURCES, typeName);
}

/** A record of the module by its database key; null when there is none. */
export function quotaRecordLoader(ctx: PonteContext, typeName: QuotaNodeType): DataLoader<string, Node | null> {
  const source = NODE_SOURCES[typeName];
  return loader(ctx, `${source}#id`, async (ids) => {
    const found = new Map(
      (await findRecords(ctx.dataSource.manager, source, 'id', ids)).map((record) => [record.id, record as Node]),
    );
    return ids.map((id) => found.get(id) ?? null);
  });
}
