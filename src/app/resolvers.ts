import { NodeResolver } from './node.resolver';
import { MunicipalityResolver } from '../modules/territory/territory.resolver';
import { OperatorResolver } from '../modules/operators/operators.resolver';
import { SkillResolver } from '../modules/skills/skills.resolver';
import {
  BeneficiaryResolver,
  BeneficiarySkillResolver,
  CaseStatusChangeResolver,
  WorkConstraintsResolver,
} from '../modules/beneficiaries/beneficiaries.resolver';
import { CASE_WORK_RESOLVERS } from '../modules/case-work/case-work.resolver';
import { BeneficiaryIdentityResolver } from '../modules/beneficiaries/identity.resolver';
import { ReferralResolver } from '../modules/referrals/referrals.resolver';
import { ReferralAssignmentResolver } from '../modules/referrals/referral-assignment.resolver';
import {
  EmployerResolver,
  EmployerSiteResolver,
  HeadcountSnapshotResolver,
} from '../modules/employers/employers.resolver';
import { OPENING_RESOLVERS } from '../modules/openings/openings.resolver';
import { MATCHING_RESOLVERS } from '../modules/matching/api/matching.resolver';
import { MEDIATION_RESOLVERS } from '../modules/mediation/api';
import { PLACEMENT_RESOLVERS } from '../modules/placements/api/placements.resolver';
import { STATISTICS_RESOLVERS } from '../modules/statistics/statistics.resolver';
import { QUOTA_RESOLVERS } from '../modules/quotas/api/quota.resolver';
import { WORKSHOP_RESOLVERS } from '../modules/workshops/api';
import { AuthResolver } from '../modules/auth/auth.resolver';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { LabelsResolver } from '../modules/labels/labels.resolver';
import { OperatorRoleGrantResolver, RoleGrantResolver } from '../modules/role-grants/role-grants.resolver';

import { DOCUMENT_RESOLVERS } from '../modules/documents/documents.resolver';
import { PRIVACY_RESOLVERS } from '../modules/privacy/privacy.resolver';

/** Every module's resolvers; the schema is built from this list. */
export const RESOLVERS = [
  NodeResolver,
  LabelsResolver,
  AuthResolver,
  AuditResolver,
  MunicipalityResolver,
  OperatorResolver,
  RoleGrantResolver,
  OperatorRoleGrantResolver,
  SkillResolver,
  BeneficiaryResolver,
  BeneficiarySkillResolver,
  CaseStatusChangeResolver,
  WorkConstraintsResolver,
  ...CASE_WORK_RESOLVERS,
  BeneficiaryIdentityResolver,
  ReferralResolver,
  ReferralAssignmentResolver,
  EmployerResolver,
  EmployerSiteResolver,
  HeadcountSnapshotResolver,
  ...OPENING_RESOLVERS,
  ...PLACEMENT_RESOLVERS,
  ...STATISTICS_RESOLVERS,
  ...QUOTA_RESOLVERS,
  ...MATCHING_RESOLVERS,
  ...WORKSHOP_RESOLVERS,
  ...DOCUMENT_RESOLVERS,
  ...PRIVACY_RESOLVERS,
  ...MEDIATION_RESOLVERS,
] as const;
