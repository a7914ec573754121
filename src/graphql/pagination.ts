import { FieldNode, GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';
import { ArgsType, Field, Int } from 'type-graphql';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { entitiesOfRaw } from '../db/lean-rows';
import { openCursor, cursorScope, sealCursor } from './cursor-seal';
import { UserInputError } from './errors';
import { ConnectionShape, Edge, PageInfo } from './relay';
import { msg } from '../i18n/message';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size; at most the server maximum (100 by default)' })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Cursor of the last edge of the previous page: an opaque token, valid only for the same list and order',
  })
  after?: string | null;
}

/** A page as a list asks for it: the client's arguments, and whether its nodes are wanted for their id alone. */
export interface PageRequest extends PageArgs {
  /**
   * Only each node's id is read (see `asksNodeIdsOnly`): the rows are not read whole nor made into entities. Only for
   * lists whose access rules look at nothing but the id (records every staff member reads).
   */
  nodeIdsOnly?: boolean;
  /** With `nodeIdsOnly`, the nodes' JSON to read along with the page (direct-reads.ts). */
  nodesAlong?: NodesAlong;
}

/** A value computed for each node in the page's own statement, and where to keep it. */
export interface NodesAlong {
  /** Whether the nodes may be given as bare ids: nothing between the list and its reader looks into them. */
  idsSuffice: boolean;
  /** The SQL of the value, correlated with the node's id written as `outerId`. */
  json(outerId: string): string;
  keep(id: string, value: unknown): void;
}

/**
 * Whether a connection field's selection asks of its nodes nothing but `id` (and `__typename`): a client that wants
 * only the ids, or a compiled operation whose nodes are read directly (direct-reads.ts).
 */
export function asksNodeIdsOnly(info: GraphQLResolveInfo): boolean {
  const only = (set: SelectionSetNode | undefined, allowed: (field: FieldNode) => boolean) =>
    set !== undefined && set.selections.every((s) => s.kind === Kind.FIELD && !s.directives?.length && allowed(s));
  return info.fieldNodes.every((connection) =>
    only(connection.selectionSet, (field) => {
      if (field.name.value !== 'edges') return true;
      return only(field.selectionSet, (edge) => {
        if (edge.name.value !== 'node') return true;
        return only(edge.selectionSet, (node) => node.name.value === 'id' || node.name.value === '__typename');
      });
    }),
  );
}

/** One column of a connection's total order; the last key must be unique (the id) so cursors are exact. */
export interface SortKey {
  expression: string;
  sqlType: 'text' | 'uuid' | 'timestamptz' | 'date' | 'integer' | 'bigint';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** PostgreSQL's text form of a timestamptz under DateStyle ISO, as `CAST(… AS text)` writes it below. */
const TIMESTAMPTZ = /^(\d{4}-\d{2}-\d{2}) ([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?[+-]\d{2}(:\d{2}){0,2}$/;
const DATE = /^(\d{4}-\d{2}-\d{2})$/;
/** An absent date is ordered as PostgreSQL's infinity (`COALESCE(…, 'infinity')`), so it can be a cursor value. */
const INFINITY = /^-?infinity$/;
const INTEGER_RANGE = { integer: 2n ** 31n, bigint: 2n ** 63n };

function isRealDay(day: string): boolean {
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
}

/** A cursor value the cast in the keyset condition will accept: a made-up cursor fails here, not in PostgreSQL. */
function fitsSqlType(value: string, sqlType: SortKey['sqlType']): boolean {
  switch (sqlType) {
    case 'text':
      return !value.includes('\u0000');
    case 'uuid':
      return UUID.test(value);
    case 'timestamptz':
    case 'date': {
      if (INFINITY.test(value)) return true;
      const day = (sqlType === 'date' ? DATE : TIMESTAMPTZ).exec(value)?.[1];
      return day !== undefined && isRealDay(day);
    }
    case 'integer':
    case 'bigint':
      return (
        /^-?\d{1,19}$/.test(value) && BigInt(value) >= -INTEGER_RANGE[sqlType] && BigInt(value) < INTEGER_RANGE[sqlType]
      );
  }
}

/** The scope of a list's cursors: its sort keys and direction, so a cursor of another list or order is refused. */
function scopeOf(sortKeys: SortKey[], direction: string): string {
  return cursorScope([direction, ...sortKeys.map((key) => `${key.expression} ${key.sqlType}`)]);
}

function decodeCursor(cursor: string, sortKeys: SortKey[], secret: string, scope: string): string[] {
  const values = openCursor(secret, scope, cursor);
  if (
    values &&
    values.length === sortKeys.length &&
    values.every((v, i) => typeof v === 'string' && fitsSqlType(v, sortKeys[i].sqlType))
  ) {
    return values as string[];
  }
  throw new UserInputError(msg('graphql.cursorValidListStart'), 'after');
}

/**
 * How long a page may be (the default when `first` is absent, and the most a client may ask for), and the secret
 * the cursors are sealed with (see cursor-seal.ts).
 */
export interface PageLimits {
  defaultPageSize: number;
  maxPageSize: number;
  auth: { jwtSecret: string };
}

/**
 * Keyset pagination over a filtered query: the cursor holds the sort values of the last row (read back as text so
 * timestamps keep their microseconds), sealed so the client cannot read or change them, and the next page starts
 * strictly after them. Unlike OFFSET it stays fast and stable while rows are added.
 */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  sortKeys: SortKey[],
  direction: 'ASC' | 'DESC',
  args: PageRequest,
  limits: PageLimits,
): Promise<ConnectionShape<T>> {
  const first = args.first ?? limits.defaultPageSize;
  if (!Number.isInteger(first) || first < 1 || first > limits.maxPageSize) {
    throw new UserInputError(msg('graphql.firstBetween1', { maxPageSize: limits.maxPageSize }), 'first');
  }

  const countQuery = query.clone();
  const page = query.clone();
  const scope = scopeOf(sortKeys, direction);
  if (args.after) {
    const values = decodeCursor(args.after, sortKeys, limits.auth.jwtSecret, scope);
    const left = sortKeys.map((k) => k.expression).join(', ');
    const right = sortKeys.map((k, i) => `CAST(:cursor${i} AS ${k.sqlType})`).join(', ');
    page.andWhere(
      `(${left}) ${direction === 'ASC' ? '>' : '<'} (${right})`,
      Object.fromEntries(values.map((v, i) => [`cursor${i}`, v])),
    );
  }
  const main = page.expressionMap.mainAlias!;
  const along = args.nodeIdsOnly ? args.nodesAlong : undefined;
  if (args.nodeIdsOnly) page.select(`${main.name}.id`, 'node_id');
  if (along) page.addSelect(along.json(`${main.name}.id`), 'node_json');
  sortKeys.forEach((key, i) => {
    page.addSelect(`CAST(${key.expression} AS text)`, `cursor_key_${i}`);
    page.addOrderBy(key.expression, direction);
  });
  page.limit(first + 1);

  const raw: Record<string, unknown>[] = await page.getRawMany();
  const entities = args.nodeIdsOnly
    ? raw.map((row) => Object.assign(main.metadata.create() as T, { id: row.node_id }))
    : entitiesOfRaw(page, raw);
  const hasNextPage = entities.length > first;
  if (along) raw.slice(0, first).forEach((row) => along.keep(row.node_id as string, row.node_json));
  const seal = (i: number) =>
    sealCursor(
      limits.auth.jwtSecret,
      scope,
      sortKeys.map((_, k) => raw[i][`cursor_key_${k}`]),
    );
  const edges = entities.slice(0, first).map((node, i) => new LazyEdge(node, () => seal(i)));
  return new LazyConnection(edges, Boolean(args.after), hasNextPage, () => countQuery.getCount());
}

/** An edge whose cursor is sealed (an encryption) only when the client reads it. */
class LazyEdge<T> implements Edge<T> {
  private sealed?: string;

  constructor(
    readonly node: T,
    private readonly seal: () => string,
  ) {}

  get cursor(): string {
    return (this.sealed ??= this.seal());
  }
}

/**
 * A page whose total is counted only when the client asks for it: the count scans every matching row with the
 * list's joins, the slowest statement of a list, and most views never show it.
 */
class LazyConnection<T> implements ConnectionShape<T> {
  private counted?: Promise<number>;

  constructor(
    readonly edges: LazyEdge<T>[],
    private readonly after: boolean,
    private readonly hasNextPage: boolean,
    private readonly count: () => Promise<number>,
  ) {}

  get totalCount(): Promise<number> {
    return (this.counted ??= this.count());
  }

  get pageInfo(): PageInfo {
    return {
      hasNextPage: this.hasNextPage,
      hasPreviousPage: this.after,
      startCursor: this.edges[0]?.cursor ?? null,
      endCursor: this.edges[this.edges.length - 1]?.cursor ?? null,
    };
  }
}
