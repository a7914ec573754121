import { Options as CsvOptions, stringify } from 'csv-stringify/sync';
import { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'stream';
import { pipeline } from 'stream/promises';
import { EntityManager } from 'typeorm';

/** Column name → SQL type, in insert order. Array types end in `[]`. */
export type ColumnTypes = Readonly<Record<string, string>>;

export type Row = Record<string, unknown>;

/**
 * How the seed writes its rows. COPY streams every row of a call in one statement and is the fast way into a
 * PostgreSQL server; the embedded database's socket does not carry COPY's sub-protocol, so it takes batched
 * INSERTs. Both write the same rows (a test compares them).
 */
export type RowWriting = 'copy' | 'insert';

/** Writes rows into one table; answers how many. */
export type RowWriter = (table: string, columns: ColumnTypes, rows: readonly Row[]) => Promise<number>;

const DEFAULT_BATCH_SIZE = 5000;

export function rowWriter(manager: EntityManager, writing: RowWriting): RowWriter {
  return writing === 'copy'
    ? (table, columns, rows) => copyRows(manager, table, columns, rows)
    : (table, columns, rows) => bulkInsert(manager, table, columns, rows);
}

/** The row's values in column order, an array as the text of its literal; a missing column is a seed bug. */
function valuesOf(table: string, columns: ColumnTypes, row: Row): unknown[] {
  return Object.keys(columns).map((name) => {
    const value = row[name];
    if (value === undefined) throw new Error(`Seed row for ${table} has no value for ${name}`);
    return columns[name].endsWith('[]') && value !== null ? arrayLiteral(value as readonly unknown[]) : value;
  });
}

/** Every string quoted, so an empty string stays empty and only a missing value (unquoted, empty) is NULL. */
const CSV: CsvOptions = {
  quoted_string: true,
  cast: { boolean: (value) => (value ? 't' : 'f'), date: (value) => value.toISOString() },
};

/** Rows per piece of CSV sent: one socket write each, rather than one per row (a system call per row is slow). */
const ROWS_PER_PIECE = 2000;

function* csvPieces(table: string, columns: ColumnTypes, rows: readonly Row[]): Generator<string> {
  for (let start = 0; start < rows.length; start += ROWS_PER_PIECE) {
    yield stringify(
      rows.slice(start, start + ROWS_PER_PIECE).map((row) => valuesOf(table, columns, row)),
      CSV,
    );
  }
}

/** One `COPY … FROM STDIN` in CSV on the transaction's own connection. */
async function copyRows(
  manager: EntityManager,
  table: string,
  columns: ColumnTypes,
  rows: readonly Row[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const runner = manager.queryRunner;
  if (!runner) throw new Error('COPY needs the seed transaction’s own connection');
  const client = (await runner.connect()) as PoolClient;
  const copy = client.query(copyFrom(`COPY ${table} (${Object.keys(columns).join(', ')}) FROM STDIN (FORMAT csv)`));
  await pipeline(Readable.from(csvPieces(table, columns, rows)), copy);
  return rows.length;
}

/**
 * Inserts rows with one `INSERT … SELECT … FROM unnest(…)` statement per batch: one array parameter per column, so
 * a batch costs one round trip and one parse however many rows it holds.
 *
 * unnest() flattens multidimensional arrays, so an array column (text[], uuid[]) travels as the text of an array
 * literal and is cast back in the select list.
 */
async function bulkInsert(
  manager: EntityManager,
  table: string,
  columns: ColumnTypes,
  rows: readonly Row[],
  batchSize = DEFAULT_BATCH_SIZE,
): Promise<number> {
  const names = Object.keys(columns);
  const sql = insertStatement(table, columns);
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize).map((row) => valuesOf(table, columns, row));
    await manager.query(
      sql,
      names.map((_, i) => batch.map((values) => values[i])),
    );
  }
  return rows.length;
}

function insertStatement(table: string, columns: ColumnTypes): string {
  const names = Object.keys(columns);
  const unnestArgs = names.map((name, i) => {
    const type = columns[name];
    return `$${i + 1}::${type.endsWith('[]') ? 'text' : type}[]`;
  });
  const selected = names.map((name, i) => {
    const type = columns[name];
    return type.endsWith('[]') ? `c${i}::${type}` : `c${i}`;
  });
  const aliases = names.map((_, i) => `c${i}`);
  return (
    `INSERT INTO ${table} (${names.join(', ')}) ` +
    `SELECT ${selected.join(', ')} FROM unnest(${unnestArgs.join(', ')}) AS t(${aliases.join(', ')})`
  );
}

/** PostgreSQL array literal with every element quoted: `{"A","B"}`. */
export function arrayLiteral(values: readonly unknown[]): string {
  const quoted = values.map((v) => {
    if (v === null) return 'NULL';
    return `"${String(v).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  });
  return `{${quoted.join(',')}}`;
}
