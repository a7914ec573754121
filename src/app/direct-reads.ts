import { GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { DataSource } from 'typeorm';
import { DirectReads } from '../graphql/direct-reads';
import { LinkTable } from '../graphql/links';
import { answersAsResolved } from '../modules/access-control/access-guard';
import { PonteContext } from '../modules/auth/context';
import { OperatorRole } from '../modules/operators/operator.entity';
import { BENEFICIARY_LINKS } from '../modules/beneficiaries/beneficiaries.resolver';
import { EMPLOYER_LINKS } from '../modules/employers/employers.resolver';
import { OPENING_LINKS } from '../modules/openings/openings.resolver';

/** Every module's declared links: the relations a direct read may follow. */
export const LINKS: LinkTable = { ...OPENING_LINKS, ...EMPLOYER_LINKS, ...BENEFICIARY_LINKS };

/** Direct reads over this schema, with the access policy's guards and the modules' links and resolvers. */
export function directReads(schema: GraphQLSchema, dataSource: DataSource): DirectReads {
  const resolved = new Set(
    getMetadataStorage().fieldResolvers.map((resolver) => `${resolver.getObjectType?.().name}.${resolver.schemaName}`),
  );
  return new DirectReads(schema, {
    dataSource,
    links: LINKS,
    resolved,
    answersAsResolved: (typeName, field, audience) =>
      answersAsResolved(typeName, field, audience as OperatorRole | null),
    audienceOf: (context) => (context as PonteContext).viewer?.role ?? null,
  });
}
