import { DEFAULT_LOCALE } from '../../i18n/locale';
import { translate } from '../../i18n/translate';
import { DataSource, EntityManager } from 'typeorm';
import { ConflictError, UserInputError } from '../../graphql/errors';
import { rethrowUniqueViolation } from '../../db/unique-violation';
import { Beneficiary } from './beneficiary.entity';
import { birthDateMatches } from './beneficiary-profile';
import { lockBeneficiary } from './case-lifecycle.service';
import { checkCodiceFiscale } from './codice-fiscale';
import { CodiceFiscaleChange } from './codice-fiscale-change.entity';
import { isTemporaryCodiceFiscale } from './temporary-codice-fiscale';
import { msg } from '../../i18n/message';

/**
 * The person a codice fiscale names: by their current code, or by a code they had before (a temporary code
 * replaced by the definitive one still finds them, so a late referral with the old code joins their case).
 */
export async function findPersonByCodiceFiscale(manager: EntityManager, code: string): Promise<Beneficiary | null> {
  const current = await manager.findOneBy(Beneficiary, { codiceFiscale: code });
  if (current) return current;
  const change = await manager.findOne(CodiceFiscaleChange, {
    where: { previousCode: code },
    order: { changedAt: 'DESC' },
  });
  return change ? manager.findOneBy(Beneficiary, { id: change.beneficiaryId }) : null;
}

/**
 * A temporary codice fiscale replaced by the definitive one. The person keeps their record, and with it every
 * referral, placement, note and contact; the old code stays in the history. The definitive code must encode the birth
 * date as recorded today (correct the birth date first if it is the wrong one).
 */
export function replaceCodiceFiscale(
  dataSource: DataSource,
  beneficiaryId: string,
  input: { codiceFiscale: string; reason?: string | null },
  actorId: string | null,
): Promise<Beneficiary> {
  const checked = checkCodiceFiscale(input.codiceFiscale);
  if (!checked.valid) throw new UserInputError(checked.message, 'input.codiceFiscale');
  const code = checked.normalized;
  return dataSource.transaction(async (manager) => {
    const person = await lockBeneficiary(manager, beneficiaryId, 'beneficiaryId');
    if (!isTemporaryCodiceFiscale(person.codiceFiscale))
      throw new ConflictError(msg('caseWork.cfNotTemporary'), 'beneficiaryId');
    if (!birthDateMatches(code, person.birthDate))
      throw new UserInputError(msg('caseWork.cfBirthDateMismatch'), 'input.codiceFiscale');
    const holder = await findPersonByCodiceFiscale(manager, code);
    // Worded as updateBeneficiary words it: the answer does not say whose code it is, nor where they live.
    if (holder && holder.id !== person.id) throw new ConflictError(msg('caseWork.cfTaken'), 'input.codiceFiscale');
    await manager.insert(CodiceFiscaleChange, {
      beneficiaryId: person.id,
      previousCode: person.codiceFiscale,
      newCode: code,
      // Stored in the history, which is kept in the service's language.
      reason: input.reason?.trim() || translate(DEFAULT_LOCALE, 'caseWork.cfDefinitiveReason'),
      changedById: actorId,
    });
    person.codiceFiscale = code;
    try {
      return await manager.save(person);
    } catch (error) {
      rethrowUniqueViolation(error, () => new ConflictError(msg('caseWork.cfTaken'), 'input.codiceFiscale'));
    }
  });
}
