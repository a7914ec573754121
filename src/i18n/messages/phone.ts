import type { MessageTable } from './types';

/** Phone numbers given to the API. */
export const phoneMessages = {
  'phone.notText': {
    it: 'Un numero di telefono va scritto come testo, ad esempio "030 1234567" o "+39 333 1234567".',
    en: 'A phone number is written as text, for example "030 1234567" or "+39 333 1234567".',
  },
  'phone.invalid': {
    it: '"{value}" non è un numero di telefono valido: scrivi un numero italiano (030 1234567, 333 1234567) o internazionale con il prefisso (+44 20 7946 0958), senza interno.',
    en: '"{value}" is not a valid phone number: write an Italian number (030 1234567, 333 1234567) or an international one with its country code (+44 20 7946 0958), without an extension.',
  },
} satisfies MessageTable;
