import { enumParam } from '../../i18n/translate';
import { DataSource } from 'typeorm';
import { ConflictError, NotFoundError, UserInputError } from '../../graphql/errors';
import { CaseStatus } from '../beneficiaries/beneficiary.enums';
import { lockBeneficiary, recordCaseStatus } from '../beneficiaries/case-lifecycle.service';
import { msg } from '../../i18n/message';
import { Referral } from './referral.entity';
import { referralVoidEffect } from './referral-void';

/** Voids a referral entered by mistake, keeping it; see referralVoidEffect for what it does to the case. */
export function voidReferral(
  dataSource: DataSource,
  referralId: string,
  reason: string,
  actorId: string | null,
): Promise<Referral> {
  const why = reason.trim();
  if (!why) throw new UserInputError(msg('caseWork.blank'), 'reason');
  return dataSource.transaction(async (manager) => {
    const unlocked = await manager.findOneBy(Referral, { id: referralId });
    if (!unlocked) throw new NotFoundError('Referral');
    const beneficiary = await lockBeneficiary(manager, unlocked.beneficiaryId);
    const referral = (await manager.findOne(Referral, {
      where: { id: referralId },
      lock: { mode: 'pessimistic_write' },
    }))!;
    const [latestOpening] = await manager.find(Referral, {
      where: { beneficiaryId: beneficiary.id, openedCase: true },
      order: { createdAt: 'DESC' },
      take: 1,
    });
    const effect = referralVoidEffect(
      { voided: referral.voidedAt !== null, openedCurrentCase: latestOpening?.id === referral.id },
      beneficiary.caseStatus,
    );
    if (!effect.ok) {
      throw new ConflictError(
        effect.problem === 'ALREADY_VOIDED'
          ? msg('caseWork.referralAlreadyVoided')
          : msg('caseWork.referralOpenedCaseInProgress', { status: enumParam('CaseStatus', beneficiary.caseStatus) }),
        'id',
      );
    }
    referral.voidedAt = new Date();
    referral.voidedById = actorId;
    referral.voidReason = why;
    await manager.save(referral);
    if (effect.closeCase) {
      await recordCaseStatus(
        manager,
        beneficiary,
        CaseStatus.CLOSED,
        msg('caseWork.referralVoidedCaseClosed', { reason: why }),
        actorId,
      );
    }
    return referral;
  });
}
