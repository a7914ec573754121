import type { MessageTable } from './types';

/** The GraphQL layer: IDs, lists, bounds. */
export const graphqlMessages = {
  'graphql.cursorValidListOrder': {
    it: 'Questo cursore non è valido per questo elenco e questo ordinamento; ricomincia senza "after"',
    en: 'This cursor is not valid for this list and order; start again without "after"',
  },
  'graphql.cursorValidListStart': {
    it: 'Questo cursore non è valido per questo elenco; ricomincia senza "after"',
    en: 'This cursor is not valid for this list; start again without "after"',
  },
  'graphql.expectedId': {
    it: "Serve l''ID di un oggetto {typeName}",
    en: 'Expected the ID of a {typeName}',
  },
  'graphql.firstBetween1': {
    it: '"first" deve essere compreso tra 1 e {maxPageSize}',
    en: '"first" must be between 1 and {maxPageSize}',
  },
  'graphql.listTooLong': {
    it: '"{field}" accetta al massimo {max, number} valori',
    en: '"{field}" takes at most {max, number} values',
  },
  'graphql.nulCharacter': {
    it: '"{field}" contiene un carattere NUL, che un testo non può contenere',
    en: '"{field}" contains a NUL character, which text may not hold',
  },
  'graphql.heavyFieldRunning': {
    it: '{name} è già in esecuzione per te: al massimo {limit, number} alla volta. Riprova quando è terminato.',
    en: '{name} is already running for you: at most {limit, number} at a time. Try again when it has finished.',
  },
  'graphql.costUnpriceable': {
    it: 'Superato il limite di costo della query ({maxCost, number}): troppi campi da valutare.',
    en: 'Query Cost limit of {maxCost, number} exceeded: too many fields to price.',
  },
  'graphql.costExceeded': {
    it: 'Superato il limite di costo della query ({maxCost, number}): costo {cost, number}.',
    en: 'Query Cost limit of {maxCost, number} exceeded, found {cost, number}.',
  },
  'graphql.tooManyRequests': {
    it: 'Troppe richieste: al massimo {perMinute, number} al minuto. Riprova tra poco.',
    en: 'Too many requests: at most {perMinute, number} a minute. Try again shortly.',
  },
  'graphql.requestTooLarge': {
    it: 'La richiesta supera il limite di {maxBytes, number} byte.',
    en: 'The request is larger than the limit of {maxBytes, number} bytes.',
  },
  'graphql.bodyNotJson': {
    it: 'Il corpo della richiesta non è JSON valido.',
    en: 'The request body is not valid JSON.',
  },
  'graphql.unreadableRequest': {
    it: 'Errore interno: non è stato possibile leggere la richiesta.',
    en: 'Internal server error: the request could not be read.',
  },
} satisfies MessageTable;
