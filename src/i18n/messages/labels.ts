import type { MessageTable } from './types';

/** The enum labels query. */
export const labelsMessages = {
  'labels.unknownEnum': {
    it: '{name} non è un elenco di valori di questa API: i nomi sono quelli dei tipi enum dello schema, ad esempio CaseStatus.',
    en: '{name} is not a list of values of this API: the names are those of the schema’s enum types, for example CaseStatus.',
  },
} satisfies MessageTable;
