import { enumParam } from '../../i18n/translate';
import { EntityManager } from 'typeorm';
import { ConflictError, ForbiddenError, NotFoundError, UserInputError } from '../../graphql/errors';
import { rethrowUniqueViolation } from '../../db/unique-violation';
import { stripUndefined } from '../../graphql/inputs';
import { hashPassword } from '../auth/passwords';
import { RoleGrant, RoleGrantCause, RoleGrantStatus } from '../role-grants/role-grant.entity';
import { Assignment, decideRoleChange, readsCaseContent, selfPowerChange } from '../role-grants/role-grant-rules';
import { cancelPendingGrant, requestRoleGrant } from '../role-grants/role-grants.service';
import { Operator, OperatorRole } from './operator.entity';
import { CreateOperatorInput, UpdateOperatorInput } from './operators.types';
import { SERVICE_AMBITI_TEXT } from '../territory/service-ambiti';
import { msg } from '../../i18n/message';

/** Front-line roles belong to one ambito; coordinators and admins span both. */
function checkAmbitoForRole(role: OperatorRole, ambito: number | null, field: string): void {
  const needsAmbito = role === OperatorRole.OPERATOR || role === OperatorRole.EMPLOYER_LIAISON;
  if (needsAmbito && ambito === null) {
    throw new UserInputError(
      msg('operators.operatorRoleBelongAmbito', { role: enumParam('OperatorRole', role), ambiti: SERVICE_AMBITI_TEXT }),
      field,
    );
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
    rethrowUniqueViolation(error, () => new ConflictError(msg('operators.anotherOperatorAlreadyUses'), 'input.email'));
  }
}

async function insertOperator(
  tx: EntityManager,
  input: CreateOperatorInput,
  assignment: Assignment,
): Promise<Operator> {
  const { ambito: _ambito, role: _role, password, ...fields } = input;
  const passwordHash = password ? await hashPassword(password) : null;
  const saved = await saveOperator(
    tx,
    tx.create(Operator, { ...fields, ...assignment, email: input.email.toLowerCase(), passwordHash }),
  );
  delete saved.passwordHash;
  return saved;
}

/**
 * An admin creates an account. A role without case content is given at once; a role with case content is only asked
 * for: the account has no role (and cannot sign in) until a coordinator approves it.
 */
export async function createOperator(
  manager: EntityManager,
  input: CreateOperatorInput,
  requestedById: string,
): Promise<Operator> {
  const requested: Assignment = { role: input.role, ambitoNumber: input.ambito ?? null };
  checkAmbitoForRole(input.role, requested.ambitoNumber, 'input.ambito');
  return manager.transaction(async (tx) => {
    if (!readsCaseContent(input.role)) return insertOperator(tx, input, requested);
    const operator = await insertOperator(tx, input, { role: null, ambitoNumber: null });
    await requestRoleGrant(tx, operator.id, requested, RoleGrantCause.CREATED, requestedById);
    return operator;
  });
}

/**
 * The first accounts of a new installation, from the command line: whoever runs it holds the database already, so
 * the role applies at once.
 */
export async function createFirstAccount(manager: EntityManager, input: CreateOperatorInput): Promise<Operator> {
  checkAmbitoForRole(input.role, input.ambito ?? null, 'input.ambito');
  return manager.transaction((tx) =>
    insertOperator(tx, input, { role: input.role, ambitoNumber: input.ambito ?? null }),
  );
}

/** What an update asks the account's role and ambito to be; null when it does not touch them. */
function requestedAssignment(
  operator: Operator,
  pending: RoleGrant | null,
  input: UpdateOperatorInput,
): Assignment | null {
  if (input.role === undefined && input.ambito === undefined) return null;
  const base: Assignment = pending ?? { role: operator.role, ambitoNumber: operator.ambitoNumber };
  const role = input.role ?? base.role;
  if (role === null) throw new UserInputError(msg('operators.accountRoleGiveOne'), 'input.role');
  return { role, ambitoNumber: input.ambito !== undefined ? input.ambito : base.ambitoNumber };
}

export async function updateOperator(
  manager: EntityManager,
  id: string,
  input: UpdateOperatorInput,
  actorId: string,
): Promise<Operator> {
  const ownField = selfPowerChange(actorId, id, input);
  if (ownField) throw new ForbiddenError(msg('operators.nobodyChangesRoleAmbito'), `input.${ownField}`);
  return manager.transaction(async (tx) => {
    const operator = await tx.findOne(Operator, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!operator) throw new NotFoundError('Operator');
    const { ambito: _ambito, role: _role, email, ...fields } = input;
    if (fields.active === false && operator.active) operator.tokenVersion += 1;
    Object.assign(operator, stripUndefined(fields));
    if (email !== undefined) operator.email = email.toLowerCase();
    const requested = requestedAssignment(
      operator,
      await tx.findOneBy(RoleGrant, { operatorId: id, status: RoleGrantStatus.PENDING }),
      input,
    );
    if (requested) {
      checkAmbitoForRole(requested.role!, requested.ambitoNumber, 'input.ambito');
      const change = decideRoleChange(operator, requested);
      await cancelPendingGrant(tx, id);
      if (change.kind === 'immediate') Object.assign(operator, requested);
      if (change.kind === 'grant') await requestRoleGrant(tx, id, requested, RoleGrantCause.ROLE_CHANGED, actorId);
    }
    return saveOperator(tx, operator);
  });
}
