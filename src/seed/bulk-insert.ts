import { EntityManager } from 'typeorm';

/** Column name → SQL type, in insert order. Array types end in `[]`. */
export type ColumnTypes = Readonly<Record<string, string>>;

export type Row = Record<string, unknown>;

export const DEFAULT_BATCH_SIZE = 5000;

/**
 * Inserts rows with one `INSERT … SELECT … FROM unnest(…)` statement per batch: one array parameter per column, so
 * a batch costs one round trip and one parse however many rows it holds.
 *
 * unnest() flattens multidimensional arrays, so an array column (text[], uuid[]) travels as the text of an array
 * literal and is cast back in the select list.
 */
export async function bulkInsert(
  manager: EntityManager,
  table: string,
  columns: ColumnTypes,
  rows: readonly Row[],
  batchSize = DEFAULT_BATCH_SIZE,
): Promise<number> {
  const names = Object.keys(columns);
  const sql = insertStatement(table, columns);
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    const parameters = names.map((name) => {
      const isArray = columns[name].endsWith('[]');
      return batch.map((row) => {
        const value = row[name];
        if (value === undefined) throw new Error(`Seed row for ${table} has no value for ${name}`);
        return isArray && value !== null ? arrayLiteral(value as readonly unknown[]) : value;
      });
    });
    await manager.query(sql, parameters);
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
