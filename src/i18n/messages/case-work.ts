import type { MessageTable } from './types';

/** Contacts, case notes, corrections and identity (issue 19). */
export const caseWorkMessages = {
  'caseWork.contactInFuture': {
    it: 'Il contatto non può essere registrato nel futuro',
    en: 'A contact cannot be logged in the future',
  },
  'caseWork.noteNotAuthor': {
    it: 'Solo chi ha scritto la nota può modificarla; per aggiungere qualcosa scrivi una nuova nota',
    en: 'Only its author may edit a note; to add something, write a new note',
  },
  'caseWork.noteWindowClosed': {
    it: 'La nota è stata scritta più di {minutes, plural, one {# minuto} other {# minuti}} fa e non si modifica più: scrivi una nota che la rettifica (amendsNoteId)',
    en: 'The note was written more than {minutes, plural, one {# minute} other {# minutes}} ago and can no longer be edited: write a note that amends it (amendsNoteId)',
  },
  'caseWork.noteTooLong': {
    it: 'Una nota ha al massimo {max} caratteri',
    en: 'A note has at most {max} characters',
  },
  'caseWork.amendsOtherPerson': {
    it: 'La nota da rettificare riguarda un’altra persona',
    en: 'The note to amend is about another person',
  },
  'caseWork.blank': {
    it: 'Il testo non può essere vuoto',
    en: 'The text cannot be blank',
  },
  'caseWork.reopenNotClosed': {
    it: 'Il caso non è chiuso: non c’è nulla da riaprire',
    en: 'The case is not closed: there is nothing to reopen',
  },
  'caseWork.reopenTooLate': {
    it: 'Il caso è stato chiuso il {closedOn}, più di {days} giorni fa: si riapre solo con un nuovo invio (receiveReferral)',
    en: 'The case was closed on {closedOn}, more than {days} days ago: it reopens only with a new referral (receiveReferral)',
  },
  'caseWork.referralAlreadyVoided': {
    it: 'L’invio è già stato annullato',
    en: 'The referral has already been voided',
  },
  'caseWork.referralOpenedCaseInProgress': {
    it: 'Questo invio ha aperto il caso, che è già andato avanti ({status}): chiudi o correggi il caso invece di annullare l’invio',
    en: 'This referral opened the case, which has already moved on ({status}): close or correct the case instead of voiding the referral',
  },
  'caseWork.referralVoidedCaseClosed': {
    it: 'Invio annullato: {reason}',
    en: 'Referral voided: {reason}',
  },
  'caseWork.handOverSameOperator': {
    it: 'Chi cede e chi riceve il carico devono essere due operatori diversi',
    en: 'The operator handing over and the one receiving must be different',
  },
  'caseWork.handOverNotAnOperator': {
    it: 'Il carico si passa a un operatore attivo',
    en: 'A caseload is handed over to an active operator',
  },
  'caseWork.handOverOutsideAmbito': {
    it: 'L’operatore che riceve non segue l’ambito {ambito}, dove vive una delle persone',
    en: 'The receiving operator does not serve ambito {ambito}, where one of the people lives',
  },
  'caseWork.handOverNotInCaseload': {
    it: 'Questa persona non è nel carico dell’operatore che cede',
    en: 'This person is not in the caseload of the operator handing over',
  },
  'caseWork.cfNotTemporary': {
    it: 'Il codice fiscale attuale è già definitivo: per correggerlo usa updateBeneficiary',
    en: 'The current codice fiscale is already definitive: to correct it use updateBeneficiary',
  },
  'caseWork.cfReplacementNotDefinitive': {
    it: 'Il codice fiscale definitivo ha 16 caratteri',
    en: 'The definitive codice fiscale has 16 characters',
  },
  'caseWork.cfTaken': {
    it: 'Questo codice fiscale non può essere registrato per questa persona: controllalo, o chiedi al coordinamento',
    en: 'This codice fiscale cannot be recorded for this person: check it, or ask the coordinator',
  },
  'caseWork.cfBirthDateMismatch': {
    it: 'La data di nascita non corrisponde a quella contenuta nel codice fiscale: controlla entrambi',
    en: 'The birth date does not match the one encoded in the codice fiscale: check both',
  },
  'caseWork.handedOver': {
    it: 'Carico passato da {from} a {to}',
    en: 'Caseload handed over from {from} to {to}',
  },
  'caseWork.cfTemporaryLength': {
    it: 'Un codice fiscale provvisorio ha 11 cifre, questo è "{code}".',
    en: 'A temporary codice fiscale has 11 digits, but this one is "{code}".',
  },
  'caseWork.cfTemporaryCheckDigit': {
    it: 'La cifra di controllo dovrebbe essere {expected}, non {found}: il codice fiscale provvisorio contiene un errore di battitura.',
    en: 'The check digit should be {expected}, not {found}: the temporary codice fiscale has a typo.',
  },
  'caseWork.cfDefinitiveReason': {
    it: 'Codice fiscale definitivo',
    en: 'Definitive codice fiscale',
  },
} satisfies MessageTable;
