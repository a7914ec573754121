import { cursorScope, openCursor, sealCursor } from './cursor-seal';
import { UserInputError } from './errors';
import { PageArgs, PageLimits } from './pagination';
import { ConnectionShape } from './relay';
import { msg } from '../i18n/message';

/** Where a row stands in its order: numbers compare as numbers, text as Italian readers sort it. */
export type SortKey = Array<string | number>;

export function compareKeys(a: SortKey, b: SortKey): number {
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

/**
 * A page of a list ordered by figures SQL does not have (they come out of the rules, computed for every row that
 * passed the filters): the rows are sorted in memory by `keyOf`, which must end with the row's id so the order is
 * total, and the cursor is the sealed key of the last row, scoped to `scopeParts` (the list and its order).
 */
export function pageInMemory<T>(
  rows: readonly T[],
  keyOf: (row: T) => SortKey,
  page: PageArgs,
  limits: PageLimits,
  scopeParts: string[],
): ConnectionShape<T> {
  const first = page.first ?? limits.defaultPageSize;
  if (!Number.isInteger(first) || first < 1 || first > limits.maxPageSize) {
    throw new UserInputError(msg('graphql.firstBetween1', { maxPageSize: limits.maxPageSize }), 'first');
  }
  const entries = rows.map((row) => ({ row, key: keyOf(row) })).sort((a, b) => compareKeys(a.key, b.key));
  const secret = limits.auth.jwtSecret;
  const scope = cursorScope(scopeParts);
  const after = page.after ? openKey(page.after, entries[0]?.key, secret, scope) : null;
  const rest = after ? entries.filter((e) => compareKeys(e.key, after) > 0) : entries;
  const edges = rest.slice(0, first).map(({ row, key }) => ({ node: row, cursor: sealCursor(secret, scope, key) }));
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

/** A cursor of this list and order, with values of the same kinds as the list's keys; anything else is refused. */
function openKey(cursor: string, like: SortKey | undefined, secret: string, scope: string): SortKey | null {
  const key = openCursor(secret, scope, cursor);
  if (key && (!like || (key.length === like.length && key.every((v, i) => typeof v === typeof like[i]))))
    return key as SortKey;
  throw new UserInputError(msg('graphql.cursorValidListOrder'), 'after');
}
