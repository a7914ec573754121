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
} satisfies MessageTable;
