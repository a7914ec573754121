import { MediationBriefResolver } from './brief.resolver';
import {
  CandidateEntrantResolver,
  MediationChangeResolver,
  OpeningEntrantResolver,
  WhatIfResolver,
} from './what-if.resolver';

export const MEDIATION_RESOLVERS = [
  WhatIfResolver,
  MediationChangeResolver,
  CandidateEntrantResolver,
  OpeningEntrantResolver,
  MediationBriefResolver,
] as const;
