import { EntityManager } from 'typeorm';
import { OperatorRole } from '../operators/operator.entity';
import { Message, msg } from '../../i18n/message';
import { SessionTokens } from './tokens';

/** The signed-in operator a request acts for, as read from the database at the start of the request. */
export interface Viewer {
  operatorId: string;
  role: OperatorRole;
  /** The ambito of operators and liaisons; null for coordinators and admins, who work in both. */
  ambitoNumber: number | null;
  /** The sign-in this request's access token belongs to (what signOut ends). */
  sessionId: string;
}

export type Authentication = { viewer: Viewer; problem: null } | { viewer: null; problem: Message | null };

const BEARER = /^Bearer ([A-Za-z0-9_.-]+)$/;

/** What the sign-in check reads of the operator behind a session. */
interface SessionOperator {
  id: string;
  role: OperatorRole | null;
  ambitoNumber: number | null;
  active: boolean;
  tokenVersion: number;
}

/**
 * The operator of a session that has not ended, in one statement of constant text (every request runs it, so it
 * keeps its plan and is built once, not by the query builder each time).
 */
const SESSION_OPERATOR_SQL = `SELECT o.id, o.role, o.ambito_number AS "ambitoNumber", o.active, o.token_version AS "tokenVersion"
  FROM operator o JOIN auth_session s ON s.operator_id = o.id AND s.id = $2 AND s.ended_at IS NULL
  WHERE o.id = $1`;

async function findSessionOperator(
  manager: EntityManager,
  operatorId: string,
  sessionId: string,
): Promise<SessionOperator | null> {
  const [operator]: SessionOperator[] = await manager.query(SESSION_OPERATOR_SQL, [operatorId, sessionId]);
  return operator ?? null;
}

/**
 * Who is calling. A request without credentials is anonymous (it may only sign in); credentials that do not hold
 * give the reason, reported when the request asks for anything. Role, ambito, active flag and the session are read
 * fresh on every request, so a deactivation, a role change or a sign-out applies at once.
 */
export async function authenticate(
  authorization: string | undefined,
  tokens: SessionTokens,
  manager: EntityManager,
): Promise<Authentication> {
  if (!authorization) return { viewer: null, problem: null };
  const match = BEARER.exec(authorization);
  if (!match) return { viewer: null, problem: msg('auth.authorizationHeaderShape') };
  const subject = await tokens.verify(match[1], 'access');
  if (!subject)
    return {
      viewer: null,
      problem: msg('auth.accessTokenInvalid'),
    };
  const operator = await findSessionOperator(manager, subject.operatorId, subject.sessionId);
  if (!operator || !operator.active || operator.role === null || operator.tokenVersion !== subject.tokenVersion) {
    return { viewer: null, problem: msg('auth.sessionClosed') };
  }
  const { id: operatorId, role, ambitoNumber } = operator;
  return { viewer: { operatorId, role, ambitoNumber, sessionId: subject.sessionId }, problem: null };
}
