import { GraphQLFormattedError } from 'graphql';
import { currentLocale } from '../i18n/request-locale';
import { translate } from '../i18n/translate';

/**
 * Apollo refuses an automatic persisted query whose hash does not match the text sent with it with HTTP 400 but no code of
 * its own, which formatError would mask as an internal error. It is the client's mistake: BAD_REQUEST.
 */
export function apolloRequestError(formatted: GraphQLFormattedError): GraphQLFormattedError | null {
  // Apollo gives every error without a code INTERNAL_SERVER_ERROR before formatError sees it.
  const code = formatted.extensions?.code;
  if ((code && code !== 'INTERNAL_SERVER_ERROR') || formatted.message !== 'provided sha does not match query') {
    return null;
  }
  return {
    message: translate(currentLocale(), 'lists.persistedQueryHashMismatch'),
    extensions: { code: 'BAD_REQUEST' },
  };
}
