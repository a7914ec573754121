import type { MessageTable } from './types';

/** The GraphQL layer: IDs, lists, bounds. */
export const graphqlMessages = {
  'graphql.cursorValidListStart': {
    it: 'Questo cursore non è valido per questo elenco; ricomincia senza "after"',
    en: 'This cursor is not valid for this list; start again without "after"',
  },
  'graphql.expectedId': {
    it: "Serve l''ID di un oggetto {typeName}",
    en: 'Expected the ID of a {typeName}',
  },
  'graphql.firstBetween1': {
    it: '"first" deve essere compreso tra 1 e {maxPageSize}',
    en: '"first" must be between 1 and {maxPageSize}',
  },
  'graphql.listTooLong': {
    it: '"{field}" accetta al massimo {max, number} valori',
    en: '"{field}" takes at most {max, number} values',
  },
  'graphql.nulCharacter': {
    it: '"{field}" contiene un carattere NUL, che un testo non può contenere',
    en: '"{field}" contains a NUL character, which text may not hold',
  },
} satisfies MessageTable;
