import { EntityManager } from 'typeorm';
import { Operator, OperatorRole } from '../operators/operator.entity';
import { SessionTokens } from './tokens';

/** The signed-in operator a request acts for, as read from the database at the start of the request. */
export interface Viewer {
  operatorId: string;
  role: OperatorRole;
  /** The ambito of operators and liaisons; null for coordinators and admins, who work in both. */
  ambitoNumber: number | null;
}

export type Authentication = { viewer: Viewer; problem: null } | { viewer: null; problem: string | null };

const BEARER = /^Bearer ([A-Za-z0-9_.-]+)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Who is calling. A request without credentials is anonymous (it may only sign in); credentials that do not hold
 * give the reason, reported when the request asks for anything. Role, ambito and active flag are read fresh on every
 * request, so a deactivation or a role change applies at once.
 */
export async function authenticate(
  authorization: string | undefined,
  tokens: SessionTokens,
  manager: EntityManager,
): Promise<Authentication> {
  if (!authorization) return { viewer: null, problem: null };
  const match = BEARER.exec(authorization);
  if (!match) return { viewer: null, problem: 'The Authorization header must be "Bearer <access token>"' };
  const subject = await tokens.verify(match[1], 'access');
  if (!subject || !UUID.test(subject.operatorId)) return { viewer: null, problem: 'The access token is invalid or has expired: refresh the session or sign in again' };
  const operator = await manager.findOneBy(Operator, { id: subject.operatorId });
  if (!operator || !operator.active || operator.tokenVersion !== subject.tokenVersion) {
    return { viewer: null, problem: 'This session has been closed: sign in again' };
  }
  return { viewer: { operatorId: operator.id, role: operator.role, ambitoNumber: operator.ambitoNumber }, problem: null };
}
