import { DataSource, In, Not } from 'typeorm';
import { NotFoundError, UserInputError } from '../../graphql/errors';
import { Beneficiary } from '../beneficiaries/beneficiary.entity';
import { CaseStatus } from '../beneficiaries/beneficiary.enums';
import { Operator } from '../operators/operator.entity';
import { Municipality } from '../territory/municipality.entity';
import { msg } from '../../i18n/message';
import { canHoldCases, servesAmbito } from './rules/caseload';

/**
 * A coordinator hands the open cases of one operator (all, or the people named) to another, during an absence or
 * for good. All or nothing: one person the receiver may not take refuses the whole hand-over. Each reassignment is a
 * write on the person, so the audit trail records who moved whom, when, under `handOverCaseload`.
 */
export function handOverCaseload(
  dataSource: DataSource,
  fromOperatorId: string,
  toOperatorId: string,
  beneficiaryIds: string[] | null,
): Promise<Beneficiary[]> {
  if (fromOperatorId === toOperatorId) throw new UserInputError(msg('caseWork.handOverSameOperator'), 'toOperatorId');
  return dataSource.transaction(async (manager) => {
    const receiver = await manager.findOneBy(Operator, { id: toOperatorId });
    if (!receiver) throw new NotFoundError('Operator', 'toOperatorId');
    if (!(await manager.existsBy(Operator, { id: fromOperatorId })))
      throw new NotFoundError('Operator', 'fromOperatorId');
    if (!canHoldCases(receiver)) throw new UserInputError(msg('caseWork.handOverNotAnOperator'), 'toOperatorId');

    const caseload = await manager.find(Beneficiary, {
      where: {
        assignedOperatorId: fromOperatorId,
        caseStatus: Not(CaseStatus.CLOSED),
        ...(beneficiaryIds ? { id: In(beneficiaryIds) } : {}),
      },
      order: { id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    if (beneficiaryIds) {
      const found = new Set(caseload.map((b) => b.id));
      const missing = beneficiaryIds.findIndex((id) => !found.has(id));
      if (missing >= 0) throw new UserInputError(msg('caseWork.handOverNotInCaseload'), `beneficiaryIds.${missing}`);
    }
    const towns = await manager.findBy(Municipality, { id: In(caseload.map((b) => b.residenceMunicipalityId)) });
    const ambitoOf = new Map(towns.map((m) => [m.id, m.ambitoNumber]));
    for (const person of caseload) {
      const ambito = ambitoOf.get(person.residenceMunicipalityId) ?? null;
      if (!servesAmbito(receiver, ambito))
        throw new UserInputError(msg('caseWork.handOverOutsideAmbito', { ambito: ambito ?? '—' }), 'toOperatorId');
    }
    for (const person of caseload) person.assignedOperatorId = toOperatorId;
    return manager.save(caseload);
  });
}
