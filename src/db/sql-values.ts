/**
 * The one way a closed-list value (an enum member) is written into SQL text rather than passed as a parameter:
 * where a statement is built once for many uses (a function body, a shared condition). Only the identifiers enums
 * are made of are accepted, so nothing else can be spliced in.
 */
export function sqlValueList(values: readonly string[]): string {
  for (const value of values) {
    if (!/^[A-Z][A-Z0-9_]*$/.test(value)) throw new Error(`Not a closed-list value: ${value}`);
  }
  return `(${values.map((value) => `'${value}'`).join(', ')})`;
}

/** One closed-list value written into SQL text, by the same rule. */
export function sqlValue(value: string): string {
  return sqlValueList([value]).slice(1, -1);
}

/** Closed-list values as a SQL array literal (`ARRAY['A', 'B']`), by the same rule. */
export function sqlValueArray(values: readonly string[]): string {
  return `ARRAY[${sqlValueList(values).slice(1, -1)}]`;
}
