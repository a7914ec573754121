import type { MessageTable } from './types';

/** Input validation: class-validator constraints and the decorators' own messages. */
export const validationMessages = {
  'validation.arrayMaxSize': {
    it: '{property} deve contenere al massimo {limit, plural, one {# elemento} other {# elementi}}',
    en: '{property} must contain no more than {limit, plural, one {# element} other {# elements}}',
  },
  'validation.arrayMinSize': {
    it: '{property} deve contenere almeno {limit, plural, one {# elemento} other {# elementi}}',
    en: '{property} must contain at least {limit, plural, one {# element} other {# elements}}',
  },
  'validation.arrayUnique': {
    it: 'Gli elementi di {property} devono essere tutti diversi',
    en: "All {property}''s elements must be unique",
  },
  'validation.atecoCode': {
    it: '{property} deve essere un codice ATECO: due cifre, poi fino a due gruppi di una o due cifre dopo un punto, ad esempio 25.62 o 25.62.00',
    en: '{property} must be an ATECO code: two digits, then up to two groups of one or two digits after a dot, e.g. 25.62 or 25.62.00',
  },
  'validation.atecoPrefix': {
    it: "{property} deve essere l''inizio di un codice ATECO, ad esempio 25 o 25.62",
    en: '{property} must be the start of an ATECO code, e.g. 25 or 25.62',
  },
  'validation.belfioreCode': {
    it: '{property} deve essere una lettera maiuscola seguita da 3 cifre, ad esempio F471',
    en: '{property} must be a capital letter and 3 digits, e.g. F471',
  },
  'validation.escoUri': {
    it: "{property} deve essere l''URI di una competenza ESCO",
    en: '{property} must be an ESCO skill URI',
  },
  'validation.groupCode': {
    it: '{property} deve essere un codice di gruppo come SOCIALLY_USEFUL_WORK',
    en: '{property} must be a group code such as SOCIALLY_USEFUL_WORK',
  },
  'validation.invalid': {
    it: '{property} non è valido',
    en: '{property} is not valid',
  },
  'validation.invalidValue': {
    it: 'Valore non valido per {field}: {problems}',
    en: 'Invalid value for {field}: {problems}',
  },
  'validation.isIn': {
    it: '{property} deve essere uno dei valori ammessi',
    en: '{property} must be one of the allowed values',
  },
  'validation.isString': {
    it: '{property} deve essere un testo',
    en: '{property} must be a string',
  },
  'validation.istatCode': {
    it: '{property} deve essere il codice ISTAT di 6 cifre, ad esempio 017113',
    en: '{property} must be the 6-digit ISTAT code, e.g. 017113',
  },
  'validation.languageCode': {
    it: 'ogni lingua deve essere un codice ISO 639-1 di due lettere, ad esempio "it"',
    en: 'each language must be a two-letter ISO 639-1 code, e.g. "it"',
  },
  'validation.matches': {
    it: '{property} non ha il formato richiesto',
    en: '{property} does not have the required format',
  },
  'validation.max': {
    it: '{property} non deve essere maggiore di {limit, number}',
    en: '{property} must not be greater than {limit, number}',
  },
  'validation.maxLength': {
    it: '{property} deve avere al massimo {limit, plural, one {# carattere} other {# caratteri}}',
    en: '{property} must be shorter than or equal to {limit, plural, one {# character} other {# characters}}',
  },
  'validation.min': {
    it: '{property} non deve essere minore di {limit, number}',
    en: '{property} must not be less than {limit, number}',
  },
  'validation.minLength': {
    it: '{property} deve avere almeno {limit, plural, one {# carattere} other {# caratteri}}',
    en: '{property} must be longer than or equal to {limit, plural, one {# character} other {# characters}}',
  },
  'validation.nestedValidation': {
    it: '{property} deve essere un oggetto o un elenco di oggetti',
    en: '{property} must be an object or a list of objects',
  },
  'validation.notBlank': {
    it: '{property} non può essere vuoto',
    en: '{property} must not be blank',
  },
  'validation.postcode': {
    it: '{property} deve essere un CAP di 5 cifre',
    en: '{property} must be a 5-digit CAP',
  },
  'validation.province': {
    it: '{property} deve essere la sigla di due lettere, ad esempio BS',
    en: '{property} must be the 2-letter abbreviation, e.g. BS',
  },
  'validation.provinceCode': {
    it: '{property} deve essere la sigla di una provincia in due lettere maiuscole, ad esempio BS',
    en: '{property} must be a province code of two capital letters, e.g. BS',
  },
  'validation.serviceAmbito': {
    it: '{property} deve essere uno degli ambiti del servizio: {ambiti}',
    en: "{property} must be one of the service''s ambiti: {ambiti}",
  },
  'validation.skillCode': {
    it: '{property} deve avere da 3 a 50 lettere maiuscole, cifre o trattini bassi',
    en: '{property} must be 3–50 upper-case letters, digits or underscores',
  },
  'validation.whitelistValidation': {
    it: '{property} non è un campo ammesso',
    en: 'property {property} should not exist',
  },
  'validation.keptWhenAbsent': {
    it: '{property} non si può togliere: omettilo per mantenere il valore attuale',
    en: '{property} cannot be removed: leave it out to keep the current value',
  },
} satisfies MessageTable;
