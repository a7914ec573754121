import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema } from 'type-graphql';
import { AccessGuard } from '../modules/access-control/access-guard';
import { RESOLVERS } from './resolvers';

/** Builds the executable schema from the module resolvers; inputs are validated with class-validator. */
export async function buildPonteSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    validate: { forbidUnknownValues: false },
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    globalMiddlewares: [AccessGuard],
  });
}

/** The SDL as checked in at schema/schema.graphql: sorted, so it only changes when the API does. */
export function printPonteSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
