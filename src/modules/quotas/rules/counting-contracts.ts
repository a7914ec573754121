import { ContractType } from '../../openings/opening.enums';

/**
 * The contracts whose hiring of a person with a disability covers a unit of the Law 68/99 quota: employment, not an
 * extracurricular internship (a tirocinio is no employment contract), and a fixed term only beyond six months (art. 4
 * c. 1 leaves shorter fixed terms out of the count). An apprenticeship is left out until its treatment is confirmed
 * against the ministry's guidance. Listed in the order an employer is usually asked.
 */
export const CONTRACTS_COUNTING_TOWARD_QUOTA: readonly ContractType[] = [
  ContractType.PERMANENT,
  ContractType.FIXED_TERM,
];
