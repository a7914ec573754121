import { HardConstraintCode, MatchFactorCode } from '../matching/rules/factors';
import { Opening } from '../openings/opening.entity';
import { Placement } from '../placements/placement.entity';
import { OperatorRole } from '../operators/operator.entity';
import { PonteContext } from '../auth/context';
import { allows, MATCH_DISCLOSURE } from './policy';
import { Guard, rootFieldName } from './field-guard';
import { Message, msg } from '../../i18n/message';

/*
 * The side doors of matching (see MATCH_DISCLOSURE in the policy): what a ranking says about a person's health
 * and history is hidden from the roles that may not read it, and recorded as a read for those who may.
 */

const NEUTRAL_PAST_PLACEMENT = msg('matching.factor.pastHidden');

/** Exclusion reasons that quote the person's limitations or needs, and the field each quotes. */
const WORK_CONSTRAINT_OF_REASON: Partial<Record<HardConstraintCode, string>> = {
  [HardConstraintCode.PHYSICAL_LIMITATION]: 'physicalLimitations',
  [HardConstraintCode.ACCESSIBILITY]: 'accessibilityNeeds',
};

const roleOf = (context: PonteContext): OperatorRole | null => context.viewer?.role ?? null;

function recordNeedsRead(context: PonteContext, beneficiaryId: string, operation: string, field: string): void {
  context.readAudit.record('WorkConstraints', beneficiaryId, { beneficiaryId }, operation, field);
}

/** A liaison reads a person's needs only once the person is proposed to, or working for, the opening's employer. */
async function proposedToEmployer(context: PonteContext, beneficiaryId: string, openingId: string): Promise<boolean> {
  const [opening, placements] = await Promise.all([
    context.loaders.byId(Opening).load(openingId),
    context.loaders.manyBy(Placement, 'beneficiaryId').load(beneficiaryId),
  ]);
  if (!opening) return false;
  return placements.some(
    (p) => p.employerId === opening.employerId && MATCH_DISCLOSURE.liaisonNeedsPlacementStatuses.includes(p.status),
  );
}

const accommodations: Guard = async (match, _args, context, info, next) => {
  const role = roleOf(context);
  if (role === null) return null;
  const mayRead =
    allows(MATCH_DISCLOSURE.caseWorkers, role) ||
    (role === OperatorRole.EMPLOYER_LIAISON &&
      (await proposedToEmployer(context, match.beneficiaryId, match.openingId)));
  if (!mayRead) return null;
  const value = (await next()) as unknown[];
  if (value.length) recordNeedsRead(context, match.beneficiaryId, rootFieldName(info), 'accessibilityNeeds');
  return value;
};

const excluded: Guard = (_ranking, _args, context, _info, next) =>
  allows(MATCH_DISCLOSURE.caseWorkers, roleOf(context)) ? next() : Promise.resolve(null);

const exclusionReasons: Guard = async (pair, _args, context, info, next) => {
  const reasons = (await next()) as Array<{ code: HardConstraintCode }>;
  for (const reason of reasons) {
    const field = WORK_CONSTRAINT_OF_REASON[reason.code];
    if (field) recordNeedsRead(context, pair.beneficiaryId, rootFieldName(info), field);
  }
  return reasons;
};

const factors: Guard = async (_match, _args, context, _info, next) => {
  const value = (await next()) as Array<{ code: MatchFactorCode; message: Message }>;
  if (allows(MATCH_DISCLOSURE.caseWorkers, roleOf(context))) return value;
  return value.map((factor) =>
    factor.code === MatchFactorCode.PAST_PLACEMENT ? { ...factor, message: NEUTRAL_PAST_PLACEMENT } : factor,
  );
};

export const MATCH_FIELD_GUARDS: Readonly<Record<string, Guard>> = {
  'Match.accommodations': accommodations,
  'Match.factors': factors,
  'MatchRanking.excluded': excluded,
  'ExcludedMatch.reasons': exclusionReasons,
};
