import { DataSource, EntityManager, EntityMetadata, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DriverUtils } from 'typeorm/driver/DriverUtils';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { equalsOneOf, sqlParams } from './built-sql';

type EntityClass<T> = { new (): T; name: string };
/** A lean read's statement around its condition on `column`. */
type StatementParts = { select: string; column: string; orderBy: string };
export type Direction = 'ASC' | 'DESC';

/**
 * An entity read by a statement of its own and made from its rows without TypeORM's query builder and result
 * transformer, which a loader ran at every batch: the statement is written once per key and order, and a batch
 * costs about 0.6× the CPU of `find` (bench/README.md, "Everyday reads"). Each value still goes through the
 * driver's own hydration, so types, dates and column transformers come out exactly as `find` gives them; the
 * shapes `find` would treat differently (eager or lazy relations, soft deletion, inheritance, load listeners) are
 * refused when first read, never read differently.
 */
export class LeanEntity<T extends ObjectLiteral> {
  private readonly columns: ColumnMetadata[];
  private readonly statements = new Map<string, StatementParts>();
  private readonly aliased = new Map<string, Map<ColumnMetadata, string>>();

  constructor(
    private readonly metadata: EntityMetadata,
    private readonly dataSource: DataSource,
  ) {
    const refused =
      metadata.eagerRelations.length > 0 ||
      metadata.lazyRelations.length > 0 ||
      metadata.deleteDateColumn !== undefined ||
      metadata.childEntityMetadatas.length > 0 ||
      metadata.parentEntityMetadata !== undefined ||
      metadata.afterLoadListeners.length > 0 ||
      dataSource.subscribers.some((subscriber) => typeof subscriber.afterLoad === 'function');
    if (refused) throw new Error(`${metadata.name} cannot be read lean: TypeORM's find would read it differently`);
    this.columns = metadata.columns.filter((column) => !column.isVirtual && column.isSelect);
  }

  /** The rows whose `property` is one of `values`, in `order` (ties in the database's order, as with `find`). */
  async whereIn(
    manager: EntityManager,
    property: string,
    values: readonly unknown[],
    order: ReadonlyArray<[string, Direction]> = [],
  ): Promise<T[]> {
    const { params, param } = sqlParams();
    const { select, column, orderBy } = this.statementOf(property, order);
    const where = equalsOneOf(column, values, param);
    const rows: Record<string, unknown>[] = await manager.query(`${select} WHERE ${where}${orderBy}`, params);
    return rows.map((row) => this.fromRow(row, (column) => column.databaseName)!);
  }

  /**
   * The entity of one row of a query builder's raw result, its columns under the builder's aliases for `alias`;
   * undefined when every column is null (a left join that found nothing), as TypeORM's transformer decides.
   */
  fromAliased(row: Record<string, unknown>, alias: string): T | undefined {
    let keys = this.aliased.get(alias);
    if (!keys) {
      const driver = this.dataSource.driver;
      keys = new Map(this.columns.map((c) => [c, DriverUtils.buildAlias(driver, undefined, alias, c.databaseName)]));
      this.aliased.set(alias, keys);
    }
    const byColumn = keys;
    return this.fromRow(row, (column) => byColumn.get(column)!);
  }

  private fromRow(row: Record<string, unknown>, keyOf: (column: ColumnMetadata) => string): T | undefined {
    const entity = this.metadata.create() as T;
    let found = false;
    for (const column of this.columns) {
      const value = row[keyOf(column)];
      if (value === undefined) continue;
      if (value !== null) found = true;
      column.setEntityValue(entity, this.dataSource.driver.prepareHydratedValue(value, column));
    }
    return found ? entity : undefined;
  }

  /** The statement's parts around its condition, written once per key and order. */
  private statementOf(property: string, order: ReadonlyArray<[string, Direction]>): StatementParts {
    const key = `${property} ${order.map((o) => o.join(' ')).join(', ')}`;
    let statement = this.statements.get(key);
    if (!statement) {
      const escape = (name: string) => this.dataSource.driver.escape(name);
      const columns = this.columns.map((column) => escape(column.databaseName)).join(', ');
      const orderBy = order.map(([p, direction]) => `${escape(this.columnOf(p))} ${direction}`).join(', ');
      statement = {
        select: `SELECT ${columns} FROM ${quotedTable(this.dataSource, this.metadata)}`,
        column: escape(this.columnOf(property)),
        orderBy: orderBy ? ` ORDER BY ${orderBy}` : '',
      };
      this.statements.set(key, statement);
    }
    return statement;
  }

  private columnOf(property: string): string {
    const column = this.metadata.findColumnWithPropertyPath(property);
    if (!column) throw new Error(`${this.metadata.name} has no column for ${property}`);
    return column.databaseName;
  }
}

/** An entity's table as the query builder names it: each part of `schema.table` quoted on its own. */
export function quotedTable(dataSource: DataSource, metadata: EntityMetadata): string {
  return metadata.tablePath
    .split('.')
    .map((part) => dataSource.driver.escape(part))
    .join('.');
}

const entities = new WeakMap<DataSource, Map<EntityMetadata, LeanEntity<ObjectLiteral>>>();

/** The lean reader of an entity, made once per data source. */
export function leanEntity<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityClass<T>): LeanEntity<T> {
  return leanOf(dataSource, dataSource.getMetadata(entity));
}

function leanOf<T extends ObjectLiteral>(dataSource: DataSource, metadata: EntityMetadata): LeanEntity<T> {
  let byMetadata = entities.get(dataSource);
  if (!byMetadata) entities.set(dataSource, (byMetadata = new Map()));
  let lean = byMetadata.get(metadata);
  if (!lean) byMetadata.set(metadata, (lean = new LeanEntity(metadata, dataSource)));
  return lean as unknown as LeanEntity<T>;
}

/**
 * The entities of a query builder's raw rows, one per row: its main alias, and each selected join set on the
 * property it is mapped to (`leftJoinAndMapOne`; null when it found nothing). Other joins would need TypeORM's
 * grouping of rows and are refused.
 */
export function entitiesOfRaw<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  raw: Record<string, unknown>[],
): T[] {
  const { mainAlias, joinAttributes, relationIdAttributes } = query.expressionMap;
  if (!mainAlias?.hasMetadata || relationIdAttributes.length > 0) {
    throw new Error('Only an entity with joins mapped to one property can be made from raw rows');
  }
  const main = leanOf<T>(query.connection, mainAlias.metadata);
  const joins = joinAttributes
    .filter((join) => join.isSelected)
    .map((join) => {
      const property = join.mapToPropertyPropertyName;
      if (!property || join.isMany || !join.metadata || join.mapToPropertyParentAlias !== mainAlias.name) {
        throw new Error(`The join ${join.alias.name} is not mapped to one property of ${mainAlias.name}`);
      }
      return { property, alias: join.alias.name, lean: leanOf(query.connection, join.metadata) };
    });
  return raw.map((row) => {
    const entity = main.fromAliased(row, mainAlias.name)! as Record<string, unknown>;
    for (const join of joins) entity[join.property] = join.lean.fromAliased(row, join.alias) ?? null;
    return entity as T;
  });
}
