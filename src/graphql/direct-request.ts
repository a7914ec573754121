import { ExecutionResult, GraphQLResolveInfo } from 'graphql';
import { keyCondition } from '../db/built-sql';
import type { DirectPlan, Subtree } from './direct-reads';
import type { Loaders } from './loaders';
import type { NodesAlong } from './pagination';
import { fromGlobalId } from './relay';

type Holder = [Record<string | number, unknown>, string | number];

/**
 * One request's direct reads: a list whose nodes are a subtree read directly reads their JSON along with its page
 * (`nodesOf`), saving a statement; what it read is kept here for `complete`.
 */
export class DirectRequest {
  private readonly found: Array<Map<string, unknown>>;

  constructor(readonly plan: DirectPlan) {
    this.found = plan.subtrees.map(() => new Map());
  }

  /**
   * Puts each subtree back in `result`, from what the lists read along with their pages or else by one statement
   * per subtree; false when a record is gone (the caller then runs the whole operation).
   */
  async complete(result: ExecutionResult, loaders: Loaders): Promise<boolean> {
    const found = await Promise.all(
      this.plan.subtrees.map((subtree, i) => fill(subtree, this.found[i], result.data, loaders)),
    );
    return found.every(Boolean);
  }

  /** The JSON of the nodes of the connection `info` resolves, when they are a subtree read directly. */
  nodesOf(info: GraphQLResolveInfo): NodesAlong | undefined {
    const path = [...responseKeysOf(info.path), 'edges', 'node'].join('.');
    const at = this.plan.subtrees.findIndex((subtree) => subtree.path.join('.') === path);
    if (at < 0) return undefined;
    const { json, from, idsSuffice } = this.plan.subtrees[at];
    return {
      idsSuffice,
      json: (outerId) => `(SELECT ${json} ${from} WHERE t0.id = ${outerId})`,
      keep: (id, value) => this.found[at].set(id, value),
    };
  }
}

/** A field's path as response keys, list positions left out. */
function responseKeysOf(path: GraphQLResolveInfo['path'] | undefined): string[] {
  if (!path) return [];
  const keys = responseKeysOf(path.prev);
  return typeof path.key === 'string' ? [...keys, path.key] : keys;
}

async function fill(subtree: Subtree, byKey: Map<string, unknown>, data: unknown, loaders: Loaders): Promise<boolean> {
  const holders: Holder[] = [];
  collectHolders(data, subtree.path, 0, holders);
  if (!holders.length) return true;
  // Each holder's key decoded once: the statement's rows are matched to them below.
  const keys = holders.map(([holder, key]) => fromGlobalId((holder[key] as { id: string }).id)!.id);
  const missing = [...new Set(keys)].filter((id) => !byKey.has(id));
  if (missing.length) {
    const condition = keyCondition('t0.id', missing, 'uuid');
    const rows = await loaders.query<{ key: string; value: unknown }>(
      `SELECT CAST(t0.id AS text) AS key, ${subtree.json} AS value ${subtree.from} WHERE ${condition.text}`,
      condition.params,
    );
    for (const row of rows) byKey.set(row.key, row.value);
  }
  for (const [i, [holder, key]] of holders.entries()) {
    const value = byKey.get(keys[i]);
    if (value === undefined) return false;
    holder[key] = value;
  }
  return true;
}

/** The places in `value` (objects or list items) under `path` that hold a record cut down to its id. */
function collectHolders(value: unknown, path: string[], at: number, out: Holder[]): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    for (const item of value) collectHolders(item, path, at, out);
    return;
  }
  const holder = value as Record<string, unknown>;
  const next = holder[path[at]];
  if (at < path.length - 1) return collectHolders(next, path, at + 1, out);
  if (Array.isArray(next)) next.forEach((item, i) => item !== null && out.push([next as Record<number, unknown>, i]));
  else if (next !== null && next !== undefined) out.push([holder, path[at]]);
}
