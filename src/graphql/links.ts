import { ObjectLiteral } from 'typeorm';
import type { Direction } from '../db/lean-rows';

type EntityClass<T> = { new (): T; name: string };
/** The order of a group of children, property by property: the same order always shares one loader. */
export type ChildOrder<T> = Partial<Record<keyof T & string, Direction>>;

/**
 * A field that leads from a record to other records, declared once: its resolver follows it through the request's
 * loaders (`Loaders.follow`), and a direct read (direct-reads.ts) writes the same relation, in the same order, as SQL.
 */
export type Link =
  /** The record a key of the parent's names (`opening.employerId` → the employer); null when the key is. */
  | { kind: 'parent'; target: EntityClass<ObjectLiteral>; via: string }
  /** The records whose foreign key names the parent, in `order`. */
  | { kind: 'children'; target: EntityClass<ObjectLiteral>; foreignKey: string; order: ChildOrder<ObjectLiteral> }
  /** The first of those children, or null. */
  | { kind: 'first'; target: EntityClass<ObjectLiteral>; foreignKey: string; order: ChildOrder<ObjectLiteral> };

/** The links of some GraphQL types, by type name and field name. */
export type LinkTable = Readonly<Record<string, Readonly<Record<string, Link>>>>;

export function parentLink<P, T extends ObjectLiteral>(target: EntityClass<T>, via: keyof P & string): Link {
  return { kind: 'parent', target, via };
}

export function childrenLink<T extends ObjectLiteral>(
  target: EntityClass<T>,
  foreignKey: keyof T & string,
  order: ChildOrder<T>,
): Link {
  return { kind: 'children', target, foreignKey, order: totalOrder(order) };
}

export function firstChildLink<T extends ObjectLiteral>(
  target: EntityClass<T>,
  foreignKey: keyof T & string,
  order: ChildOrder<T>,
): Link {
  return { kind: 'first', target, foreignKey, order: totalOrder(order) };
}

/** Ties broken by the id: two statements reading the same children (a loader's, a direct read's) agree on their order. */
function totalOrder<T>(order: ChildOrder<T>): ChildOrder<ObjectLiteral> {
  return 'id' in order ? order : { ...order, id: 'ASC' };
}
