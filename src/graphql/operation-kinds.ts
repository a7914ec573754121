import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { currentLocale } from '../i18n/request-locale';
import { translate } from '../i18n/translate';

/** The operation kinds Ponte answers over HTTP; it has no subscriptions (no WebSocket or SSE transport). */
const SERVED_KINDS = new Set(['query', 'mutation']);

/**
 * A `subscription` sent to /graphql would reach graphql-js's executor, fail there and be masked as an internal
 * error; it is a client's mistake, so it is refused first with its own code and HTTP 400.
 */
export function servedOperationKindsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (!operation || SERVED_KINDS.has(operation.operation)) return;
          throw new GraphQLError(
            translate(currentLocale(), 'lists.operationNotSupported', { kind: operation.operation }),
            {
              extensions: { code: 'OPERATION_NOT_SUPPORTED', http: { status: 400 } },
            },
          );
        },
      };
    },
  };
}
