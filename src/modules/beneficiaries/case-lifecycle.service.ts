import { enumParam } from '../../i18n/translate';
import { DataSource, EntityManager } from 'typeorm';
import { ConflictError, LocalizedError, NotFoundError, UserInputError } from '../../graphql/errors';
import { Message, msg, storedText } from '../../i18n/message';
import { todayInItaly } from '../../config/calendar';
import { Beneficiary } from './beneficiary.entity';
import { CaseStatus } from './beneficiary.enums';
import { CaseStatusChange } from './case-status-change.entity';
import {
  allowedNextStatuses,
  canChangeCaseStatus,
  REOPENED_BY_REFERRAL,
  reopenRefusal,
  statusOnReopening,
} from './case-transitions';
import { italianDaySql } from '../../db/italian-calendar-sql';

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
  reason: string | Message,
  actorId: string | null,
): Promise<Beneficiary> {
  const from = beneficiary.caseStatus ?? null;
  beneficiary.caseStatus = to;
  const saved = await manager.save(beneficiary);
  await manager.insert(CaseStatusChange, {
    beneficiaryId: saved.id,
    fromStatus: from,
    toStatus: to,
    reason: storedText(reason),
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
        msg('beneficiaries.forbiddenTransition', {
          from: enumParam('CaseStatus', from ?? ''),
          to: enumParam('CaseStatus', to),
          allowed: enumParam('CaseStatus', allowed),
        }),
        { code: 'BAD_USER_INPUT', field: 'input.status', allowedStatuses: allowed },
      );
    }
    return recordCaseStatus(manager, beneficiary, to, reason.trim(), actorId);
  });
}

/**
 * A coordinator reopens a case closed by mistake, within `withinDays` of its closure, back to the status it was
 * closed from; the step and its reason go into the case history (and the audit trail, as every write).
 */
export function reopenCase(
  dataSource: DataSource,
  beneficiaryId: string,
  reason: string,
  actorId: string | null,
  withinDays: number,
  today = todayInItaly(),
): Promise<Beneficiary> {
  const why = reason.trim();
  if (!why) throw new UserInputError(msg('caseWork.blank'), 'reason');
  return dataSource.transaction(async (manager) => {
    const beneficiary = await lockBeneficiary(manager, beneficiaryId, 'beneficiaryId');
    if (beneficiary.caseStatus !== CaseStatus.CLOSED)
      throw new ConflictError(msg('caseWork.reopenNotClosed'), 'beneficiaryId');
    const [closure]: Array<{ fromStatus: CaseStatus | null; closedOn: string }> = await manager.query(
      `SELECT from_status AS "fromStatus", ${italianDaySql('changed_at')}::text AS "closedOn"
       FROM case_status_change WHERE beneficiary_id = $1 AND to_status = $2 ORDER BY changed_at DESC LIMIT 1`,
      [beneficiary.id, CaseStatus.CLOSED],
    );
    const closedOn = closure?.closedOn ?? today;
    if (reopenRefusal(closedOn, today, withinDays))
      throw new ConflictError(msg('caseWork.reopenTooLate', { closedOn, days: withinDays }), 'beneficiaryId');
    return recordCaseStatus(manager, beneficiary, statusOnReopening(closure?.fromStatus ?? null), why, actorId);
  });
}
