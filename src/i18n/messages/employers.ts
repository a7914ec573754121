import type { MessageTable } from './types';

/** Employers, their sites, headcounts and identifiers. */
export const employersMessages = {
  'employers.anotherEmployerAlreadyPartita': {
    it: 'Un altro datore di lavoro ha già questa partita IVA: trovalo con il filtro partitaIva',
    en: 'Another employer already has this partita IVA: find it with the partitaIva filter',
  },
  'employers.employerAlreadyHeadcountDate': {
    it: "Questo datore di lavoro ha già una rilevazione dell''organico per questa data",
    en: 'This employer already has a headcount for this date',
  },
  'employers.fiscalCodeEmpty': {
    it: 'Il codice fiscale del datore di lavoro è vuoto.',
    en: "The employer''s fiscal code is empty.",
  },
  'employers.fiscalCodeLength': {
    it: 'Il codice fiscale di un datore di lavoro è una partita IVA di 11 cifre o un codice fiscale di 16 caratteri, ma questo ha {length, plural, one {# carattere} other {# caratteri}}.',
    en: "An employer''s fiscal code is either an 11-digit partita IVA or a 16-character codice fiscale, but this one has {length, plural, one {# character} other {# characters}}.",
  },
  'employers.fullTimeEquivalentExceed': {
    it: "L''equivalente a tempo pieno ({fte, number}) non può superare i {partTime, number} dipendenti a tempo parziale: ciascuno conta al più uno",
    en: 'The full-time equivalent ({fte, number}) cannot exceed the {partTime, number} part-time employees: each counts one at most',
  },
  'employers.giveLatitudeLongitudeTogether': {
    it: 'Indica latitudine e longitudine insieme, oppure nessuna delle due per usare il centro del comune',
    en: 'Give latitude and longitude together, or neither for the municipality centre',
  },
  'employers.groupsAddUpMore': {
    it: 'I gruppi sommano {grouped, number}, più dei {total, number} dipendenti: conta ogni lavoratore in un solo gruppo',
    en: 'The groups add up to {grouped, number}, more than the {total, number} employees: count each worker in one group at most',
  },
  'employers.municipalityId': {
    it: 'Nessun comune ha questo ID',
    en: 'No municipality has this ID',
  },
  'employers.onlyOneSiteHeadquarters': {
    it: 'Solo una sede può essere la sede legale',
    en: 'Only one site can be the headquarters',
  },
  'employers.operatorId': {
    it: 'Nessun operatore ha questo ID',
    en: 'No operator has this ID',
  },
  'employers.operatorLongerActive': {
    it: 'Questo operatore non è più attivo',
    en: 'This operator is no longer active',
  },
  'employers.partTimeEmployeesPart': {
    it: 'I {partTime, number} dipendenti a tempo parziale fanno parte del totale, che è solo {total, number}',
    en: 'The {partTime, number} part-time employees are part of the total, which is only {total, number}',
  },
  'employers.pivaCheckDigit': {
    it: 'La cifra di controllo dovrebbe essere {expected}, non {actual}: la partita IVA contiene un errore di battitura.',
    en: 'The check digit should be {expected}, not {actual}: the partita IVA has a typo.',
  },
  'employers.pivaEmpty': {
    it: 'La partita IVA è vuota.',
    en: 'The partita IVA is empty.',
  },
  'employers.pivaLength': {
    it: 'Una partita IVA ha 11 cifre, ma questa ne ha {length}.',
    en: 'A partita IVA has 11 digits, but this one has {length}.',
  },
  'employers.pivaStray': {
    it: 'Una partita IVA contiene solo cifre, ma questa contiene "{character}".',
    en: 'A partita IVA contains only digits, but this one contains "{character}".',
  },
  'employers.referenceDateFutureSnapshot': {
    it: 'La data di riferimento è nel futuro: una rilevazione registra un conteggio già fatto',
    en: 'The reference date is in the future: a snapshot records a count already taken',
  },
} satisfies MessageTable;
