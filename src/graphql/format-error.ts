import { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ValidationError } from 'class-validator';
import { databaseOutage } from '../db/connection-errors';
import { loggableError } from '../db/loggable-error';
import { msg, render } from '../i18n/message';
import { apolloRequestError } from './apollo-request-errors';
import { CLIENT_ERROR_CODES, LocalizedError, outageMessage } from './errors';
import { validationProblem } from './validation-problems';
import { graphqlJsText } from './graphql-js-messages';
import { currentLocale } from '../i18n/request-locale';

interface FieldProblem {
  field: string;
  messages: string[];
}

/** class-validator reports nested inputs as a tree; clients get flat paths such as `input.constraints.maxWeeklyHours`. */
function flattenValidationErrors(errors: ValidationError[], prefix: string): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints
      ? [
          {
            field,
            messages: Object.entries(error.constraints).map(([name, text]) =>
              validationProblem(error, name, text, field),
            ),
          },
        ]
      : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/**
 * The single place where errors are shaped for clients: known client errors pass with their code and field,
 * class-validator failures become BAD_USER_INPUT with every field at fault, a database that cannot be reached
 * becomes SERVICE_UNAVAILABLE (worth retrying, unlike a bug), and everything else (database errors, bugs) is logged
 * and masked, so no SQL text, stack trace or personal data reaches the client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  const original = unwrapResolverError(error) as { extensions?: { validationErrors?: ValidationError[] } } | undefined;
  const validationErrors = original?.extensions?.validationErrors;

  if (code === 'BAD_USER_INPUT' && Array.isArray(validationErrors)) {
    const argumentName = inferArgumentName(validationErrors);
    const fields = flattenValidationErrors(validationErrors, argumentName);
    const first = fields[0];
    return {
      message: first
        ? render(msg('validation.invalidValue', { field: first.field, problems: first.messages.join('; ') }))
        : formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code, field: first?.field, fields },
    };
  }

  if (code && CLIENT_ERROR_CODES.has(code)) {
    const { stacktrace: _stacktrace, exception: _exception, ...extensions } = formatted.extensions ?? {};
    // Rendered again here, in the request's language, wherever the error was thrown.
    const message =
      original instanceof LocalizedError
        ? render(original.localized)
        : (graphqlJsText(formatted.message, currentLocale()) ?? formatted.message);
    return { ...formatted, message, extensions };
  }

  const apolloError = apolloRequestError(formatted);
  if (apolloError) return apolloError;

  const outage = databaseOutage(error);
  if (outage) {
    // One line, not a stack: during an outage every request fails the same way.
    console.warn(`Database ${outage} while answering a GraphQL request: ${formatted.message}`);
    return {
      message: render(outageMessage(outage)),
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    };
  }

  console.error(
    `Unexpected error while answering a GraphQL request at ${formatted.path?.join('.') ?? 'its start'}: ${loggableError(error)}`,
  );
  return {
    message: render(msg('common.internalError')),
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** Input classes are validated as the `input` argument by convention; plain arguments keep their own names. */
function inferArgumentName(errors: ValidationError[]): string {
  const target = errors[0]?.target as object | undefined;
  return target && target.constructor.name.endsWith('Input') ? 'input' : '';
}
