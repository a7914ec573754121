import { todayInItaly } from '../../config/calendar';
import { EntityManager } from 'typeorm';
import { InputProblems } from '../../graphql/input-problems';
import { parseId, parseOptionalId } from '../../graphql/ids';
import { stripUndefined } from '../../graphql/inputs';
import { Operator } from '../operators/operator.entity';
import { Municipality } from '../territory/municipality.entity';
import { Beneficiary } from './beneficiary.entity';
import { BeneficiaryProfileInput } from './beneficiaries.types';
import { decodeCodiceFiscale } from './codice-fiscale';
import { checkPersonalCodiceFiscale, isTemporaryCodiceFiscale } from './temporary-codice-fiscale';
import { msg } from '../../i18n/message';

export const REQUIRED_PROFILE_FIELDS = [
  'codiceFiscale',
  'givenName',
  'familyName',
  'birthDate',
  'residenceMunicipalityId',
] as const;

/** Turns a profile input into entity fields: global IDs to UUIDs, the codice fiscale to its canonical form. */
export function profileToEntityFields(input: BeneficiaryProfileInput, field: string): Partial<Beneficiary> {
  const fields = stripUndefined({
    ...input,
    codiceFiscale: input.codiceFiscale === undefined ? undefined : normalizeCodiceFiscale(input.codiceFiscale),
    residenceMunicipalityId:
      input.residenceMunicipalityId === undefined
        ? undefined
        : parseId(input.residenceMunicipalityId, 'Municipality', `${field}.residenceMunicipalityId`),
    assignedOperatorId: parseOptionalId(input.assignedOperatorId, 'Operator', `${field}.assignedOperatorId`),
    givenName: input.givenName?.trim(),
    familyName: input.familyName?.trim(),
  });
  return fields as Partial<Beneficiary>;
}

function normalizeCodiceFiscale(value: string): string {
  const result = checkPersonalCodiceFiscale(value);
  return result.valid ? result.normalized : value;
}

/**
 * Rules that span fields or need the database: the codice fiscale encodes the birth date, the municipality and
 * operator must exist, and an inactive operator takes no new cases. `changed` are the values being set (a change's
 * input; all of a new person): only their references are checked, so a person's record stays editable after their
 * operator left the service.
 */
export async function checkProfile(
  manager: EntityManager,
  person: Partial<Beneficiary>,
  field: string,
  problems = new InputProblems(),
  changed: Partial<Beneficiary> = person,
): Promise<void> {
  if (person.codiceFiscale && person.birthDate && !birthDateMatches(person.codiceFiscale, person.birthDate)) {
    problems.add(`${field}.birthDate`, msg('beneficiaries.birthDateDoesMatch'));
  }
  if (person.birthDate && person.birthDate > todayInItaly()) {
    problems.add(`${field}.birthDate`, msg('beneficiaries.birthDateFuture'));
  }
  if (
    changed.residenceMunicipalityId &&
    !(await manager.existsBy(Municipality, { id: changed.residenceMunicipalityId }))
  ) {
    problems.add(`${field}.residenceMunicipalityId`, msg('beneficiaries.municipalityId'));
  }
  if (changed.assignedOperatorId) {
    const operator = await manager.findOneBy(Operator, { id: changed.assignedOperatorId });
    if (!operator) problems.add(`${field}.assignedOperatorId`, msg('beneficiaries.operatorId'));
    else if (!operator.active) problems.add(`${field}.assignedOperatorId`, msg('beneficiaries.operatorLongerActive'));
  }
  // Every problem of the profile at once: the operator fixes the form in one go.
  problems.throwIfAny();
}

/** Whether a definitive codice fiscale encodes this birth date; a temporary code encodes none, so it always fits. */
export function birthDateMatches(codiceFiscale: string, birthDate: string): boolean {
  if (isTemporaryCodiceFiscale(codiceFiscale)) return true;
  const encoded = decodeCodiceFiscale(codiceFiscale).birthDate;
  const [year, month, day] = birthDate.split('-').map(Number);
  return year % 100 === encoded.yearTwoDigits && month === encoded.month && day === encoded.day;
}
