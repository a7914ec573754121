import { GraphQLInterfaceType, GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { resolveNodeType } from '../graphql/relay';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema } from 'type-graphql';
import { guardSchema } from '../modules/access-control/access-guard';
import { boundInputs } from '../graphql/input-bounds';
import { PLAN_LIMITS } from '../modules/matching/placement-plan.service';
import { RESOLVERS } from './resolvers';
import { provideEmployerRanking } from '../modules/employers/employer-rankings';
import { quotaShortfalls } from '../modules/quotas/quota.service';
import { appendAccessNotes } from '../modules/access-control/access-docs';
import { applySchemaDocs } from './schema-docs/apply-docs';
import { SCHEMA_DESCRIPTION, SCHEMA_DOCS } from './schema-docs';

/** Builds the executable schema from the module resolvers, guarded by the access policy; inputs are validated with class-validator. */
export async function buildPonteSchema(): Promise<GraphQLSchema> {
  provideEmployerRanking('SHORTFALL', quotaShortfalls);
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    validate: { forbidUnknownValues: false },
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
  });
  describe(schema);
  // type-graphql makes every resolveType asynchronous; compiled execution resolves abstract types synchronously.
  (schema.getType('Node') as GraphQLInterfaceType).resolveType = resolveNodeType;
  // Bounds outermost: a hostile input is refused before the access checks look anything up with it.
  return boundInputs(guardSchema(schema), { 'Query.placementPlan.beneficiaryIds': PLAN_LIMITS.people });
}

/**
 * The schema's documentation, for a front-end and the client it generates: descriptions from their homes (the code,
 * the enum labels, the schema docs), then who may read what, derived from the access policy.
 */
function describe(schema: GraphQLSchema): void {
  applySchemaDocs(schema, SCHEMA_DOCS);
  appendAccessNotes(schema);
  schema.description = SCHEMA_DESCRIPTION;
}

/** The SDL as checked in at schema/schema.graphql: sorted, so it only changes when the API does. */
export function printPonteSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
