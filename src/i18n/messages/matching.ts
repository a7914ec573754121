import type { MessageTable } from './types';

/** Matching, plans, weights and fairness. */
export const matchingMessages = {
  'matching.giveEachFactorExactly': {
    it: 'Indica ogni fattore esattamente una volta: {factors}',
    en: 'Give each factor exactly once: {factors}',
  },
  'matching.law68priorityBetween050': {
    it: 'law68Priority deve essere compreso tra 0 e 50',
    en: 'law68Priority must be between 0 and 50',
  },
  'matching.planCoversMostOpenings': {
    it: 'Un piano copre al massimo {openings, number} offerte: sceglile con openingIds',
    en: 'A plan covers at most {openings} openings: choose them with openingIds',
  },
  'matching.planCoversMostPeople': {
    it: 'Un piano copre al massimo {people, number} persone',
    en: 'A plan covers at most {people} people',
  },
  'matching.rankingsMeasuredTodayS': {
    it: 'Le graduatorie si misurano solo sui dati di oggi: asOf deve essere {today, date, day} o essere omesso',
    en: "Rankings are measured on today''s records only: asOf must be {today, date, day} or left out",
  },
  'matching.someTheseOpeningsDo': {
    it: 'Alcune di queste offerte non esistono',
    en: 'Some of these openings do not exist',
  },
  'matching.weightsAddUp100': {
    it: 'I pesi devono sommare 100 (sommano {total, number})',
    en: 'The weights must add up to 100 (they add up to {total, number})',
  },
} satisfies MessageTable;
