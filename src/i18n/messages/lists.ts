import type { MessageTable } from './types';

/** Lists, cursors and the kinds of operation Ponte serves. */
export const listsMessages = {
  'lists.operationNotSupported': {
    it: 'Ponte non serve operazioni di tipo {kind}: invii una query o una mutation.',
    en: 'Ponte does not serve {kind} operations: send a query or a mutation.',
  },
} satisfies MessageTable;
