import { EntityManager } from 'typeorm';
import { ConflictError, NotFoundError, UserInputError } from '../../graphql/errors';
import { rethrowUniqueViolation } from '../../db/unique-violation';
import { stripUndefined } from '../../graphql/inputs';
import { hashPassword } from '../auth/passwords';
import { Operator, OperatorRole } from './operator.entity';
import { CreateOperatorInput, UpdateOperatorInput } from './operators.types';

/** Front-line roles belong to one ambito; coordinators and admins span both. */
function checkAmbitoForRole(role: OperatorRole, ambito: number | null, field: string): void {
  const needsAmbito = role === OperatorRole.OPERATOR || role === OperatorRole.EMPLOYER_LIAISON;
  if (needsAmbito && ambito === null) {
    throw new UserInputError(`An operator with role ${role} must belong to an ambito (1 or 3)`, field);
  }
}

export function listOperators(
  manager: EntityManager,
  filter: { role?: OperatorRole | null; ambito?: number | null; includeInactive?: boolean },
): Promise<Operator[]> {
  const query = manager.createQueryBuilder(Operator, 'o').orderBy('o.family_name').addOrderBy('o.given_name');
  if (filter.role) query.andWhere('o.role = :role', { role: filter.role });
  if (filter.ambito) query.andWhere('o.ambito_number = :ambito', { ambito: filter.ambito });
  if (!filter.includeInactive) query.andWhere('o.active');
  return query.getMany();
}

async function saveOperator(manager: EntityManager, operator: Operator): Promise<Operator> {
  try {
    return await manager.save(operator);
  } catch (error) {
    rethrowUniqueViolation(error, () => new ConflictError('Another operator already uses this email', 'input.email'));
  }
}

export async function createOperator(manager: EntityManager, input: CreateOperatorInput): Promise<Operator> {
  const ambito = input.ambito ?? null;
  checkAmbitoForRole(input.role, ambito, 'input.ambito');
  const { ambito: _ambito, password, ...fields } = input;
  const passwordHash = password ? await hashPassword(password) : null;
  const saved = await saveOperator(
    manager,
    manager.create(Operator, { ...fields, email: input.email.toLowerCase(), ambitoNumber: ambito, passwordHash }),
  );
  delete saved.passwordHash;
  return saved;
}

export async function updateOperator(manager: EntityManager, id: string, input: UpdateOperatorInput): Promise<Operator> {
  const operator = await manager.findOneBy(Operator, { id });
  if (!operator) throw new NotFoundError('Operator');
  const { ambito, email, ...fields } = input;
  if (fields.active === false && operator.active) operator.tokenVersion += 1;
  Object.assign(operator, stripUndefined(fields));
  if (email !== undefined) operator.email = email.toLowerCase();
  if (ambito !== undefined) operator.ambitoNumber = ambito;
  checkAmbitoForRole(operator.role, operator.ambitoNumber, 'input.ambito');
  return saveOperator(manager, operator);
}
