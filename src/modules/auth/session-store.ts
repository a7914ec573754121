import { EntityManager } from 'typeorm';

/**
 * Server-side state of sessions, in PostgreSQL. A session is one sign-in and the family of refresh tokens traded
 * from it; each refresh token may be traded once.
 */

export type SessionEndReason = 'SIGNED_OUT' | 'REFRESH_TOKEN_REUSED';

/**
 * Sign-in and refresh come without an acting operator: the author of their writes, for the audit trail, is the
 * session's own operator (a request that names one already keeps it).
 */
async function attributeToOwner(tx: EntityManager, operatorIdSql: string, params: unknown[]): Promise<void> {
  await tx.query(
    `SELECT set_config('ponte.actor', (${operatorIdSql})::text, true) WHERE coalesce(current_setting('ponte.actor', true), '') = ''`,
    params,
  );
}

const OWNER_OF_SESSION = 'SELECT operator_id FROM auth_session WHERE id = $1';

export async function startSession(tx: EntityManager, operatorId: string): Promise<string> {
  await attributeToOwner(tx, '$1::uuid', [operatorId]);
  const [row] = await tx.query(`INSERT INTO auth_session (operator_id) VALUES ($1) RETURNING id`, [operatorId]);
  return row.id;
}

export async function addRefreshToken(tx: EntityManager, sessionId: string): Promise<string> {
  await attributeToOwner(tx, OWNER_OF_SESSION, [sessionId]);
  const [row] = await tx.query(`INSERT INTO auth_refresh_token (session_id) VALUES ($1) RETURNING id`, [sessionId]);
  return row.id;
}

/**
 * Trades a refresh token: `spent` the first time, `reused` when it was traded before (someone holds a copy),
 * `invalid` when it is unknown or its session has ended. Two concurrent trades of one token: one spends it, the
 * other sees it reused.
 */
export async function spendRefreshToken(
  tx: EntityManager,
  sessionId: string,
  tokenId: string,
): Promise<'spent' | 'reused' | 'invalid'> {
  await attributeToOwner(tx, OWNER_OF_SESSION, [sessionId]);
  // TypeORM answers an UPDATE with [rows, row count].
  const [, spent]: [unknown[], number] = await tx.query(
    `UPDATE auth_refresh_token t SET used_at = now()
     FROM auth_session s
     WHERE t.id = $1 AND t.session_id = $2 AND s.id = t.session_id AND s.ended_at IS NULL AND t.used_at IS NULL`,
    [tokenId, sessionId],
  );
  if (spent === 1) return 'spent';
  const [token] = await tx.query(`SELECT used_at FROM auth_refresh_token WHERE id = $1 AND session_id = $2`, [
    tokenId,
    sessionId,
  ]);
  return token?.used_at ? 'reused' : 'invalid';
}

/** Ends a session, and with it every access and refresh token of the family; ending it again changes nothing. */
export async function endSession(tx: EntityManager, sessionId: string, reason: SessionEndReason): Promise<void> {
  await attributeToOwner(tx, OWNER_OF_SESSION, [sessionId]);
  await tx.query(`UPDATE auth_session SET ended_at = now(), end_reason = $2 WHERE id = $1 AND ended_at IS NULL`, [
    sessionId,
    reason,
  ]);
}
