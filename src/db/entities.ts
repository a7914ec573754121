import { Ambito } from '../modules/territory/ambito.entity';
import { Municipality } from '../modules/territory/municipality.entity';
import { Operator } from '../modules/operators/operator.entity';
import { Skill } from '../modules/skills/skill.entity';
import { Occupation } from '../modules/skills/occupation.entity';
import { Beneficiary } from '../modules/beneficiaries/beneficiary.entity';
import { BeneficiarySkill } from '../modules/beneficiaries/beneficiary-skill.entity';
import { CaseStatusChange } from '../modules/beneficiaries/case-status-change.entity';
import { WorkConstraints } from '../modules/beneficiaries/work-constraints.entity';
import { Referral } from '../modules/referrals/referral.entity';
import { Employer } from '../modules/employers/employer.entity';
import { EmployerSite } from '../modules/employers/employer-site.entity';
import { HeadcountSnapshot } from '../modules/employers/headcount-snapshot.entity';
import { Opening } from '../modules/openings/opening.entity';
import { OpeningSkill } from '../modules/openings/opening-skill.entity';
import { MatchingWeight } from '../modules/matching/matching-weight.entity';

export const ENTITIES = [
  Ambito,
  Municipality,
  Operator,
  Skill,
  Occupation,
  Beneficiary,
  BeneficiarySkill,
  CaseStatusChange,
  WorkConstraints,
  Referral,
  Employer,
  EmployerSite,
  HeadcountSnapshot,
  Opening,
  OpeningSkill,
  MatchingWeight,
];
