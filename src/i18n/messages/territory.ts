import type { MessageTable } from './types';

/** Ambiti and municipalities. */
export const territoryMessages = {
  'territory.ambito': {
    it: 'ambito deve essere {ambiti}',
    en: 'ambito must be one of {ambiti}',
  },
  'territory.municipalityCodeAlreadyExists': {
    it: 'Esiste già un comune con questo codice',
    en: 'A municipality with this code already exists',
  },
} satisfies MessageTable;
