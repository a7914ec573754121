import type { ApolloServerPlugin } from '@apollo/server';

/**
 * graphql-js ends an error with "Did you mean …?" for an unknown field, argument, type, input field or enum value,
 * whether written in the query or sent in a variable. The names it offers would reveal the schema that production
 * does not let clients introspect. Enum values and field names cannot hold a question mark, so the sentence ends at
 * the first one.
 */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** Removes every suggestion from the errors of a request, in validation and in the coercion of variables alike. */
export function hideSuggestionsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) error.message = error.message.replace(SUGGESTION, '');
        },
      };
    },
  };
}
