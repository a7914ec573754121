import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema } from 'type-graphql';
import { guardSchema } from '../modules/access-control/access-guard';
import { boundInputs } from '../graphql/input-bounds';
import { PLAN_LIMITS } from '../modules/matching/placement-plan.service';
import { RESOLVERS } from './resolvers';

/** Builds the executable schema from the module resolvers, guarded by the access policy; inputs are validated with class-validator. */
export async function buildPonteSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    validate: { forbidUnknownValues: false },
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
  });
  // Bounds outermost: a hostile input is refused before the access checks look anything up with it.
  return boundInputs(guardSchema(schema), { 'Query.placementPlan.beneficiaryIds': PLAN_LIMITS.people });
}

/** The SDL as checked in at schema/schema.graphql: sorted, so it only changes when the API does. */
export function printPonteSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
