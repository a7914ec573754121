import { findPersonByCodiceFiscale } from '../beneficiaries/identity.service';
import { todayInItaly } from '../../config/calendar';
import { DataSource, EntityManager } from 'typeorm';
import { rethrowUniqueViolation } from '../../db/unique-violation';
import { ConflictError, NotFoundError, UserInputError } from '../../graphql/errors';
import { stripUndefined } from '../../graphql/inputs';
import { Beneficiary } from '../beneficiaries/beneficiary.entity';
import { CaseStatus } from '../beneficiaries/beneficiary.enums';
import { BeneficiaryProfileInput } from '../beneficiaries/beneficiaries.types';
import { checkProfile, profileToEntityFields, REQUIRED_PROFILE_FIELDS } from '../beneficiaries/beneficiary-profile';
import { InputProblems } from '../../graphql/input-problems';
import { lockBeneficiary, recordCaseStatus } from '../beneficiaries/case-lifecycle.service';
import { REOPENED_BY_REFERRAL } from '../beneficiaries/case-transitions';
import { Municipality } from '../territory/municipality.entity';
import { ReferralAssignment, ReferralAssignmentCause } from './referral-assignment.entity';
import { Referral } from './referral.entity';
import { ReferralDetailsInput, UpdateReferralInput } from './referrals.types';
import { Message, msg } from '../../i18n/message';

export interface ReferralIntake {
  referral: ReferralDetailsInput;
  beneficiaryId: string | null;
  newBeneficiary: BeneficiaryProfileInput | null;
}

/** Who receives a referral and, for an OPERATOR, the ambito whose people they may take on. */
export interface IntakeRouting {
  operatorId: string | null;
  /** An OPERATOR's ambito (null only for an account without one, which then takes on no one); absent for a coordinator. */
  confinedTo: { ambito: number | null } | null;
}

export type IntakeResult =
  | { referral: Referral; beneficiary: Beneficiary; beneficiaryCreated: boolean; awaitingAssignment: false }
  | { referral: null; beneficiary: null; beneficiaryCreated: false; awaitingAssignment: true };

function checkReferralDate(referredOn: string, field: string): void {
  if (referredOn > todayInItaly()) {
    throw new UserInputError(msg('referrals.referralDateFuture'), field);
  }
}

/**
 * Referral intake, in one transaction: records the referral and creates the person when new, reopens a closed
 * case, or joins the case already open. Either everything is written or nothing is. A new person an operator may
 * not take on (living in another ambito, or known there) waits for a coordinator instead, with the same answer
 * whatever the cause.
 */
export async function receiveReferral(
  dataSource: DataSource,
  intake: ReferralIntake,
  routing: IntakeRouting,
): Promise<IntakeResult> {
  if ((intake.beneficiaryId === null) === (intake.newBeneficiary === null)) {
    throw new UserInputError(msg('referrals.giveEitherBeneficiaryidPerson'), 'input.beneficiaryId');
  }
  checkReferralDate(intake.referral.referredOn, 'input.referral.referredOn');

  return dataSource.transaction(async (manager): Promise<IntakeResult> => {
    if (intake.beneficiaryId) {
      const beneficiary = await lockBeneficiary(manager, intake.beneficiaryId, 'input.beneficiaryId');
      const joined = await joinCase(manager, beneficiary, intake.referral, routing.operatorId);
      return { ...joined, beneficiaryCreated: false, awaitingAssignment: false };
    }
    const fields = await checkNewPerson(manager, intake.newBeneficiary!, 'input.newBeneficiary');
    const known = await findPersonByCodiceFiscale(manager, fields.codiceFiscale!);
    const waits = await assignmentCause(manager, fields, known, routing);
    if (waits) {
      await manager.save(
        manager.create(ReferralAssignment, {
          receivedById: routing.operatorId!,
          cause: waits.cause,
          knownBeneficiaryId: waits.knownBeneficiaryId,
          referralDetails: { ...intake.referral },
          newBeneficiary: { ...intake.newBeneficiary! },
        }),
      );
      return { referral: null, beneficiary: null, beneficiaryCreated: false, awaitingAssignment: true };
    }
    if (known) throw duplicatePerson();
    const { referral, beneficiary } = await createPersonWithReferral(
      manager,
      fields,
      intake.referral,
      routing.operatorId,
    );
    return { referral, beneficiary, beneficiaryCreated: true, awaitingAssignment: false };
  });
}

/** Why a new person an operator sends must wait for a coordinator, or null when the operator may take them on. */
async function assignmentCause(
  manager: EntityManager,
  fields: Partial<Beneficiary>,
  known: Beneficiary | null,
  routing: IntakeRouting,
): Promise<{ cause: ReferralAssignmentCause; knownBeneficiaryId: string | null } | null> {
  if (!routing.confinedTo) return null;
  const own = routing.confinedTo.ambito;
  const inOwnAmbito = async (municipalityId: string) =>
    own !== null && (await ambitoOfMunicipality(manager, municipalityId)) === own;
  if (known) {
    return (await inOwnAmbito(known.residenceMunicipalityId))
      ? null
      : { cause: ReferralAssignmentCause.PERSON_KNOWN_ELSEWHERE, knownBeneficiaryId: known.id };
  }
  return (await inOwnAmbito(fields.residenceMunicipalityId!))
    ? null
    : { cause: ReferralAssignmentCause.RESIDENCE_OUTSIDE_AMBITO, knownBeneficiaryId: null };
}

async function ambitoOfMunicipality(manager: EntityManager, municipalityId: string): Promise<number | null> {
  return (await manager.findOneBy(Municipality, { id: municipalityId }))?.ambitoNumber ?? null;
}

/** Records the referral on a known person's case, reopening it when closed. */
export async function joinCase(
  manager: EntityManager,
  beneficiary: Beneficiary,
  details: ReferralDetailsInput,
  receivedById: string | null,
): Promise<{ referral: Referral; beneficiary: Beneficiary }> {
  const openedCase = beneficiary.caseStatus === REOPENED_BY_REFERRAL.from;
  let current = beneficiary;
  if (openedCase) {
    beneficiary.caseOpenedAt = new Date();
    current = await recordCaseStatus(
      manager,
      beneficiary,
      REOPENED_BY_REFERRAL.to,
      referralReason(details),
      receivedById,
    );
  }
  return {
    beneficiary: current,
    referral: await saveReferral(manager, details, beneficiary.id, receivedById, openedCase),
  };
}

/**
 * Creates the person a referral introduces, with the referral that opens their case. The caller has looked the
 * codice fiscale up (each answers a known person in its own words); one inserted meanwhile is refused by the unique
 * index, as CONFLICT.
 */
export async function createPersonWithReferral(
  manager: EntityManager,
  fields: Partial<Beneficiary>,
  details: ReferralDetailsInput,
  receivedById: string | null,
): Promise<{ referral: Referral; beneficiary: Beneficiary }> {
  const beneficiary = await createBeneficiary(manager, fields, referralReason(details), receivedById);
  return { beneficiary, referral: await saveReferral(manager, details, beneficiary.id, receivedById, true) };
}

const referralReason = (details: ReferralDetailsInput) =>
  msg('referrals.history.referral', { service: details.serviceName });

function saveReferral(
  manager: EntityManager,
  details: ReferralDetailsInput,
  beneficiaryId: string,
  receivedById: string | null,
  openedCase: boolean,
): Promise<Referral> {
  return manager.save(
    manager.create(Referral, {
      ...details,
      serviceName: details.serviceName.trim(),
      beneficiaryId,
      receivedById,
      openedCase,
    }),
  );
}

/** The new person's profile, complete and consistent, as entity fields. */
export async function checkNewPerson(
  manager: EntityManager,
  profile: BeneficiaryProfileInput,
  field: string,
): Promise<Partial<Beneficiary>> {
  const problems = new InputProblems();
  let fields: Partial<Beneficiary> = {};
  // An ID of the wrong type is one more problem of the form, not a reason to stop looking.
  await problems.collect(() => {
    fields = profileToEntityFields(profile, field);
  });
  for (const required of REQUIRED_PROFILE_FIELDS) {
    if (fields[required] == null && profile[required] == null) {
      problems.add(`${field}.${required}`, msg('referrals.requiredNewPerson', { required }));
    }
  }
  await checkProfile(manager, fields, field, problems);
  return fields;
}

async function createBeneficiary(
  manager: EntityManager,
  fields: Partial<Beneficiary>,
  reason: Message,
  actorId: string | null,
): Promise<Beneficiary> {
  const person = manager.create(Beneficiary, { ...fields, caseOpenedAt: new Date() });
  try {
    return await recordCaseStatus(manager, person, CaseStatus.REFERRED, reason, actorId);
  } catch (error) {
    rethrowUniqueViolation(error, duplicatePerson);
  }
}

function duplicatePerson(): ConflictError {
  return new ConflictError(msg('referrals.personCodiceFiscaleAlready'), 'input.newBeneficiary.codiceFiscale');
}

export async function updateReferral(
  dataSource: DataSource,
  id: string,
  input: UpdateReferralInput,
): Promise<Referral> {
  return dataSource.transaction(async (manager) => {
    const referral = await manager.findOne(Referral, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!referral) throw new NotFoundError('Referral');
    if (input.referredOn) checkReferralDate(input.referredOn, 'input.referredOn');
    Object.assign(referral, stripUndefined(input));
    return manager.save(referral);
  });
}
