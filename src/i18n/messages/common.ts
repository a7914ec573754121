import type { MessageTable } from './types';

/** Sentences every area may need. */
export const commonMessages = {
  'common.internalError': {
    it: 'Errore interno: la richiesta non è stata completata. Non è stato modificato nulla.',
    en: 'Internal server error: the request could not be completed. Nothing has been changed.',
  },
} satisfies MessageTable;
