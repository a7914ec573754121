import type { CaseStep } from './case-history';

/** The part of a case step the placement history reads. */
export type CaseMove = Pick<CaseStep, 'to' | 'day' | 'minute'>;

/** What the placement history needs to know of a person: the current caseload and the 2022 cohort alike. */
export interface PersonFacts {
  id: string;
  ambito: number;
  operatorId: string | null;
  law68: string | null;
  steps: CaseMove[];
}
