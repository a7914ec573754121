import type { MessageTable } from './types';

/** Statistics. */
export const statisticsMessages = {
  'statistics.serviceAmbito': {
    it: 'Il servizio non ha un ambito {ambito}',
    en: 'The service has no ambito {ambito}',
  },
  'statistics.yearBetween20002100': {
    it: "L''anno deve essere compreso tra 2000 e 2100",
    en: 'The year must be between 2000 and 2100',
  },
  'statistics.place': {
    it: '{name}',
    en: '{name}',
  },
  'statistics.total': {
    it: 'Totale',
    en: 'Total',
  },
  'statistics.outsideAmbiti': {
    it: 'Fuori dagli ambiti del servizio',
    en: 'Outside the service’s ambiti',
  },
  'statistics.eligibility.LAW_68_ART1': {
    it: 'L. 68/99 art. 1 (persone con disabilità)',
    en: 'Law 68/99 art. 1 (disabled people)',
  },
  'statistics.eligibility.LAW_68_ART18': {
    it: 'L. 68/99 art. 18 (categorie protette)',
    en: 'Law 68/99 art. 18 (protected categories)',
  },
  'statistics.eligibility.LAW_381': {
    it: 'L. 381/91 (persone svantaggiate)',
    en: 'Law 381/91 (disadvantaged people)',
  },
  'statistics.eligibility.SOCIAL_SERVICES': {
    it: 'Seguite dai servizi sociali',
    en: 'Followed by the social services',
  },
  'statistics.eligibility.NONE': {
    it: 'Nessuno di questi gruppi',
    en: 'None of these groups',
  },
  'statistics.csv.year': {
    it: 'anno',
    en: 'year',
  },
  'statistics.csv.ambito': {
    it: 'ambito',
    en: 'ambito',
  },
  'statistics.csv.section': {
    it: 'sezione',
    en: 'section',
  },
  'statistics.csv.key': {
    it: 'chiave',
    en: 'key',
  },
  'statistics.csv.label': {
    it: 'voce',
    en: 'label',
  },
  'statistics.csv.peopleAccompanied': {
    it: 'persone accompagnate',
    en: 'people accompanied',
  },
  'statistics.csv.internshipsAndTrialsStarted': {
    it: 'tirocini e prove avviati',
    en: 'internships and trials started',
  },
  'statistics.csv.peoplePlacedOrRenewed': {
    it: 'persone inserite o rinnovate',
    en: 'people placed or renewed',
  },
  'statistics.csv.internshipsConcluded': {
    it: 'tirocini conclusi',
    en: 'internships concluded',
  },
  'statistics.csv.internshipsConverted': {
    it: 'tirocini trasformati in assunzione',
    en: 'internships converted',
  },
  'statistics.csv.conversionRate': {
    it: 'tasso di trasformazione',
    en: 'conversion rate',
  },
  'statistics.csv.placementsStarted': {
    it: 'inserimenti avviati',
    en: 'placements started',
  },
  'statistics.csv.peopleStarting': {
    it: 'persone avviate',
    en: 'people starting',
  },
} satisfies MessageTable;
