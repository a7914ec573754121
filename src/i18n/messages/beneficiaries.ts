import type { MessageTable } from './types';

/** People followed, their records and codici fiscali. */
export const beneficiariesMessages = {
  'beneficiaries.assessmentDateFuture': {
    it: 'La data della valutazione è nel futuro',
    en: 'The assessment date is in the future',
  },
  'beneficiaries.birthDateDoesMatch': {
    it: 'La data di nascita non corrisponde a quella contenuta nel codice fiscale: controlla entrambi',
    en: 'The birth date does not match the one encoded in the codice fiscale: check both',
  },
  'beneficiaries.birthDateFuture': {
    it: 'La data di nascita è nel futuro',
    en: 'The birth date is in the future',
  },
  'beneficiaries.cfBirthDay': {
    it: 'I caratteri 10-11 sono il giorno di nascita e non possono essere {dayDigits}: devono essere 01-31, o 41-71 per le donne.',
    en: 'Characters 10-11 are the birth day and cannot be {dayDigits}: they must be 01-31, or 41-71 for women.',
  },
  'beneficiaries.cfBirthMonth': {
    it: 'Il carattere 9 è il mese di nascita e deve essere uno tra {letters}, non {monthLetter}.',
    en: 'Character 9 is the birth month and must be one of {letters}, not {monthLetter}.',
  },
  'beneficiaries.cfCharacter': {
    it: 'Il carattere {position} dovrebbe essere {kind, select, digit {una cifra} other {una lettera}}, non "{character}".',
    en: 'Character {position} should be a {kind, select, digit {digit} other {letter}}, not "{character}".',
  },
  'beneficiaries.cfCheckCharacter': {
    it: 'Il carattere di controllo dovrebbe essere {expected}, non {actual}: il codice fiscale contiene un errore di battitura.',
    en: 'The check character should be {expected}, not {actual}: the codice fiscale has a typo.',
  },
  'beneficiaries.cfEmpty': {
    it: 'Il codice fiscale è vuoto.',
    en: 'The codice fiscale is empty.',
  },
  'beneficiaries.cfLength': {
    it: 'Un codice fiscale ha 16 caratteri, ma questo ne ha {length}.',
    en: 'A codice fiscale has 16 characters, but this one has {length}.',
  },
  'beneficiaries.closedCaseReopensOnly': {
    it: 'Un percorso chiuso si riapre solo con una nuova segnalazione (receiveReferral)',
    en: 'A closed case reopens only with a new referral (receiveReferral)',
  },
  'beneficiaries.codiceFiscaleRecordedPerson': {
    it: 'Questo codice fiscale non può essere registrato per questa persona: controllalo o chiedi al coordinatore',
    en: 'This codice fiscale cannot be recorded for this person: check it, or ask the coordinator',
  },
  'beneficiaries.maximumWeeklyHoursBelow': {
    it: 'Le ore settimanali massime sono inferiori alle minime',
    en: 'The maximum weekly hours are below the minimum',
  },
  'beneficiaries.municipalityId': {
    it: 'Nessun comune ha questo ID',
    en: 'No municipality has this ID',
  },
  'beneficiaries.operatorId': {
    it: 'Nessun operatore ha questo ID',
    en: 'No operator has this ID',
  },
  'beneficiaries.operatorLongerActive': {
    it: 'Questo operatore non è più attivo',
    en: 'This operator is no longer active',
  },
  'beneficiaries.removedPersonSRecord': {
    it: '{required} non può essere tolto dalla scheda di una persona',
    en: "{required} cannot be removed from a person''s record",
  },
  'beneficiaries.sectorBothPreferredExcluded': {
    it: 'Un settore non può essere sia preferito sia escluso: {sectors}',
    en: 'A sector cannot be both preferred and excluded: {sectors}',
  },
  'beneficiaries.skillId': {
    it: 'Nessuna competenza ha questo ID',
    en: 'No skill has this ID',
  },
  'beneficiaries.skillRetiredCatalogue': {
    it: 'Questa competenza è stata ritirata dal catalogo',
    en: 'This skill is retired from the catalogue',
  },
  'beneficiaries.somePreferredOccupationsDo': {
    it: 'Alcune professioni preferite non esistono',
    en: 'Some preferred occupations do not exist',
  },
  'beneficiaries.forbiddenTransition': {
    it: 'Un percorso in {from} non può passare a {to}; consentiti: {allowed}',
    en: 'A case in {from} cannot move to {to}; allowed: {allowed}',
  },
} satisfies MessageTable;
