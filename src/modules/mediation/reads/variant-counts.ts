import { Constraint, rewrittenConstraint, Variant } from '../sql/variants';

/*
 * The counting both what-ifs share: one pass over the pairs of one side against the other, each pair's failure of
 * each hard constraint worked out once as things are, then again only for the constraints a variant rewrites.
 */

/** What one variant changes among the pairs read. */
export interface VariantCount {
  /** Pairs that fail now and pass under the variant. */
  gained: number;
  /** Of those, in the ambito counted (null when none is). */
  gainedInAmbito: number | null;
  /** Of those, where Law 68/99 applies (see the caller for which side it describes). */
  gainedLaw68: number;
  /** Pairs that pass now and fail under the variant (only a change of weekly hours can do this). */
  lost: number;
  /** The other side's IDs gained, as far as the caller's `listed` condition keeps them (single changes only). */
  gainedIds: string[];
  /** Their pre-scores, in the same order (best first). */
  gainedPreScores: number[];
  /** The other side's IDs lost among `watched` (single changes only). */
  lostWatchedIds: string[];
}

export interface CountQuery {
  /** `WITH …` defining the relations `fromClause` reads. */
  withClause: string;
  /** `FROM … ` joining `o` and `p`, without WHERE. */
  fromClause: string;
  /** The other side's ID in a pair (`p.beneficiary_id` or `o.opening_id`). */
  idColumn: string;
  /** True when the pair is in the ambito counted; null: no ambito. */
  inAmbito: string | null;
  /** True when Law 68/99 applies to the pair's side counted. */
  law68: string;
  /** True when a gained pair should be listed by ID (visible to the viewer, could reach the top). */
  listed: string;
  /** The pre-score a listed gain is ordered by, best first. */
  rankBy: string;
  /** Parameter placeholder of the IDs whose loss is watched (a uuid[]). */
  watched: string;
  constraints: Constraint[];
  singles: Variant[];
  pairs: Variant[];
}

export interface Counts {
  eligibleNow: { total: number; inAmbito: number | null; law68: number };
  singles: VariantCount[];
  pairs: VariantCount[];
}

const intOf = (value: unknown) => Number(value ?? 0);

export function countSql(q: CountQuery): string {
  const variants = [...q.singles, ...q.pairs];
  // A constraint no variant rewrites must pass as things are for any pair to count: it filters the pairs read.
  const rewritable = q.constraints.map((c) => variants.some((v) => rewrittenConstraint(c, v) !== null));
  const baseFails = q.constraints.map((_, i) => `x.f${i}`);
  const where = q.constraints.filter((_, i) => !rewritable[i]).map((c) => `NOT coalesce(${c.fails}, false)`);
  const columns = [
    `${q.idColumn} AS id`,
    `${q.inAmbito ?? 'false'} AS in_ambito`,
    `${q.law68} AS law68`,
    `(${q.listed}) AS listed`,
    `${q.rankBy} AS pre`,
    `${q.idColumn} = ANY(${q.watched}) AS watched`,
    ...q.constraints.map((c, i) => (rewritable[i] ? `coalesce(${c.fails}, false) AS f${i}` : `false AS f${i}`)),
  ];
  // Each variant's rewritten constraints are evaluated where both sides are in reach; the rest reuse `f<i>`.
  const under: string[] = [];
  variants.forEach((v, k) => {
    const passes = q.constraints.map((c, i) => {
      const rewritten = rewrittenConstraint(c, v);
      if (rewritten === null) return `NOT ${baseFails[i]}`;
      columns.push(`coalesce(${rewritten}, false) AS r${k}_${i}`);
      return `NOT x.r${k}_${i}`;
    });
    under.push(`(${passes.join(' AND ')}) AS v${k}`);
  });
  const now = baseFails.map((f) => `NOT ${f}`).join(' AND ');
  const aggregates = [
    `count(*) FILTER (WHERE now) AS now_total`,
    `count(*) FILTER (WHERE now AND in_ambito) AS now_ambito`,
    `count(*) FILTER (WHERE now AND law68) AS now_law68`,
    ...variants.flatMap((_, k) => [
      `count(*) FILTER (WHERE NOT now AND v${k}) AS g${k}`,
      `count(*) FILTER (WHERE NOT now AND v${k} AND in_ambito) AS a${k}`,
      `count(*) FILTER (WHERE NOT now AND v${k} AND law68) AS l${k}`,
      `count(*) FILTER (WHERE now AND NOT v${k}) AS x${k}`,
      ...(k < q.singles.length
        ? [
            `coalesce(array_agg(id ORDER BY pre DESC, id) FILTER (WHERE NOT now AND v${k} AND listed), '{}') AS ids${k}`,
            `coalesce(array_agg(pre ORDER BY pre DESC, id) FILTER (WHERE NOT now AND v${k} AND listed), '{}') AS pres${k}`,
            `coalesce(array_agg(id) FILTER (WHERE now AND NOT v${k} AND watched), '{}') AS lost${k}`,
          ]
        : []),
    ]),
  ];
  return `${q.withClause},
x AS MATERIALIZED (
  SELECT ${columns.join(',\n    ')}
  ${q.fromClause}
  WHERE ${where.length ? where.join('\n    AND ') : 'true'}
), y AS (
  SELECT id, in_ambito, law68, listed, pre, watched, (${now}) AS now${under.length ? `,\n    ${under.join(',\n    ')}` : ''}
  FROM x
)
SELECT ${aggregates.join(',\n  ')}
FROM y`;
}

export function readCounts(row: Record<string, unknown>, q: CountQuery): Counts {
  const count = (k: number, withIds: boolean): VariantCount => ({
    gained: intOf(row[`g${k}`]),
    gainedInAmbito: q.inAmbito === null ? null : intOf(row[`a${k}`]),
    gainedLaw68: intOf(row[`l${k}`]),
    lost: intOf(row[`x${k}`]),
    gainedIds: withIds ? (row[`ids${k}`] as string[]) : [],
    gainedPreScores: withIds ? (row[`pres${k}`] as unknown[]).map(Number) : [],
    lostWatchedIds: withIds ? (row[`lost${k}`] as string[]) : [],
  });
  return {
    eligibleNow: {
      total: intOf(row.now_total),
      inAmbito: q.inAmbito === null ? null : intOf(row.now_ambito),
      law68: intOf(row.now_law68),
    },
    singles: q.singles.map((_, k) => count(k, true)),
    pairs: q.pairs.map((_, k) => count(q.singles.length + k, false)),
  };
}
