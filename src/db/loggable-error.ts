/**
 * What Ponte writes to its logs about an error: enough to find the fault, never the values involved. A failed
 * statement carries its parameters (codici fiscali, referral reasons…) and PostgreSQL's `detail` quotes the row or
 * key at fault, so neither is written; nor the part of PostgreSQL's message after a colon, where it quotes the value
 * it could not read (`invalid input syntax for type uuid: "…"`). What names things stays: the SQLSTATE, the
 * constraint, table and column, and the statement's text, whose values are always parameters.
 */

interface DatabaseErrorFields {
  code?: unknown;
  constraint?: unknown;
  table?: unknown;
  column?: unknown;
  message?: unknown;
}

/** A PostgreSQL error, given directly or as TypeORM's QueryFailedError around it. */
function postgresFields(error: unknown): DatabaseErrorFields | null {
  if (!error || typeof error !== 'object') return null;
  const candidate = ((error as { driverError?: unknown }).driverError ?? error) as DatabaseErrorFields;
  return typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code) ? candidate : null;
}

/** The stack's frames, without its first line (the message). */
function frames(error: Error): string {
  return (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');
}

export function describeDatabaseError(error: unknown): string | null {
  const fields = postgresFields(error);
  if (!fields) return null;
  const names = (['constraint', 'table', 'column'] as const)
    .filter((key) => typeof fields[key] === 'string')
    .map((key) => `${key} ${String(fields[key])}`);
  const message = String(fields.message ?? '').split(': ')[0];
  return [`SQLSTATE ${String(fields.code)}`, ...names].join(', ') + ` (${message})`;
}

/** One error as a log line or block; a wrapped error (GraphQL's originalError) is described by what it wraps. */
export function loggableError(error: unknown): string {
  const inner = (error as { originalError?: unknown } | null)?.originalError ?? error;
  const database = describeDatabaseError(inner);
  if (database)
    return `${(inner as Error).name ?? 'DatabaseError'}: ${database}\n${inner instanceof Error ? frames(inner) : ''}`.trim();
  if (inner instanceof Error) return inner.stack ?? `${inner.name}: ${inner.message}`;
  return String(inner);
}
