import type { MessageTable } from './types';

/** The audit trail. */
export const auditMessages = {
  'audit.sinceAfterUntil': {
    it: '"since" non può essere successivo a "until"',
    en: '"since" must not be after "until"',
  },
  'audit.trailUnwritable': {
    it: 'Non è stato possibile scrivere il registro degli accessi, quindi i dati letti sono trattenuti. Riprova tra poco.',
    en: 'The audit trail could not be written, so the data read is withheld. Try again shortly.',
  },
} satisfies MessageTable;
