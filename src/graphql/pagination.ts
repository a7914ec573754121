import { ArgsType, Field, Int } from 'type-graphql';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { UserInputError } from './errors';
import { ConnectionShape } from './relay';
import { msg } from '../i18n/message';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size; at most the server maximum (100 by default)' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the previous page' })
  after?: string | null;
}

/** One column of a connection's total order; the last key must be unique (the id) so cursors are exact. */
export interface SortKey {
  expression: string;
  sqlType: 'text' | 'uuid' | 'timestamptz' | 'date' | 'integer' | 'bigint';
}

function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** PostgreSQL's text form of a timestamptz under DateStyle ISO, as `CAST(… AS text)` writes it below. */
const TIMESTAMPTZ = /^(\d{4}-\d{2}-\d{2}) ([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?[+-]\d{2}(:\d{2}){0,2}$/;
const DATE = /^(\d{4}-\d{2}-\d{2})$/;
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

function decodeCursor(cursor: string, sortKeys: SortKey[]): string[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === sortKeys.length &&
      values.every((v, i) => typeof v === 'string' && fitsSqlType(v, sortKeys[i].sqlType))
    ) {
      return values;
    }
  } catch {
    // falls through to the typed error below
  }
  throw new UserInputError(msg('graphql.cursorValidListStart'), 'after');
}

/**
 * Keyset pagination over a filtered query: the cursor holds the sort values of the last row (read back as text so
 * timestamps keep their microseconds), and the next page starts strictly after them. Unlike OFFSET it stays fast
 * and stable while rows are added.
 */
/** How long a page may be: the default when `first` is absent, and the most a client may ask for. */
export interface PageLimits {
  defaultPageSize: number;
  maxPageSize: number;
}

export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  sortKeys: SortKey[],
  direction: 'ASC' | 'DESC',
  args: PageArgs,
  limits: PageLimits,
): Promise<ConnectionShape<T>> {
  const first = args.first ?? limits.defaultPageSize;
  if (!Number.isInteger(first) || first < 1 || first > limits.maxPageSize) {
    throw new UserInputError(msg('graphql.firstBetween1', { maxPageSize: limits.maxPageSize }), 'first');
  }

  const totalCount = await query.clone().getCount();

  const page = query.clone();
  if (args.after) {
    const values = decodeCursor(args.after, sortKeys);
    const left = sortKeys.map((k) => k.expression).join(', ');
    const right = sortKeys.map((k, i) => `CAST(:cursor${i} AS ${k.sqlType})`).join(', ');
    page.andWhere(
      `(${left}) ${direction === 'ASC' ? '>' : '<'} (${right})`,
      Object.fromEntries(values.map((v, i) => [`cursor${i}`, v])),
    );
  }
  sortKeys.forEach((key, i) => {
    page.addSelect(`CAST(${key.expression} AS text)`, `cursor_key_${i}`);
    page.addOrderBy(key.expression, direction);
  });
  page.limit(first + 1);

  const { entities, raw } = await page.getRawAndEntities();
  const hasNextPage = entities.length > first;
  const edges = entities.slice(0, first).map((node, i) => ({
    node,
    cursor: encodeCursor(sortKeys.map((_, k) => raw[i][`cursor_key_${k}`])),
  }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
