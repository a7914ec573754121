import { GraphQLError } from 'graphql';
import { DatabaseOutage } from '../db/connection-errors';
import { Message, msg, render } from '../i18n/message';

/**
 * An error for people: it carries a catalogue message, not a sentence, so the words come out in the request's
 * language (rendered again by formatError, whatever language was current where it was thrown). The classes below
 * take only `Message`s: a plain string cannot bypass the catalogue.
 */
export class LocalizedError extends GraphQLError {
  readonly localized: Message;

  constructor(message: Message, extensions: Record<string, unknown>) {
    super(render(message), { extensions });
    this.localized = message;
  }
}

/**
 * The errors a client may see. Each carries a stable `extensions.code`; input errors also name the `field` at
 * fault, as a path into the operation's arguments (for example `input.codiceFiscale`).
 */
export class UserInputError extends LocalizedError {
  constructor(message: Message, field: string) {
    super(message, { code: 'BAD_USER_INPUT', field });
  }
}

export class NotFoundError extends LocalizedError {
  constructor(typeName: string, field = 'id') {
    super(msg('errors.notFound', { typeName }), { code: 'NOT_FOUND', field });
  }
}

export class ConflictError extends LocalizedError {
  constructor(message: Message, field?: string) {
    super(message, { code: 'CONFLICT', ...(field ? { field } : {}) });
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

export class UnauthenticatedError extends LocalizedError {
  constructor(message: Message) {
    super(message, { code: 'UNAUTHENTICATED', http: { status: 401 } });
  }
}

export class ForbiddenError extends LocalizedError {
  constructor(message: Message, field?: string) {
    super(message, { code: 'FORBIDDEN', ...(field ? { field } : {}) });
  }
}

/** Too many failed sign-ins: the account or the client address is locked for a while. */
export class SignInLockedError extends LocalizedError {
  constructor(message: Message, until: Date) {
    const retryAfterSeconds = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
    super(message, { code: 'RATE_LIMITED', retryAfterSeconds, http: { status: 429 } });
  }
}

export function outageMessage(outage: DatabaseOutage): Message {
  return msg(outage === 'unreachable' ? 'errors.databaseUnreachable' : 'errors.databaseBusy');
}

/** The request could not reach the database, so it did nothing and can be sent again as it is. */
export class ServiceUnavailableError extends LocalizedError {
  constructor(outage: DatabaseOutage) {
    super(outageMessage(outage), { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } });
  }
}
