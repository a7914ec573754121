/**
 * Why the database could not serve a request at all, as opposed to refusing it: `unreachable` when connections are
 * refused, reset, timed out or closed by a server shutting down; `busy` when no pooled connection came free in time.
 */
export type DatabaseOutage = 'unreachable' | 'busy';

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH']);

/** SQLSTATE class 08 (connection exception), and the server shutting down, crashing or still starting (57P01–57P03). */
const UNAVAILABLE_SQLSTATE = /^(08[0-9A-Z]{3}|57P0[123])$/;

/** node-postgres reports a lost connection by message only ("Connection terminated unexpectedly", "… is not queryable"). */
const UNREACHABLE_MESSAGE = /^Connection terminated|is not queryable$/;

const POOL_WAIT_TIMEOUT = 'timeout exceeded when trying to connect';

/**
 * Errors arrive wrapped (GraphQL's originalError and thrownValue, TypeORM's driverError, `cause`, AggregateError's
 * errors) and, under jest, from another realm where `instanceof Error` fails: the chain is followed by property.
 */
export function databaseOutage(error: unknown): DatabaseOutage | null {
  const pending = [error];
  const seen = new Set<unknown>();
  while (pending.length > 0 && seen.size < 20) {
    const candidate = pending.pop();
    if (!candidate || typeof candidate !== 'object' || seen.has(candidate)) continue;
    seen.add(candidate);
    const { code, message, originalError, thrownValue, driverError, cause, errors } = candidate as Record<
      string,
      unknown
    >;
    if (message === POOL_WAIT_TIMEOUT) return 'busy';
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code))) return 'unreachable';
    if (typeof message === 'string' && UNREACHABLE_MESSAGE.test(message)) return 'unreachable';
    pending.push(originalError, thrownValue, driverError, cause, ...(Array.isArray(errors) ? errors : []));
  }
  return null;
}
