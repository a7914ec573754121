import type { MessageTable } from './types';

/** The composition root. */
export const appMessages = {
  'app.ponteId': {
    it: 'Questo non è un ID di Ponte',
    en: 'This is not a Ponte ID',
  },
} satisfies MessageTable;
