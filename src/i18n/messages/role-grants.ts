import type { MessageTable } from './types';

/** Role requests. */
export const roleGrantsMessages = {
  'roleGrants.requestAboutYourOwn': {
    it: 'Questa richiesta riguarda il tuo account: deve decidere un altro coordinatore',
    en: 'This request is about your own account: another coordinator must decide it',
  },
  'roleGrants.requestAlreadyClosed': {
    it: 'Questa richiesta è già stata chiusa ({status})',
    en: 'This request was already closed ({status})',
  },
  'roleGrants.youAskedRoleAnother': {
    it: 'Hai chiesto tu questo ruolo: deve decidere un altro coordinatore',
    en: 'You asked for this role: another coordinator must decide it',
  },
} satisfies MessageTable;
