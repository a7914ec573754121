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
