import { caseWorkMessages } from './case-work';
import { commonMessages } from './common';
import { labelsMessages } from './labels';
import { phoneMessages } from './phone';
import { accessControlMessages } from './access-control';
import { appMessages } from './app';
import { auditMessages } from './audit';
import { authMessages } from './auth';
import { beneficiariesMessages } from './beneficiaries';
import { employersMessages } from './employers';
import { errorsMessages } from './errors';
import { graphqlMessages } from './graphql';
import { matchingMessages } from './matching';
import { openingsMessages } from './openings';
import { operatorsMessages } from './operators';
import { placementsMessages } from './placements';
import { quotasMessages } from './quotas';
import { quotaLineMessages } from './quota-lines';
import { referralsMessages } from './referrals';
import { roleGrantsMessages } from './role-grants';
import { skillsMessages } from './skills';
import { statisticsMessages } from './statistics';
import { territoryMessages } from './territory';
import { validationMessages } from './validation';
import { worklistMessages } from './worklist';
import { listsMessages } from './lists';
import { documentMessages } from './documents';
import { privacyMessages } from './privacy';
import { mediationMessages } from './mediation';
import type { MessageTable } from './types';
import { workshopMessages } from './workshops';

/**
 * The catalogue: every sentence Ponte writes for people, in Italian and English. Each area keeps its own file in
 * this folder and is listed here once.
 */
export const CATALOGUE = {
  ...commonMessages,
  ...labelsMessages,
  ...phoneMessages,
  ...accessControlMessages,
  ...appMessages,
  ...auditMessages,
  ...authMessages,
  ...beneficiariesMessages,
  ...employersMessages,
  ...errorsMessages,
  ...graphqlMessages,
  ...matchingMessages,
  ...openingsMessages,
  ...operatorsMessages,
  ...placementsMessages,
  ...quotasMessages,
  ...quotaLineMessages,
  ...referralsMessages,
  ...roleGrantsMessages,
  ...skillsMessages,
  ...statisticsMessages,
  ...territoryMessages,
  ...validationMessages,
  ...worklistMessages,
  ...listsMessages,
  ...workshopMessages,
  ...caseWorkMessages,
  ...documentMessages,
  ...privacyMessages,
  ...mediationMessages,
} satisfies MessageTable;

export type MessageKey = keyof typeof CATALOGUE;
