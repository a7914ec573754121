import { GraphQLError } from 'graphql';
import { DatabaseOutage } from '../db/connection-errors';

/**
 * The errors a client may see. Each carries a stable `extensions.code`; input errors also name the `field` at
 * fault, as a path into the operation's arguments (for example `input.codiceFiscale`).
 */
export class UserInputError extends GraphQLError {
  constructor(message: string, field: string) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', field } });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(typeName: string, field = 'id') {
    super(`No ${typeName} has this ID`, { extensions: { code: 'NOT_FOUND', field } });
  }
}

export class ConflictError extends GraphQLError {
  constructor(message: string, field?: string) {
    super(message, { extensions: { code: 'CONFLICT', ...(field ? { field } : {}) } });
  }
}

/** Codes that are safe to show as they are; anything else is masked as an internal error. */
export const CLIENT_ERROR_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'SERVICE_UNAVAILABLE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_NOT_SUPPORTED',
]);

export class UnauthenticatedError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message: string, field?: string) {
    super(message, { extensions: { code: 'FORBIDDEN', ...(field ? { field } : {}) } });
  }
}

/** Too many failed sign-ins: the account or the client address is locked for a while. */
export class SignInLockedError extends GraphQLError {
  constructor(message: string, until: Date) {
    const retryAfterSeconds = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
    super(message, { extensions: { code: 'RATE_LIMITED', retryAfterSeconds, http: { status: 429 } } });
  }
}

const OUTAGE_MESSAGES: Record<DatabaseOutage, string> = {
  unreachable: 'The database is unreachable; try again shortly. Nothing was changed.',
  busy: 'The database is too busy to take this request now; try again shortly. Nothing was changed.',
};

export function outageMessage(outage: DatabaseOutage): string {
  return OUTAGE_MESSAGES[outage];
}

/** The request could not reach the database, so it did nothing and can be sent again as it is. */
export class ServiceUnavailableError extends GraphQLError {
  constructor(outage: DatabaseOutage) {
    super(outageMessage(outage), { extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } } });
  }
}
