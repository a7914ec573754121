import type { SchemaDocs } from './apply-docs';

/** The root types and the scalars graphql-scalars leaves undescribed. */
export const rootDocs: SchemaDocs = {
  Query: 'Everything Ponte answers; each field says which roles may ask',
  Mutation: 'Every change Ponte accepts; each runs in one transaction, and a refused input changes nothing',
};
