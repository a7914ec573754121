import type { MessageTable } from './types';

/** The skills catalogue. */
export const skillsMessages = {
  'skills.cp2021CodeFiveNumeric': {
    it: "Un codice CP2021 ha cinque livelli numerici separati da punti, come nell''elenco ISTAT",
    en: "A CP2021 code has five numeric levels separated by dots, as in ISTAT''s list",
  },
  'skills.skillCodeAlreadyExists': {
    it: 'Esiste già una competenza con codice {code}',
    en: 'A skill with code {code} already exists',
  },
} satisfies MessageTable;
