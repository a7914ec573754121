import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  DocumentNode,
  execute,
  ExecutionResult,
  getOperationAST,
  GraphQLError,
  GraphQLSchema,
  isAbstractType,
  OperationDefinitionNode,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { compileQuery, CompiledQuery, isCompiledQuery } from 'graphql-jit';
import { DirectPlan, DirectReads } from './direct-reads';
import { DirectRequest } from './direct-request';
import type { Loaders } from './loaders';

/**
 * Operations run as JavaScript compiled once per document (graphql-jit) instead of being interpreted field by field
 * at every request: a list of 50 records with their relations is some two thousand fields, and walking them through
 * graphql-js's generic executor was a fifth of the server's time. Apollo keeps parsed documents in its own cache, so
 * each document is compiled the first time it runs and its compiled form lives as long as the document does.
 *
 * Variables are coerced by graphql-js first, so that a value GraphQL refuses is refused with graphql-js's message,
 * exactly as before (graphql-jit's own coercion misses the defaults of input fields); the compiled query receives the
 * coerced values, which coerce to themselves. A document graphql-jit declines to compile runs through graphql-js.
 */
interface Compiled {
  operation: OperationDefinitionNode;
  query: CompiledQuery;
  /**
   * Per audience (a reader's role: access rules decide what may be read directly), the operation with its direct
   * subtrees cut down (direct-reads.ts), or null when it has none for them.
   */
  direct: Map<string | null, { plan: DirectPlan; query: CompiledQuery } | null>;
}

/** What the executor reads and sets on a request's context. */
interface DirectContext {
  loaders: Loaders;
  direct?: DirectRequest;
}

export function compiledExecution(schema: GraphQLSchema, directReads?: DirectReads): GatewayInterface {
  for (const type of Object.values(schema.getTypeMap())) {
    // graphql-jit reads a runtime type where it resolves it: a promise there is no type, and the value would be lost.
    if (isAbstractType(type) && type.resolveType?.constructor.name === 'AsyncFunction')
      throw new Error(`${type.name}: compiled execution needs a resolveType that answers at once`);
  }
  const compile = (source: DocumentNode, operationName: string | undefined) =>
    compileQuery(schema, source, operationName, { disablingCapturingStackErrors: true });
  // Per document and operation name: the operation and its compiled form, or null when there is none to run compiled
  // (graphql-jit declined it, or no such operation): decided once, not at every request.
  const compiled = new WeakMap<DocumentNode, Map<string, Compiled | null>>();
  const compiledFor = (document: DocumentNode, operationName: string | undefined): Compiled | null => {
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map()));
    const key = operationName ?? '';
    if (byName.has(key)) return byName.get(key)!;
    const operation = getOperationAST(document, operationName);
    const query = operation && compile(document, operationName);
    const found: Compiled | null =
      operation && query && isCompiledQuery(query) ? { operation, query, direct: new Map() } : null;
    byName.set(key, found);
    return found;
  };
  const directFor = (found: Compiled, document: DocumentNode, audience: string | null, operationName?: string) => {
    if (!found.direct.has(audience)) {
      const plan = directReads!.plan(document, found.operation, audience);
      const cut = plan && compile(plan.document, operationName);
      found.direct.set(audience, plan && cut && isCompiledQuery(cut) ? { plan, query: cut } : null);
    }
    return found.direct.get(audience)!;
  };

  // The name the client sent (the context's `operationName` is that of the operation Apollo found, null when none).
  const executor: GatewayExecutor = async ({ document, request, context }) => {
    const operationName = request.operationName ?? undefined;
    const found = compiledFor(document, operationName);
    if (!found) {
      return execute({ schema, document, contextValue: context, variableValues: request.variables, operationName });
    }
    const variables = coercedVariables(schema, found.operation, request.variables ?? {});
    if ('errors' in variables) return { errors: variables.errors };
    const direct = directReads && directFor(found, document, directReads.audienceOf(context), operationName);
    const result = (await runCompiled(found, direct, context as DirectContext, variables.coerced)) as ExecutionResult;
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };
  // A record gone between the two reads: the operation runs again, all of it as usual.
  const runCompiled = async (
    found: Compiled,
    direct: { plan: DirectPlan; query: CompiledQuery } | null | undefined,
    context: DirectContext,
    variables: Record<string, unknown>,
  ) => {
    if (direct) {
      const request = (context.direct = new DirectRequest(direct.plan));
      let result: ExecutionResult;
      try {
        result = (await direct.query.query(undefined, context, variables)) as ExecutionResult;
      } finally {
        context.direct = undefined;
      }
      if (await request.complete(result, context.loaders)) return result;
    }
    return found.query.query(undefined, context, variables);
  };

  return {
    async load() {
      return { schema, executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async stop() {},
  };
}

function coercedVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  inputs: Record<string, unknown>,
): { coerced: Record<string, unknown> } | { errors: readonly GraphQLError[] } {
  if (!operation.variableDefinitions?.length) return { coerced: {} };
  const result = getVariableValues(schema, operation.variableDefinitions, inputs);
  return result.errors ? { errors: result.errors } : { coerced: result.coerced };
}

/**
 * graphql-jit reports errors in an object of its own, without `extensions` when the thrown error had none; the rest
 * of the server (the error formatter, the plugins) reads them as graphql-js builds them.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
  return Object.defineProperty(rebuilt, 'locations', { value: error.locations, enumerable: true });
}
