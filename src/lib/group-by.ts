/** Rows grouped by a key, each group in the rows' order. */
export function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** The rows of each key, in the keys' order, an empty list for a key without rows: what a DataLoader batch returns. */
export function groupsInKeyOrder<T>(rows: readonly T[], keys: readonly string[], key: (row: T) => string): T[][] {
  const groups = groupBy(rows, key);
  return keys.map((k) => groups.get(k) ?? []);
}
