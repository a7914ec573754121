import type { MessageTable } from './types';

/** The audit trail. */
export const auditMessages = {
  'audit.sinceAfterUntil': {
    it: '"since" non può essere successivo a "until"',
    en: '"since" must not be after "until"',
  },
} satisfies MessageTable;
