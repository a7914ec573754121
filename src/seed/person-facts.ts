import { CaseStatus } from '../modules/beneficiaries/beneficiary.enums';
import { Day } from './random';

/** One move of a case's history, as the generators lay it out. */
export interface CaseStep {
  to: CaseStatus;
  day: Day;
  minute: number;
}

/** What the placement history needs to know of a person: the current caseload and the 2022 cohort alike. */
export interface PersonFacts {
  id: string;
  ambito: number;
  operatorId: string | null;
  law68: string | null;
  steps: CaseStep[];
}
