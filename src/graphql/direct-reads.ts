import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLField,
  GraphQLObjectType,
  GraphQLOutputType,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  getNamedType,
  getNullableType,
  isEnumType,
  isListType,
  isObjectType,
} from 'graphql';
import { DataSource, EntityMetadata } from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { quotedTable } from '../db/lean-rows';
import type { Link, LinkTable } from './links';

/**
 * Direct reads: a record's subtree of a query that follows links to other records (an opening's employer, site,
 * town and skills) is read by one statement that builds it as JSON, instead of by a resolver per field and a loader
 * per link. The operation runs with that subtree cut down to the record's `id`; a list whose nodes it is reads their
 * JSON along with its page, and any other such record is read by its id after the operation (direct-request.ts);
 * the subtree is then put back in its place. Every list view of a front-end spent most of its time
 * in those resolvers (bench/README.md, "Everyday reads").
 *
 * A subtree is read directly only if every field in it is read as it is stored or through a declared link
 * (`Link`), and none has an access check of its own: the field that leads to the record keeps its resolver and its
 * checks, so the records read are those the ordinary execution gives, and inside the subtree nothing is hidden,
 * refused or audited. Anything else (arguments, directives, a value computed by a resolver, a type the statement
 * cannot write exactly as GraphQL serialises it) leaves the subtree to ordinary execution. The SQL written here casts
 * with CAST, never `::`, which the query builder of a list's page would take for a named parameter.
 */
export interface DirectReadSources {
  dataSource: DataSource;
  links: LinkTable;
  /**
   * Whether the field answers `audience` (a reader's role, null when anonymous) exactly what its resolver gives, no
   * access rule hiding, filtering or recording anything for them: only such fields are read directly.
   */
  answersAsResolved(typeName: string, field: GraphQLField<unknown, unknown>, audience: string | null): boolean;
  /** The audience of a request, from its context. */
  audienceOf(context: unknown): string | null;
  /** `Type.field` of every field with a resolver of its own (a link's included). */
  resolved: ReadonlySet<string>;
}

export interface Subtree {
  /** Response keys from the data's root to the field whose value is the record (lists are crossed). */
  path: string[];
  /** The record's JSON, over `from` (its row as `t0`, and the records joined to it). */
  json: string;
  from: string;
  /**
   * Whether the field that leads to the records answers the audience what its resolver gives (no guard looks into
   * the records): then a list may give its records as bare ids and read their JSON with its page.
   */
  idsSuffice: boolean;
}

export interface DirectPlan {
  /** The operation with each direct subtree cut down to `{ id }`. */
  document: DocumentNode;
  subtrees: Subtree[];
}

/** PostgreSQL's limit on a function's arguments, two per key in `json_build_object`. */
const MOST_FIELDS = 50;
const INTEGER_COLUMNS = new Set(['smallint', 'integer', 'int', 'int2', 'int4']);
const TEXT_COLUMNS = new Set(['text', 'varchar', 'character varying']);

export class DirectReads {
  private readonly entities = new Map<string, EntityMetadata>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly sources: DirectReadSources,
  ) {
    for (const metadata of sources.dataSource.entityMetadatas) {
      const primary = metadata.primaryColumns;
      const keyed = primary.length === 1 && primary[0].propertyName === 'id' && primary[0].type === 'uuid';
      if (keyed && isObjectType(schema.getType(metadata.name))) this.entities.set(metadata.name, metadata);
    }
  }

  /** The audience a request is planned for (its reader's role). */
  audienceOf(context: unknown): string | null {
    return this.sources.audienceOf(context);
  }

  /** The operation's direct subtrees for `audience` and the document to run instead, or null when it has none. */
  plan(document: DocumentNode, operation: OperationDefinitionNode, audience: string | null): DirectPlan | null {
    if (operation.operation !== 'query') return null;
    const fragments = new Map(
      document.definitions
        .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name.value, d]),
    );
    const subtrees: Subtree[] = [];
    const query = this.schema.getQueryType()!;
    const selectionSet = this.cut(operation.selectionSet, query, [], { fragments, audience }, subtrees);
    if (!subtrees.length) return null;
    const cutOperation = { ...operation, selectionSet };
    return {
      document: { ...document, definitions: document.definitions.map((d) => (d === operation ? cutOperation : d)) },
      subtrees,
    };
  }

  /** The selection set with its direct subtrees cut down; levels holding fragments are left whole. */
  private cut(
    set: SelectionSetNode,
    type: GraphQLObjectType,
    path: string[],
    planning: Planning,
    subtrees: Subtree[],
  ): SelectionSetNode {
    const fields = set.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD);
    const keys = fields.map(responseKey);
    if (fields.length !== set.selections.length || new Set(keys).size !== keys.length) return set;
    const selections = fields.map((field) => {
      const definition = type.getFields()[field.name.value];
      const named = definition && getNamedType(definition.type);
      if (!field.selectionSet || field.directives?.length || !isObjectType(named)) return field;
      const at = [...path, responseKey(field)];
      const entity = this.entities.get(named.name);
      const scope = newScope(planning);
      const json = entity && this.objectJson(field.selectionSet, named, scope.alias(), scope);
      if (entity && json?.readsLists) {
        subtrees.push({
          path: at,
          json: json.sql,
          from: [`FROM ${this.table(entity)} t0`, ...scope.joins].join(' '),
          idsSuffice: this.sources.answersAsResolved(type.name, definition, planning.audience),
        });
        return { ...field, selectionSet: idOnly };
      }
      return { ...field, selectionSet: this.cut(field.selectionSet, named, at, planning, subtrees) };
    });
    return { ...set, selections };
  }

  /**
   * The JSON of a record of `type` (table alias `alias`) as the selection asks for it, keys in the response's order;
   * null when a field cannot be read directly. The records it leads to one by one are joined to `scope`'s FROM, those
   * it leads to by lists are read by subqueries. `readsLists`: whether it reads a list of records (or the first of one),
   * which the resolvers read by a loader of its own, a statement at least; a record's own row and the records its keys
   * name are often in hand already (a list reads its rows, and may prime their parents' loaders), and then the
   * ordinary execution answers with no statement at all.
   */
  private objectJson(
    set: SelectionSetNode,
    type: GraphQLObjectType,
    alias: string,
    scope: Scope,
  ): { sql: string; readsLists: boolean } | null {
    const entity = this.entities.get(type.name);
    const fields = entity && fieldsOf(set, type, scope.planning.fragments);
    if (!entity || !fields || fields.length > MOST_FIELDS) return null;
    const parts: string[] = [];
    let readsLists = false;
    for (const field of fields) {
      const name = field.name.value;
      const key = `'${responseKey(field)}'`;
      if (name === '__typename') {
        parts.push(key, `CAST('${type.name}' AS text)`);
        continue;
      }
      const definition = type.getFields()[name];
      if (!definition || field.arguments?.length) return null;
      if (!this.sources.answersAsResolved(type.name, definition, scope.planning.audience)) return null;
      const link = this.sources.links[type.name]?.[name];
      let sql: string | null;
      if (link) {
        const linked =
          field.selectionSet &&
          this.linkJson({ entity, alias, link, fieldType: definition.type }, field.selectionSet, scope);
        sql = linked ? linked.sql : null;
        readsLists ||= link.kind !== 'parent' || Boolean(linked?.readsLists);
      } else if (name === 'id') {
        sql = globalIdSql(type.name, `${alias}.id`);
      } else if (this.sources.resolved.has(`${type.name}.${name}`)) {
        sql = null;
      } else {
        const column = entity.findColumnWithPropertyPath(name);
        sql = column ? leafSql(column, definition.type, `${alias}.${this.escape(column.databaseName)}`) : null;
      }
      if (sql === null) return null;
      parts.push(key, sql);
    }
    return { sql: `json_build_object(${parts.join(', ')})`, readsLists };
  }

  /** The JSON of the records a link leads to from the row `from.alias`, in the link's order. */
  private linkJson(
    from: { entity: EntityMetadata; alias: string; link: Link; fieldType: GraphQLOutputType },
    set: SelectionSetNode,
    scope: Scope,
  ): { sql: string; readsLists: boolean } | null {
    const { link, fieldType } = from;
    const target = this.sources.dataSource.getMetadata(link.target);
    const named = getNamedType(fieldType);
    const many = isListType(getNullableType(fieldType));
    if (!isObjectType(named) || named.name !== target.name || many !== (link.kind === 'children')) return null;
    const child = scope.alias();
    const column = (metadata: EntityMetadata, property: string) =>
      this.escape(metadata.findColumnWithPropertyPath(property)!.databaseName);
    if (link.kind === 'parent') {
      // Joined before the records it leads to in turn, whose joins name it.
      const on = `${child}.id = ${from.alias}.${column(from.entity, link.via)}`;
      scope.joins.push(`LEFT JOIN ${this.table(target)} ${child} ON ${on}`);
      const inner = this.objectJson(set, named, child, scope);
      return inner && { ...inner, sql: `CASE WHEN ${child}.id IS NULL THEN NULL ELSE ${inner.sql} END` };
    }
    const own: Scope = { ...scope, joins: [] };
    const inner = this.objectJson(set, named, child, own);
    if (!inner) return null;
    const order = Object.entries(link.order)
      .map(([property, direction]) => `${child}.${column(target, property)} ${direction}`)
      .join(', ');
    const rows = `FROM ${this.table(target)} ${child} ${own.joins.join(' ')} WHERE ${child}.${column(target, link.foreignKey)} = ${from.alias}.id`;
    const sql =
      link.kind === 'first'
        ? `(SELECT ${inner.sql} ${rows} ORDER BY ${order} LIMIT 1)`
        : `(SELECT COALESCE(json_agg(${inner.sql} ORDER BY ${order}), CAST('[]' AS json)) ${rows})`;
    return { sql, readsLists: true };
  }

  private table(metadata: EntityMetadata): string {
    return quotedTable(this.sources.dataSource, metadata);
  }

  private escape(name: string): string {
    return this.sources.dataSource.driver.escape(name);
  }
}

/** What a plan is made for: the document's fragments, and the audience whose access rules apply. */
interface Planning {
  fragments: Map<string, FragmentDefinitionNode>;
  audience: string | null;
}

/** The FROM a record's JSON is built over: its row's table, the records joined to it, aliases t0, t1… */
interface Scope {
  planning: Planning;
  joins: string[];
  alias(): string;
}

function newScope(planning: Planning): Scope {
  let next = 0;
  return { planning, joins: [], alias: () => `t${next++}` };
}

const idOnly: SelectionSetNode = {
  kind: Kind.SELECTION_SET,
  selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: 'id' } }],
};

function responseKey(field: FieldNode): string {
  return field.alias?.value ?? field.name.value;
}

/** The fields a selection set asks of `type`, through its fragments; null if they would need GraphQL's merging. */
function fieldsOf(
  set: SelectionSetNode,
  type: GraphQLObjectType,
  fragments: Map<string, FragmentDefinitionNode>,
): FieldNode[] | null {
  const fields: FieldNode[] = [];
  for (const selection of set.selections) {
    if (selection.directives?.length) return null;
    if (selection.kind === Kind.FIELD) {
      fields.push(selection);
      continue;
    }
    const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
    const condition = fragment?.typeCondition?.name.value;
    if (!fragment || (condition !== undefined && condition !== type.name)) return null;
    const inner = fieldsOf(fragment.selectionSet, type, fragments);
    if (!inner) return null;
    fields.push(...inner);
  }
  const keys = fields.map(responseKey);
  return new Set(keys).size === keys.length ? fields : null;
}

/**
 * A Relay global ID as `toGlobalId` writes it: base64url of `Type:uuid`, without padding (PostgreSQL's base64 also
 * breaks lines every 76 characters). `replace` and `rtrim` rather than one `translate`, which costs four times as
 * much (measured: 2 µs against 0.5 per ID, and a page of openings holds hundreds).
 */
export function globalIdSql(typeName: string, id: string): string {
  const base64 = `encode(convert_to('${typeName}:' || CAST(${id} AS text), 'UTF8'), 'base64')`;
  return `rtrim(replace(replace(replace(${base64}, E'\\n', ''), '+', '-'), '/', '_'), '=')`;
}

/** A stored value as GraphQL serialises it, for the column types whose JSON is exactly that; null for the others. */
function leafSql(column: ColumnMetadata, type: GraphQLOutputType, sql: string): string | null {
  if (column.transformer || column.isVirtual) return null;
  const columnType = typeof column.type === 'string' ? column.type : '';
  const nullable = getNullableType(type);
  const named = getNamedType(type);
  const text = TEXT_COLUMNS.has(columnType);
  const storedAsNamed = isEnumType(named) && named.getValues().every((value) => value.value === value.name);
  if (column.isArray) {
    return isListType(nullable) && text && (storedAsNamed || named.name === 'String') ? `to_json(${sql})` : null;
  }
  if (isListType(nullable)) return null;
  if (isEnumType(named)) return text && storedAsNamed ? sql : null;
  // An instant as graphql-scalars' DateTime writes the Date pg parsed (its milliseconds truncated, as to_char's).
  if (named.name === 'DateTime' && columnType === 'timestamptz') {
    return `to_char(${sql} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  }
  const readable =
    (named.name === 'String' && text) ||
    (named.name === 'Int' && INTEGER_COLUMNS.has(columnType)) ||
    (named.name === 'Boolean' && columnType === 'boolean') ||
    (named.name === 'LocalDate' && columnType === 'date');
  return readable ? sql : null;
}
