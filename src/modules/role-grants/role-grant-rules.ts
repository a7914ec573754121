import { OperatorRole } from '../operators/operator.entity';
import { RoleGrantStatus } from './role-grant.entity';

/** Roles that read case content: giving one takes two people, an admin who asks and a coordinator who approves. */
export const CASE_CONTENT_ROLES: ReadonlySet<OperatorRole> = new Set([
  OperatorRole.OPERATOR,
  OperatorRole.EMPLOYER_LIAISON,
  OperatorRole.COORDINATOR,
]);

export function readsCaseContent(role: OperatorRole | null): boolean {
  return role !== null && CASE_CONTENT_ROLES.has(role);
}

export interface Assignment {
  role: OperatorRole | null;
  ambitoNumber: number | null;
}

/**
 * What an admin's request does to an account's role: nothing when it is the role in force; a role without case
 * content applies at once; a role with case content (or a move to another ambito) waits for a coordinator.
 */
export type RoleChange = { kind: 'unchanged' } | { kind: 'immediate' } | { kind: 'grant' };

export function decideRoleChange(current: Assignment, requested: Assignment): RoleChange {
  if (current.role === requested.role && current.ambitoNumber === requested.ambitoNumber) return { kind: 'unchanged' };
  return readsCaseContent(requested.role) ? { kind: 'grant' } : { kind: 'immediate' };
}

/** The fields of an account that say how much it may do: nobody changes them on their own account. */
export const POWER_FIELDS = ['role', 'ambito', 'active'] as const;

/** The first power field an actor tries to change on their own account, or null. */
export function selfPowerChange(
  actorId: string,
  targetId: string,
  input: Partial<Record<(typeof POWER_FIELDS)[number], unknown>>,
): string | null {
  if (actorId !== targetId) return null;
  return POWER_FIELDS.find((field) => input[field] !== undefined) ?? null;
}

export interface GrantDecision {
  status: RoleGrantStatus;
  operatorId: string;
  requestedById: string | null;
}

export type DecisionRefusal = 'not-pending' | 'own-request' | 'own-account' | null;

/** Why a coordinator may not decide a grant: it is closed, they asked for it, or it is about their own account. */
export function refuseDecision(grant: GrantDecision, deciderId: string): DecisionRefusal {
  if (grant.status !== RoleGrantStatus.PENDING) return 'not-pending';
  if (grant.requestedById === deciderId) return 'own-request';
  if (grant.operatorId === deciderId) return 'own-account';
  return null;
}
