import { Constraint, rewrittenConstraint, Variant } from '../sql/variants';

/*
 * The counting both what-ifs share. The database evaluates, for every pair of one side against the other, each
 * hard constraint as things are and each constraint as some variant rewrites it (matching's own SQL), then groups
 * the pairs by those outcomes: a few hundred groups stand for tens of thousands of pairs. Whether a pair passes
 * under a variant is the conjunction of its group's outcomes, which is all Node computes.
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
  /** The other side's IDs gained that could reach the top: the best by pre-score of each group (singles only). */
  gainedIds: string[];
  /** Their pre-scores, in the same order (best first). */
  gainedPreScores: number[];
  /** The other side's IDs lost among the watched ones (singles only). */
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
  /** True when a gained pair may be listed by ID (visible to the viewer). */
  listed: string;
  /** The pre-score a listed gain is ordered by, best first. */
  rankBy: string;
  /** Parameter placeholder of the IDs whose loss is watched (a uuid[]). */
  watched: string;
  /** How many of each group's best to list: the size of the top a gain may enter. */
  listDepth: number;
  constraints: Constraint[];
  singles: Variant[];
  pairs: Variant[];
}

export interface Counts {
  eligibleNow: { total: number; inAmbito: number | null; law68: number };
  singles: VariantCount[];
  pairs: VariantCount[];
}

/** For each variant, for each constraint, the outcome column that says the pair fails it. */
type Plan = string[][];

export function countSql(q: CountQuery): { sql: string; plan: Plan; outcomes: string[] } {
  const variants = [...q.singles, ...q.pairs];
  // A constraint no variant rewrites must pass as things are for any pair to count: it filters the pairs read.
  const rewritable = q.constraints.map((c) => variants.some((v) => rewrittenConstraint(c, v) !== null));
  const where = q.constraints.filter((_, i) => !rewritable[i]).map((c) => `NOT coalesce(${c.fails}, false)`);
  const outcomes: string[] = [];
  const columns: string[] = [];
  const base = q.constraints.map((c, i) => {
    if (!rewritable[i]) return null;
    outcomes.push(`f${i}`);
    columns.push(`coalesce(${c.fails}, false) AS f${i}`);
    return `f${i}`;
  });
  // A pair of changes to different constraints rewrites each as its single change does: one column serves both.
  const rewrittenColumns = new Map<string, string>();
  const plan: Plan = variants.map((v) =>
    q.constraints.flatMap((c, i) => {
      const rewritten = rewrittenConstraint(c, v);
      if (rewritten === null) return base[i] ? [base[i]!] : [];
      let column = rewrittenColumns.get(rewritten);
      if (!column) {
        column = `r${rewrittenColumns.size}`;
        rewrittenColumns.set(rewritten, column);
        outcomes.push(column);
        columns.push(`coalesce(${rewritten}, false) AS ${column}`);
      }
      return [column];
    }),
  );
  const depth = Math.trunc(q.listDepth);
  const sql = `${q.withClause},
x AS MATERIALIZED (
  SELECT ${q.idColumn} AS id, ${q.inAmbito ?? 'false'} AS in_ambito, ${q.law68} AS law68, (${q.listed}) AS listed,
    ${q.idColumn} = ANY(${q.watched}) AS watched, ${q.rankBy} AS pre${columns.length ? `,\n    ${columns.join(',\n    ')}` : ''}
  ${q.fromClause}
  WHERE ${where.length ? where.join('\n    AND ') : 'true'}
)
SELECT ${[...outcomes, 'in_ambito', 'law68'].join(', ')}, count(*)::int AS n,
  coalesce((array_agg(id ORDER BY pre DESC, id) FILTER (WHERE listed))[1:${depth}], '{}') AS top_ids,
  coalesce((array_agg(pre ORDER BY pre DESC, id) FILTER (WHERE listed))[1:${depth}], '{}') AS top_pres,
  coalesce(array_agg(id) FILTER (WHERE watched), '{}') AS watched_ids
FROM x
GROUP BY ${[...outcomes, 'in_ambito', 'law68'].join(', ')}`;
  return { sql, plan, outcomes };
}

interface Group {
  [outcome: string]: unknown;
  in_ambito: boolean;
  law68: boolean;
  n: number;
  top_ids: string[];
  top_pres: unknown[];
  watched_ids: string[];
}

export function readCounts(groups: Group[], q: CountQuery, plan: Plan, outcomes: string[]): Counts {
  const base = outcomes.filter((o) => o.startsWith('f'));
  const passes = (g: Group, failing: string[]) => failing.every((column) => g[column] === false);
  const now = groups.map((g) => passes(g, base));
  const sum = (keep: (g: Group, i: number) => boolean) => groups.reduce((t, g, i) => (keep(g, i) ? t + g.n : t), 0);
  const count = (k: number, withIds: boolean): VariantCount => {
    const under = groups.map((g) => passes(g, plan[k]));
    const gainedGroups = groups.filter((_, i) => !now[i] && under[i]);
    const listed = withIds
      ? gainedGroups
          .flatMap((g) => g.top_ids.map((id, j) => ({ id, pre: Number(g.top_pres[j]) })))
          .sort((a, b) => b.pre - a.pre || a.id.localeCompare(b.id))
      : [];
    return {
      gained: sum((_, i) => !now[i] && under[i]),
      gainedInAmbito: q.inAmbito === null ? null : sum((g, i) => !now[i] && under[i] && g.in_ambito),
      gainedLaw68: sum((g, i) => !now[i] && under[i] && g.law68),
      lost: sum((_, i) => now[i] && !under[i]),
      gainedIds: listed.map((l) => l.id),
      gainedPreScores: listed.map((l) => l.pre),
      lostWatchedIds: withIds ? groups.filter((_, i) => now[i] && !under[i]).flatMap((g) => g.watched_ids) : [],
    };
  };
  return {
    eligibleNow: {
      total: sum((_, i) => now[i]),
      inAmbito: q.inAmbito === null ? null : sum((g, i) => now[i] && g.in_ambito),
      law68: sum((g, i) => now[i] && g.law68),
    },
    singles: q.singles.map((_, k) => count(k, true)),
    pairs: q.pairs.map((_, k) => count(q.singles.length + k, false)),
  };
}

/** Runs the count: one statement, grouped outcomes back. */
export async function runCounts(
  query: (sql: string, params: unknown[]) => Promise<Group[]>,
  q: CountQuery,
  params: unknown[],
): Promise<Counts> {
  const { sql, plan, outcomes } = countSql(q);
  return readCounts(await query(sql, params), q, plan, outcomes);
}
