import DataLoader from 'dataloader';
import { EntityManager, ObjectLiteral } from 'typeorm';
import { Direction, leanEntity } from '../db/lean-rows';
import type { ChildOrder, Link } from './links';

type EntityClass<T> = { new (): T; name: string };

/**
 * The per-request DataLoaders. Each relation gets one loader, created on first use and kept for the request only
 * (loaders cache, and a cache shared between requests would leak data between users and go stale). A batch is one
 * query whatever the number of parents, its rows made into entities by the lean reader.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  constructor(private readonly manager: EntityManager) {}

  /** Forgets everything loaded so far: after a write, the fields of its result must show the new state. */
  clearAll(): void {
    for (const loader of this.loaders.values()) loader.clearAll();
  }

  /** Loads entities by primary key; a missing key yields null. */
  byId<T extends ObjectLiteral & { id: string }>(entity: EntityClass<T>): DataLoader<string, T | null> {
    return this.byKey(entity, 'id');
  }

  /** Loads entities by a unique property; a missing key yields null. */
  byKey<T extends ObjectLiteral, K extends keyof T & string>(
    entity: EntityClass<T>,
    key: K,
  ): DataLoader<T[K] & (string | number), T | null> {
    return this.loader(`${entity.name} by ${key}`, async (keys: readonly (T[K] & (string | number))[]) => {
      const rows = await this.read(entity, key, keys);
      const byKey = new Map(rows.map((row) => [row[key], row]));
      return keys.map((k) => byKey.get(k) ?? null);
    });
  }

  /** Loads the children of each parent through a foreign-key property, each group in the given order. */
  manyBy<T extends ObjectLiteral>(
    entity: EntityClass<T>,
    foreignKey: keyof T & string,
    order?: ChildOrder<T>,
  ): DataLoader<string, T[]> {
    return this.loader(
      `${entity.name} grouped by ${foreignKey} ordered ${JSON.stringify(order ?? {})}`,
      async (parentIds: readonly string[]) => {
        const rows = await this.read(entity, foreignKey, parentIds, order);
        const groups = new Map<string, T[]>(parentIds.map((id) => [id, []]));
        for (const row of rows) groups.get(row[foreignKey] as string)?.push(row);
        return parentIds.map((id) => groups.get(id) ?? []);
      },
    );
  }

  /** Loads the one child of each parent keyed by a unique foreign key (a one-to-one relation). */
  oneBy<T extends ObjectLiteral>(entity: EntityClass<T>, foreignKey: keyof T & string): DataLoader<string, T | null> {
    return this.loader(`${entity.name} one by ${foreignKey}`, async (parentIds: readonly string[]) => {
      const rows = await this.read(entity, foreignKey, parentIds);
      const byParent = new Map(rows.map((row) => [row[foreignKey] as string, row]));
      return parentIds.map((id) => byParent.get(id) ?? null);
    });
  }

  /** The record a link leads to from `parent` (a `parent` or `first` link), or null. */
  async followOne<T>(link: Link, parent: ObjectLiteral): Promise<T | null> {
    if (link.kind === 'children') throw new Error('A link to many records is followed with followMany');
    if (link.kind === 'first') return ((await this.followMany<T>(link, parent))[0] ?? null) as T | null;
    const key = parent[link.via] as string | null;
    return key == null ? null : ((await this.byId(link.target as EntityClass<{ id: string }>).load(key)) as T | null);
  }

  /** The records a `children` or `first` link leads to from `parent`, in the link's order. */
  followMany<T>(link: Link, parent: ObjectLiteral): Promise<T[]> {
    if (link.kind === 'parent') throw new Error('A link to one record is followed with followOne');
    return this.manyBy(link.target, link.foreignKey, link.order).load(parent.id) as Promise<T[]>;
  }

  /** A statement of the caller's own, on the connection this request's loaders read from (a replica, when routed). */
  query<R>(sql: string, params: unknown[]): Promise<R[]> {
    return this.manager.query(sql, params);
  }

  /**
   * A loader of a module's own (a computed value, a read the generic loaders above do not cover), kept with the
   * others for this request under a name the module chooses.
   */
  named<K, V>(name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    return this.loader(`named: ${name}`, batch);
  }

  private read<T extends ObjectLiteral>(
    entity: EntityClass<T>,
    property: string,
    values: readonly unknown[],
    order: ChildOrder<T> = {},
  ): Promise<T[]> {
    const sorted = Object.entries(order) as Array<[string, Direction]>;
    return leanEntity(this.manager.connection, entity).whereIn(this.manager, property, values, sorted);
  }

  private loader<K, V>(name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}
