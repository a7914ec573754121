import type { MessageTable } from './types';

/** Lists, cursors and the kinds of operation Ponte serves. */
export const listsMessages = {
  'lists.operationNotSupported': {
    it: 'Ponte non serve operazioni di tipo {kind}: invii una query o una mutation.',
    en: 'Ponte does not serve {kind} operations: send a query or a mutation.',
  },
  'lists.persistedQueryHashMismatch': {
    it: 'L’hash SHA-256 inviato non corrisponde al testo della query: ricalcoli l’hash sul testo esatto.',
    en: 'The SHA-256 hash sent does not match the query text: compute the hash over the exact text.',
  },
} satisfies MessageTable;
