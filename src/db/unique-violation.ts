/**
 * A unique index is the last word on duplicates (two requests can pass a pre-check at the same moment); its
 * violation becomes the caller's typed error instead of a masked internal error.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } }).driverError ?? error;
  const { code, constraint: name } = driverError as { code?: string; constraint?: string };
  return code === '23505' && (constraint === undefined || name === constraint);
}

export function rethrowUniqueViolation(error: unknown, toError: () => Error, constraint?: string): never {
  if (isUniqueViolation(error, constraint)) throw toError();
  throw error;
}
