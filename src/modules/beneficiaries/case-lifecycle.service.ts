import { DataSource, EntityManager } from 'typeorm';
import { LocalizedError, NotFoundError, UserInputError } from '../../graphql/errors';
import { Beneficiary } from './beneficiary.entity';
import { CaseStatus } from './beneficiary.enums';
import { CaseStatusChange } from './case-status-change.entity';
import { allowedNextStatuses, canChangeCaseStatus, REOPENED_BY_REFERRAL } from './case-transitions';
import { msg } from '../../i18n/message';

export async function lockBeneficiary(manager: EntityManager, id: string, field = 'id'): Promise<Beneficiary> {
  const beneficiary = await manager.findOne(Beneficiary, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!beneficiary) throw new NotFoundError('Beneficiary', field);
  return beneficiary;
}

/** Moves a case and records the step in the same transaction, so status and history never disagree. */
export async function recordCaseStatus(
  manager: EntityManager,
  beneficiary: Beneficiary,
  to: CaseStatus,
  reason: string,
  actorId: string | null,
): Promise<Beneficiary> {
  const from = beneficiary.caseStatus ?? null;
  beneficiary.caseStatus = to;
  const saved = await manager.save(beneficiary);
  await manager.insert(CaseStatusChange, {
    beneficiaryId: saved.id,
    fromStatus: from,
    toStatus: to,
    reason,
    changedById: actorId,
  });
  return saved;
}

export function changeCaseStatus(
  dataSource: DataSource,
  beneficiaryId: string,
  to: CaseStatus,
  reason: string,
  actorId: string | null,
): Promise<Beneficiary> {
  return dataSource.transaction(async (manager) => {
    const beneficiary = await lockBeneficiary(manager, beneficiaryId, 'beneficiaryId');
    const from = beneficiary.caseStatus;
    if (from === REOPENED_BY_REFERRAL.from && to === REOPENED_BY_REFERRAL.to) {
      throw new UserInputError(msg('beneficiaries.closedCaseReopensOnly'), 'input.status');
    }
    if (!canChangeCaseStatus(from, to)) {
      const allowed = allowedNextStatuses(from);
      throw new LocalizedError(
        msg('beneficiaries.forbiddenTransition', { from, to, allowed: allowed.join(', ') || '-' }),
        { code: 'BAD_USER_INPUT', field: 'input.status', allowedStatuses: allowed },
      );
    }
    return recordCaseStatus(manager, beneficiary, to, reason.trim(), actorId);
  });
}
