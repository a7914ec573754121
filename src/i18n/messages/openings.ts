import type { MessageTable } from './types';

/** Openings. */
export const openingsMessages = {
  'openings.employerId': {
    it: 'Nessun datore di lavoro ha questo ID',
    en: 'No employer has this ID',
  },
  'openings.lastDayProposeCandidates': {
    it: "L''ultimo giorno per proporre candidati ({closesOn, date, day}) è passato: sposta prima closesOn",
    en: 'The last day to propose candidates ({closesOn, date, day}) has passed: move closesOn first',
  },
  'openings.lastDayProposeCandidates2': {
    it: "L''ultimo giorno per proporre candidati è nel passato",
    en: 'The last day to propose candidates is in the past',
  },
  'openings.nullLeaveOutKeep': {
    it: '{field} non può essere null: omettilo per mantenere il valore attuale',
    en: '{field} cannot be null: leave it out to keep the current value',
  },
  'openings.occupationId': {
    it: 'Nessuna professione ha questo ID',
    en: 'No occupation has this ID',
  },
  'openings.onlyRequiredSkillIndispensable': {
    it: 'Solo una competenza REQUIRED può essere indispensabile',
    en: 'Only a REQUIRED skill can be indispensable',
  },
  'openings.openingPublishedCloseBefore': {
    it: "L''offerta è stata pubblicata il {openedOn, date, day}: non può chiudere prima",
    en: 'The opening was published on {openedOn, date, day}: it cannot close before',
  },
  'openings.siteBelongsAnotherEmployer': {
    it: 'Questa sede appartiene a un altro datore di lavoro',
    en: 'This site belongs to another employer',
  },
  'openings.siteId': {
    it: 'Nessuna sede ha questo ID',
    en: 'No site has this ID',
  },
  'openings.skillAlreadyList': {
    it: "Questa competenza è già nell''elenco",
    en: 'This skill is already in the list',
  },
  'openings.skillId': {
    it: 'Nessuna competenza ha questo ID',
    en: 'No skill has this ID',
  },
  'openings.skillRetiredCatalogue': {
    it: 'Questa competenza è stata ritirata dal catalogo',
    en: 'This skill is retired from the catalogue',
  },
  'openings.forbiddenTransition': {
    it: "Un''offerta in {status} non può passare a {to}; consentiti: {allowed}",
    en: 'An opening in {status} cannot move to {to}; allowed: {allowed}',
  },
} satisfies MessageTable;
