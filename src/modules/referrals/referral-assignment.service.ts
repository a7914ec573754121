import { enumParam } from '../../i18n/translate';
import { findPersonByCodiceFiscale } from '../beneficiaries/identity.service';
import { DataSource, EntityManager } from 'typeorm';
import { ConflictError, NotFoundError, UserInputError } from '../../graphql/errors';
import { profileToEntityFields } from '../beneficiaries/beneficiary-profile';
import { lockBeneficiary } from '../beneficiaries/case-lifecycle.service';
import { ReferralAssignment, ReferralAssignmentStatus } from './referral-assignment.entity';
import { checkNewPerson, createPersonWithReferral, joinCase } from './referrals.service';
import { msg } from '../../i18n/message';

export enum AssignmentResolution {
  TRANSFER = 'TRANSFER',
  MERGE = 'MERGE',
  NEW_PERSON = 'NEW_PERSON',
  DECLINE = 'DECLINE',
}

export interface AssignmentDecision {
  resolution: AssignmentResolution;
  /** The known person to join the referral to; defaults to the person whose codice fiscale it carries. */
  beneficiaryId: string | null;
  note: string | null;
}

const STATUS_OF: Record<AssignmentResolution, ReferralAssignmentStatus> = {
  [AssignmentResolution.TRANSFER]: ReferralAssignmentStatus.TRANSFERRED,
  [AssignmentResolution.MERGE]: ReferralAssignmentStatus.MERGED,
  [AssignmentResolution.NEW_PERSON]: ReferralAssignmentStatus.PERSON_CREATED,
  [AssignmentResolution.DECLINE]: ReferralAssignmentStatus.DECLINED,
};

export function referralsAwaitingAssignment(manager: EntityManager): Promise<ReferralAssignment[]> {
  return manager.find(ReferralAssignment, {
    where: { status: ReferralAssignmentStatus.WAITING },
    order: { receivedAt: 'ASC' },
  });
}

/**
 * A coordinator's decision on a waiting referral, in one transaction: the referral joins a known person's case
 * (moving the person to the residence the referral gives, for a transfer), creates the person, or is declined.
 * The referral keeps the operator who received it.
 */
export async function resolveReferralAssignment(
  dataSource: DataSource,
  id: string,
  decision: AssignmentDecision,
  coordinatorId: string | null,
): Promise<ReferralAssignment> {
  return dataSource.transaction(async (manager) => {
    const assignment = await manager.findOne(ReferralAssignment, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!assignment) throw new NotFoundError('ReferralAssignment');
    if (assignment.status !== ReferralAssignmentStatus.WAITING) {
      throw new ConflictError(
        msg('referrals.referralAlreadyResolved', { status: enumParam('ReferralAssignmentStatus', assignment.status) }),
        'id',
      );
    }
    assignment.referralId = await carryOut(manager, assignment, decision);
    Object.assign(assignment, {
      status: STATUS_OF[decision.resolution],
      resolvedById: coordinatorId,
      resolvedAt: new Date(),
      resolutionNote: decision.note,
    });
    return manager.save(assignment);
  });
}

async function carryOut(
  manager: EntityManager,
  assignment: ReferralAssignment,
  decision: AssignmentDecision,
): Promise<string | null> {
  const details = assignment.referralDetails;
  switch (decision.resolution) {
    case AssignmentResolution.DECLINE:
      if (!decision.note?.trim()) throw new UserInputError(msg('referrals.sayWhyReferralDeclined'), 'input.note');
      return null;
    case AssignmentResolution.NEW_PERSON: {
      const fields = await checkNewPerson(manager, assignment.newBeneficiary, 'newBeneficiary');
      if ((await findPersonByCodiceFiscale(manager, fields.codiceFiscale!)) !== null) {
        throw new ConflictError(msg('referrals.personCodiceFiscaleKnown'), 'input.resolution');
      }
      return (await createPersonWithReferral(manager, fields, details, assignment.receivedById)).referral.id;
    }
    case AssignmentResolution.MERGE:
    case AssignmentResolution.TRANSFER: {
      const personId = decision.beneficiaryId ?? assignment.knownBeneficiaryId;
      if (!personId) throw new UserInputError(msg('referrals.namePersonReferralJoins'), 'input.beneficiaryId');
      const beneficiary = await lockBeneficiary(manager, personId, 'input.beneficiaryId');
      if (decision.resolution === AssignmentResolution.TRANSFER) {
        beneficiary.residenceMunicipalityId = profileToEntityFields(
          assignment.newBeneficiary,
          'newBeneficiary',
        ).residenceMunicipalityId!;
        await manager.save(beneficiary);
      }
      return (await joinCase(manager, beneficiary, details, assignment.receivedById)).referral.id;
    }
  }
}
