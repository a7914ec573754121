import { todayInItaly } from '../../config/calendar';
import { DataSource, EntityManager } from 'typeorm';
import { rethrowUniqueViolation } from '../../db/unique-violation';
import { ConflictError, NotFoundError, UserInputError } from '../../graphql/errors';
import { stripUndefined } from '../../graphql/inputs';
import { Beneficiary } from '../beneficiaries/beneficiary.entity';
import { CaseStatus } from '../beneficiaries/beneficiary.enums';
import { BeneficiaryProfileInput } from '../beneficiaries/beneficiaries.types';
import { checkProfile, profileToEntityFields, REQUIRED_PROFILE_FIELDS } from '../beneficiaries/beneficiary-profile';
import { lockBeneficiary, recordCaseStatus } from '../beneficiaries/case-lifecycle.service';
import { Referral } from './referral.entity';
import { ReferralDetailsInput, UpdateReferralInput } from './referrals.types';

export interface ReferralIntake {
  referral: ReferralDetailsInput;
  beneficiaryId: string | null;
  newBeneficiary: BeneficiaryProfileInput | null;
}

function checkReferralDate(referredOn: string, field: string): void {
  if (referredOn > todayInItaly()) {
    throw new UserInputError('The referral date is in the future', field);
  }
}

/**
 * Referral intake, in one transaction: records the referral and creates the person when new, reopens a closed
 * case, or joins the case already open. Either everything is written or nothing is.
 */
export async function receiveReferral(
  dataSource: DataSource,
  intake: ReferralIntake,
  actorId: string | null,
): Promise<{ referral: Referral; beneficiary: Beneficiary; beneficiaryCreated: boolean }> {
  if ((intake.beneficiaryId === null) === (intake.newBeneficiary === null)) {
    throw new UserInputError('Give either beneficiaryId (a person already known) or newBeneficiary, not both', 'input.beneficiaryId');
  }
  checkReferralDate(intake.referral.referredOn, 'input.referral.referredOn');
  const reason = `Referral from ${intake.referral.serviceName}`;

  return dataSource.transaction(async (manager) => {
    let beneficiary: Beneficiary;
    let openedCase = true;
    const beneficiaryCreated = intake.newBeneficiary !== null;
    if (intake.newBeneficiary) {
      beneficiary = await createBeneficiary(manager, intake.newBeneficiary, reason, actorId);
    } else {
      beneficiary = await lockBeneficiary(manager, intake.beneficiaryId!, 'input.beneficiaryId');
      if (beneficiary.caseStatus === CaseStatus.CLOSED) {
        beneficiary.caseOpenedAt = new Date();
        beneficiary = await recordCaseStatus(manager, beneficiary, CaseStatus.REFERRED, reason, actorId);
      } else {
        openedCase = false;
      }
    }
    const referral = await manager.save(
      manager.create(Referral, {
        ...intake.referral,
        serviceName: intake.referral.serviceName.trim(),
        beneficiaryId: beneficiary.id,
        receivedById: actorId,
        openedCase,
      }),
    );
    return { referral, beneficiary, beneficiaryCreated };
  });
}

async function createBeneficiary(
  manager: EntityManager,
  profile: BeneficiaryProfileInput,
  reason: string,
  actorId: string | null,
): Promise<Beneficiary> {
  const fields = profileToEntityFields(profile, 'input.newBeneficiary');
  for (const required of REQUIRED_PROFILE_FIELDS) {
    if (fields[required] == null) {
      throw new UserInputError(`${required} is required for a new person`, `input.newBeneficiary.${required}`);
    }
  }
  await checkProfile(manager, fields, 'input.newBeneficiary');
  const known = await manager.findOneBy(Beneficiary, { codiceFiscale: fields.codiceFiscale! });
  if (known) throw duplicatePerson();
  const person = manager.create(Beneficiary, { ...fields, caseOpenedAt: new Date() });
  try {
    return await recordCaseStatus(manager, person, CaseStatus.REFERRED, reason, actorId);
  } catch (error) {
    rethrowUniqueViolation(error, duplicatePerson);
  }
}

function duplicatePerson(): ConflictError {
  return new ConflictError(
    'A person with this codice fiscale is already known: send the referral with their beneficiaryId',
    'input.newBeneficiary.codiceFiscale',
  );
}

export async function updateReferral(dataSource: DataSource, id: string, input: UpdateReferralInput): Promise<Referral> {
  return dataSource.transaction(async (manager) => {
    const referral = await manager.findOne(Referral, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!referral) throw new NotFoundError('Referral');
    if (input.referredOn) checkReferralDate(input.referredOn, 'input.referredOn');
    Object.assign(referral, stripUndefined(input));
    return manager.save(referral);
  });
}
