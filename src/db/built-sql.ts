/** A statement composed from fragments, with its parameters in placeholder order. */
export interface BuiltSql {
  text: string;
  params: unknown[];
}

/** Adds a query parameter and returns its placeholder. */
export type SqlParam = (value: unknown) => string;

/** A parameter list that starts with `initial` ($1, $2, …) and grows as fragments add values. */
export function sqlParams(...initial: unknown[]): { params: unknown[]; param: SqlParam } {
  const params = [...initial];
  return { params, param: (value: unknown) => `$${params.push(value)}` };
}

/*
 * A list of keys sent as one array parameter is written differently for one key. For a prepared statement
 * PostgreSQL plans the first runs for the values given, then keeps one plan made for any values unless it looks
 * dearer than those; over an array of unknown length it looks dearer than a plan for a short array, so the
 * statement was planned again at every run, for a long statement several times its execution (an employer's
 * quota facts, a person's pairs, a loader's batch of one: quota-facts-statement.test.ts, matching-demo.test.ts,
 * lean-rows.test.ts). With one key the kept plan costs the same, and is kept.
 */

/** `column` equal to one of `keys`, cast to `sqlType` when given (otherwise of the column's type). */
export function equalsOneOf(column: string, keys: readonly unknown[], param: SqlParam, sqlType?: string): string {
  return keys.length === 1
    ? `${column} = ${param(keys[0])}${sqlType ? `::${sqlType}` : ''}`
    : `${column} = ANY(${param(keys)}${sqlType ? `::${sqlType}[]` : ''})`;
}

/** The distinct `keys`, of `sqlType`, as rows of one column `name`. */
export function rowsOfKeys(keys: readonly unknown[], param: SqlParam, sqlType: string, name: string): string {
  return keys.length === 1
    ? `SELECT ${param(keys[0])}::${sqlType} AS ${name}`
    : `SELECT DISTINCT unnest(${param(keys)}::${sqlType}[]) AS ${name}`;
}

/** A statement's only condition, that `column` is one of `keys`: its text and its parameters. */
export function keyCondition(column: string, keys: readonly unknown[], sqlType?: string): BuiltSql {
  const { params, param } = sqlParams();
  return { text: equalsOneOf(column, keys, param, sqlType), params };
}
