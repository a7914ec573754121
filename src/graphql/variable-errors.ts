import type { ApolloServerPlugin } from '@apollo/server';
import { ASTNode, GraphQLError, Kind, OperationDefinitionNode, visit } from 'graphql';

/**
 * A variable GraphQL cannot coerce (an impossible date, 2^31 for an Int, a value outside an enum, an unknown or
 * missing input field) is refused before any resolver runs, with a message that names the client's variable. This
 * adds the `field` that every other input error carries, as a path into the operation's arguments: `$in` given as
 * `receiveReferral(input: $in)` and wrong at `in.referral.referredOn` gives `input.referral.referredOn`.
 */
export function variableFieldPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, operation }) {
          if (!operation) return;
          for (const error of errors) {
            const field = fieldAtFault(error, operation);
            if (field) (error.extensions as Record<string, unknown>).field = field;
          }
        },
      };
    },
  };
}

function fieldAtFault(error: GraphQLError, operation: OperationDefinitionNode): string | undefined {
  const definition = error.nodes?.[0];
  if (
    error.extensions.code !== 'BAD_USER_INPUT' ||
    error.extensions.field ||
    definition?.kind !== Kind.VARIABLE_DEFINITION
  ) {
    return undefined;
  }
  const variable = definition.variable.name.value;
  const paths = argumentPaths(operation, variable);
  if (paths.length !== 1) return undefined;
  return paths[0] + pathWithinVariable(error.message, variable) + unknownOrMissingField(error.message);
}

/** Where the variable is given: an argument, or a field of an input object written in the query. */
function argumentPaths(operation: OperationDefinitionNode, variable: string): string[] {
  const paths = new Set<string>();
  visit(operation, {
    Variable(node, _key, parent, _path, ancestors) {
      if (node.name.value !== variable) return;
      const names = [...ancestors, parent].flatMap((ancestor) => {
        const astNode = ancestor as ASTNode;
        return astNode.kind === Kind.ARGUMENT || astNode.kind === Kind.OBJECT_FIELD ? [astNode.name.value] : [];
      });
      if (names.length > 0) paths.add(names.join('.'));
    },
  });
  return [...paths];
}

/** graphql-js writes `at "in.referral.sites[0].name"`; list positions become `.0` as in class-validator's paths. */
function pathWithinVariable(message: string, variable: string): string {
  const at = message.match(
    new RegExp(`^Variable "\\$${variable}" got invalid value .*? at "${variable}((?:\\.\\w+|\\[\\d+\\])*)"; `, 's'),
  );
  return at ? at[1].replace(/\[(\d+)\]/g, '.$1') : '';
}

function unknownOrMissingField(message: string): string {
  const field = message.match(/; Field "(\w+)" (?:is not defined by type|of required type)/);
  return field ? `.${field[1]}` : '';
}
