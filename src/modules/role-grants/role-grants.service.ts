import { enumParam } from '../../i18n/translate';
import { EntityManager } from 'typeorm';
import { ConflictError, ForbiddenError, NotFoundError } from '../../graphql/errors';
import { PageArgs, paginate, SortKey, PageLimits } from '../../graphql/pagination';
import { ConnectionShape } from '../../graphql/relay';
import { Operator } from '../operators/operator.entity';
import { RoleGrant, RoleGrantCause, RoleGrantStatus } from './role-grant.entity';
import { Assignment, DecisionRefusal, readsCaseContent, refuseDecision } from './role-grant-rules';
import { msg } from '../../i18n/message';

const OLDEST_FIRST: SortKey[] = [
  { expression: 'g.requested_at', sqlType: 'timestamptz' },
  { expression: 'g.id', sqlType: 'uuid' },
];

export function listRoleGrants(
  manager: EntityManager,
  status: RoleGrantStatus | null | undefined,
  page: PageArgs,
  limits: PageLimits,
): Promise<ConnectionShape<RoleGrant>> {
  const query = manager.createQueryBuilder(RoleGrant, 'g');
  if (status) query.andWhere('g.status = :status', { status });
  return paginate(query, OLDEST_FIRST, 'ASC', page, limits);
}

/** A later request replaces the one still waiting: a coordinator only ever decides the admin's latest word. */
export async function cancelPendingGrant(tx: EntityManager, operatorId: string): Promise<void> {
  await tx.update(
    RoleGrant,
    { operatorId, status: RoleGrantStatus.PENDING },
    { status: RoleGrantStatus.CANCELLED, decidedAt: () => 'now()' },
  );
}

/** Asks for a case role on an account; the role in force does not change until a coordinator approves. */
export async function requestRoleGrant(
  tx: EntityManager,
  operatorId: string,
  requested: Assignment,
  cause: RoleGrantCause,
  requestedById: string | null,
): Promise<RoleGrant> {
  await cancelPendingGrant(tx, operatorId);
  return tx.save(
    tx.create(RoleGrant, {
      operatorId,
      role: requested.role!,
      ambitoNumber: requested.ambitoNumber,
      cause,
      requestedById,
    }),
  );
}

function pendingGrant(tx: EntityManager, operatorId: string): Promise<RoleGrant | null> {
  return tx.findOneBy(RoleGrant, { operatorId, status: RoleGrantStatus.PENDING });
}

/**
 * An admin who sets someone's password could sign in as them: an account with a case role (in force or asked for)
 * loses it until a coordinator confirms that the person holds the account again.
 */
export async function suspendCaseRoleAfterPasswordSet(
  tx: EntityManager,
  operator: Operator,
  requestedById: string | null,
): Promise<void> {
  const pending = await pendingGrant(tx, operator.id);
  const held: Assignment = pending ?? { role: operator.role, ambitoNumber: operator.ambitoNumber };
  if (!readsCaseContent(held.role)) return;
  if (readsCaseContent(operator.role)) {
    await tx.update(Operator, { id: operator.id }, { role: null, ambitoNumber: null });
  }
  await requestRoleGrant(tx, operator.id, held, RoleGrantCause.PASSWORD_SET, requestedById);
}

const REFUSALS: Record<Exclude<DecisionRefusal, null>, (grant: RoleGrant) => Error> = {
  'not-pending': (grant) =>
    new ConflictError(
      msg('roleGrants.requestAlreadyClosed', { status: enumParam('RoleGrantStatus', grant.status) }),
      'id',
    ),
  'own-request': () => new ForbiddenError(msg('roleGrants.youAskedRoleAnother'), 'id'),
  'own-account': () => new ForbiddenError(msg('roleGrants.requestAboutYourOwn'), 'id'),
};

async function decide(
  manager: EntityManager,
  grantId: string,
  deciderId: string,
  status: RoleGrantStatus.APPROVED | RoleGrantStatus.REJECTED,
): Promise<RoleGrant> {
  return manager.transaction(async (tx) => {
    // The account's row first, then the grant's: the order updateOperator and setOperatorPassword lock them in, so
    // a decision and a new request for the same account wait for each other instead of deadlocking.
    const target = await tx.findOneBy(RoleGrant, { id: grantId });
    if (!target) throw new NotFoundError('RoleGrant');
    await tx.findOne(Operator, { where: { id: target.operatorId }, lock: { mode: 'pessimistic_write' } });
    const grant = await tx.findOne(RoleGrant, { where: { id: grantId }, lock: { mode: 'pessimistic_write' } });
    if (!grant) throw new NotFoundError('RoleGrant');
    const refusal = refuseDecision(grant, deciderId);
    if (refusal) throw REFUSALS[refusal](grant);
    await tx.update(RoleGrant, { id: grant.id }, { status, decidedById: deciderId, decidedAt: () => 'now()' });
    if (status === RoleGrantStatus.APPROVED) {
      await tx.update(Operator, { id: grant.operatorId }, { role: grant.role, ambitoNumber: grant.ambitoNumber });
    }
    return tx.findOneByOrFail(RoleGrant, { id: grant.id });
  });
}

export function approveRoleGrant(manager: EntityManager, grantId: string, deciderId: string): Promise<RoleGrant> {
  return decide(manager, grantId, deciderId, RoleGrantStatus.APPROVED);
}

export function rejectRoleGrant(manager: EntityManager, grantId: string, deciderId: string): Promise<RoleGrant> {
  return decide(manager, grantId, deciderId, RoleGrantStatus.REJECTED);
}
