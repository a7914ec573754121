import { Field, ID, InterfaceType, ObjectType, ClassType, Int } from 'type-graphql';

/**
 * Relay global IDs: opaque to clients, they carry the type so `node(id)` can find any record and an ID of the wrong
 * type is rejected instead of silently matching another table's UUID.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NUMBER = /^[1-9][0-9]{0,17}$/;

/** Types whose records are numbered in the order written (the audit trail), not keyed by a UUID. */
const NUMBERED = new Set<string>();

/** Declares that `typeName`'s records are numbered: their global IDs carry the number, and only a number. */
export function numberedType(typeName: string): void {
  NUMBERED.add(typeName);
}

export function toGlobalId(typeName: string, id: string): string {
  return Buffer.from(`${typeName}:${id}`, 'utf8').toString('base64url');
}

/**
 * The one decoder of global IDs. The UUID comes out in its canonical lower-case form, whatever letter case the
 * client sent: PostgreSQL's `uuid` ignores case while the DataLoaders key rows by the lower-case text, so an
 * access check and the SQL behind it must see the same spelling of the same record.
 */
export function fromGlobalId(globalId: string): { typeName: string; id: string } | null {
  if (globalId.length > 200) return null;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const separator = decoded.indexOf(':');
  if (separator <= 0) return null;
  const typeName = decoded.slice(0, separator);
  const id = decoded.slice(separator + 1);
  const keyShape = NUMBERED.has(typeName) ? NUMBER : UUID;
  if (!keyShape.test(id) || toGlobalId(typeName, id) !== globalId) return null;
  return { typeName, id: id.toLowerCase() };
}

/** A node's GraphQL type is its entity's class. */
export const resolveNodeType = (value: object): string => value.constructor.name;

@InterfaceType({
  description: 'An object with a global ID, fetchable with the `node` query',
  resolveType: resolveNodeType,
})
export abstract class Node {
  /** The database key (a UUID); the GraphQL `id` is derived from it and the type name. */
  abstract id: string;

  @Field(() => ID, { name: 'id', description: 'Global, opaque identifier' })
  get globalId(): string {
    return toGlobalId(this.constructor.name, this.id);
  }
}

@ObjectType({
  description: 'Where a page of a list stands (Relay cursor connections); lists page forward with `first` and `after`',
})
export class PageInfo {
  @Field({ description: 'True when more nodes follow: ask again with `after` set to `endCursor`' })
  hasNextPage: boolean;

  @Field({ description: 'True when this page was asked for with `after`, so nodes come before it' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge of this page; null when it is empty' })
  startCursor: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last edge of this page, to pass as `after` for the next one; null when it is empty',
  })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** A promise where counting costs a statement: lists count only when the client asks (a getter). */
  totalCount: number | Promise<number>;
}

/** Builds the `XConnection` and `XEdge` types of a node type (Relay cursor connections spec). */
export function Connection<T extends object>(nodeType: ClassType<T>) {
  const name = nodeType.name;

  @ObjectType(`${name}Edge`, { description: `One ${name} of a page, with the cursor that marks its place` })
  class EdgeType {
    @Field({
      description: 'Opaque position of this edge in the list, to pass as `after`; valid only for the same list',
    })
    cursor: string;

    @Field(() => nodeType, { description: `The ${name} itself` })
    node: T;
  }

  @ObjectType()
  abstract class ConnectionType implements ConnectionShape<T> {
    @Field(() => [EdgeType], { description: 'The nodes of this page, in the list’s order' })
    edges: Edge<T>[];

    @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursor to ask for the next one' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'Number of nodes matching the filter, across all pages' })
    totalCount: number | Promise<number>;
  }

  return ConnectionType;
}
