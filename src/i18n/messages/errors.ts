import type { MessageTable } from './types';

/** Errors any area may raise. */
export const errorsMessages = {
  'errors.databaseBusy': {
    it: 'Il database è troppo occupato per accogliere ora questa richiesta; riprova tra poco. Non è stato modificato nulla.',
    en: 'The database is too busy to take this request now; try again shortly. Nothing was changed.',
  },
  'errors.databaseUnreachable': {
    it: 'Il database non è raggiungibile; riprova tra poco. Non è stato modificato nulla.',
    en: 'The database is unreachable; try again shortly. Nothing was changed.',
  },
  'errors.notFound': {
    it: 'Nessun oggetto {typeName} ha questo ID',
    en: 'No {typeName} has this ID',
  },
} satisfies MessageTable;
