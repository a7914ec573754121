import { EntityManager } from 'typeorm';
import {
  ForbiddenError,
  NotFoundError,
  SignInLockedError,
  UnauthenticatedError,
  UserInputError,
} from '../../graphql/errors';
import { AuditAction } from '../audit/audit-event.entity';
import { recordAccessEvent, recordSignIn } from '../audit/audit.service';
import { Operator } from '../operators/operator.entity';
import { suspendCaseRoleAfterPasswordSet } from '../role-grants/role-grants.service';
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, verifyPassword } from './passwords';
import { Session } from './auth.types';
import { addRefreshToken, endSession, spendRefreshToken, startSession } from './session-store';
import { Attempt, Lock, SignInThrottle } from './sign-in-throttle';
import { SessionTokens } from './tokens';
import { Message, msg } from '../../i18n/message';

const WRONG_CREDENTIALS = msg('auth.wrongCredentials');
const NO_ROLE = msg('auth.noRoleInForce');
const INVALID_REFRESH = msg('auth.refreshTokenInvalid');

export interface SignInRules {
  /** Demo accounts have published passwords: they may sign in only on the embedded demo database. */
  demoAccountsEnabled: boolean;
}

/** What counts failed passwords: the throttle, and the client address the request came from. */
export interface PasswordGuard {
  throttle: SignInThrottle;
  clientAddress: string;
}

/** Issues the pair of tokens of a session: a new one (sign-in) or the next of a family (refresh). */
async function openSession(
  tx: EntityManager,
  tokens: SessionTokens,
  operator: Operator,
  sessionId?: string,
): Promise<Session> {
  const session = sessionId ?? (await startSession(tx, operator.id));
  const subject = { operatorId: operator.id, tokenVersion: operator.tokenVersion, sessionId: session };
  const tokenId = await addRefreshToken(tx, session);
  const [access, refresh] = await Promise.all([
    tokens.issue(subject, 'access'),
    tokens.issue({ ...subject, tokenId }, 'refresh'),
  ]);
  return {
    accessToken: access.token,
    accessTokenExpiresAt: access.expiresAt,
    refreshToken: refresh.token,
    refreshTokenExpiresAt: refresh.expiresAt,
    operator,
  };
}

function findWithHash(manager: EntityManager, where: { email: string } | { id: string }): Promise<Operator | null> {
  return manager.createQueryBuilder(Operator, 'o').addSelect('o.passwordHash').where(where).getOne();
}

function lockedMessage(lock: Lock): Message {
  const minutes = Math.max(1, Math.ceil((lock.until.getTime() - Date.now()) / 60_000));
  return msg('auth.signInLocked', { scope: lock.scope, minutes });
}

/**
 * Admits a password attempt (counted as a failure until it proves right), or refuses it at once, without checking
 * the password, while the account or the address is locked.
 */
async function beginAttempt(guard: PasswordGuard, email: string): Promise<Attempt> {
  const attempt = await guard.throttle.begin(email, guard.clientAddress);
  if ('scope' in attempt) throw new SignInLockedError(lockedMessage(attempt), attempt.until);
  return attempt;
}

/** Records a wrong password; the attempt that locked an account or an address goes into the audit trail too. */
async function recordFailure(
  manager: EntityManager,
  attempt: Attempt,
  operatorId: string | null,
  operation: 'signIn' | 'changeMyPassword',
): Promise<void> {
  await recordSignIn(manager, operatorId, false, operation);
  const action = AuditAction.SIGN_IN_LOCKED;
  if (attempt.locks.account) {
    await recordAccessEvent(manager, {
      operatorId,
      operation,
      action,
      recordType: 'operator',
      recordId: operatorId ?? 'unknown',
    });
  }
  if (attempt.locks.client) {
    await recordAccessEvent(manager, {
      operatorId,
      operation,
      action,
      recordType: 'client_address',
      recordId: attempt.address,
    });
  }
}

export async function signIn(
  manager: EntityManager,
  tokens: SessionTokens,
  rules: SignInRules,
  guard: PasswordGuard,
  email: string,
  password: string,
): Promise<Session> {
  const attempt = await beginAttempt(guard, email.trim().toLowerCase());
  const operator = await findWithHash(manager, { email: attempt.email });
  const passwordMatches = await verifyPassword(operator?.passwordHash, password);
  if (!operator || !passwordMatches || !operator.active) {
    await recordFailure(manager, attempt, operator?.id ?? null, 'signIn');
    throw new UnauthenticatedError(WRONG_CREDENTIALS);
  }
  await guard.throttle.succeeded(attempt);
  if (operator.isDemo && !rules.demoAccountsEnabled) {
    await recordSignIn(manager, operator.id, false);
    throw new UnauthenticatedError(msg('auth.demoAccountsWorkOnly'));
  }
  if (operator.role === null) {
    await recordSignIn(manager, operator.id, false);
    throw new UnauthenticatedError(NO_ROLE);
  }
  await recordSignIn(manager, operator.id, true);
  return manager.transaction((tx) => openSession(tx, tokens, operator));
}

/**
 * Trades a refresh token for the next pair of its family. A refresh token traded before means a copy is in other
 * hands: the whole session ends, for the thief and the owner alike.
 */
export async function refreshSession(
  manager: EntityManager,
  tokens: SessionTokens,
  refreshToken: string,
): Promise<Session> {
  const subject = await tokens.verify(refreshToken, 'refresh');
  if (!subject?.tokenId) throw new UnauthenticatedError(INVALID_REFRESH);
  const { sessionId, tokenId } = subject;
  const outcome = await manager.transaction(async (tx) => {
    const spent = await spendRefreshToken(tx, sessionId, tokenId);
    if (spent === 'reused') {
      await endSession(tx, sessionId, 'REFRESH_TOKEN_REUSED');
      await recordAccessEvent(tx, {
        operatorId: subject.operatorId,
        operation: 'refreshSession',
        action: AuditAction.REFRESH_TOKEN_REUSED,
        recordType: 'operator',
        recordId: subject.operatorId,
      });
    }
    if (spent !== 'spent') return null;
    const operator = await tx.findOneBy(Operator, { id: subject.operatorId });
    if (!operator || !operator.active || operator.role === null || operator.tokenVersion !== subject.tokenVersion)
      return null;
    return openSession(tx, tokens, operator, sessionId);
  });
  if (!outcome) throw new UnauthenticatedError(INVALID_REFRESH);
  return outcome;
}

/** Ends the session the request's access token belongs to: its access and refresh tokens stop working. */
export async function signOut(manager: EntityManager, sessionId: string): Promise<boolean> {
  await manager.transaction((tx) => endSession(tx, sessionId, 'SIGNED_OUT'));
  return true;
}

export function checkNewPassword(password: string, field: string): void {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    throw new UserInputError(msg('auth.passwordCharactersLong', { MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH }), field);
  }
}

/** A new password voids every session opened with the old one (the token version moves on). */
async function storePassword(manager: EntityManager, operatorId: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await manager
    .createQueryBuilder()
    .update(Operator)
    .set({ passwordHash, tokenVersion: () => 'token_version + 1' })
    .where('id = :operatorId', { operatorId })
    .execute();
}

/** A wrong current password counts as a failed sign-in: a stolen access token must not become a password oracle. */
export async function changeOwnPassword(
  manager: EntityManager,
  tokens: SessionTokens,
  guard: PasswordGuard,
  operatorId: string,
  currentPassword: string,
  newPassword: string,
): Promise<Session> {
  checkNewPassword(newPassword, 'newPassword');
  const operator = await findWithHash(manager, { id: operatorId });
  if (!operator) throw new UnauthenticatedError(WRONG_CREDENTIALS);
  const attempt = await beginAttempt(guard, operator.email);
  if (!(await verifyPassword(operator.passwordHash, currentPassword))) {
    await recordFailure(manager, attempt, operator.id, 'changeMyPassword');
    throw new UserInputError(msg('auth.currentPasswordWrong'), 'currentPassword');
  }
  await guard.throttle.succeeded(attempt);
  return manager.transaction(async (tx) => {
    await storePassword(tx, operatorId, newPassword);
    return openSession(tx, tokens, await tx.findOneByOrFail(Operator, { id: operatorId }));
  });
}

/** An admin sets a password: the operator's sessions end, and a case role waits for a coordinator's confirmation. */
export async function setOperatorPassword(
  manager: EntityManager,
  operatorId: string,
  password: string,
  adminId: string,
): Promise<Operator> {
  // One's own password is changed with changeMyPassword, which asks for the current one: a stolen access token
  // must not be enough to take the account over.
  if (operatorId === adminId) throw new ForbiddenError(msg('auth.changeYourOwnPassword'), 'id');
  checkNewPassword(password, 'password');
  return manager.transaction(async (tx) => {
    const operator = await tx.findOne(Operator, { where: { id: operatorId }, lock: { mode: 'pessimistic_write' } });
    if (!operator) throw new NotFoundError('Operator');
    await storePassword(tx, operatorId, password);
    await suspendCaseRoleAfterPasswordSet(tx, operator, adminId);
    return tx.findOneByOrFail(Operator, { id: operatorId });
  });
}

/** Lifts the lock failed sign-ins put on an account (not on a client address, which expires by itself). */
export async function unlockSignIn(
  manager: EntityManager,
  throttle: SignInThrottle,
  operatorId: string,
  adminId: string,
): Promise<Operator> {
  // Someone guessing an admin's password with that admin's stolen token must not lift the lock the guesses earned.
  if (operatorId === adminId) throw new ForbiddenError(msg('auth.anotherAdminLiftLock'), 'operatorId');
  const operator = await manager.findOneBy(Operator, { id: operatorId });
  if (!operator) throw new NotFoundError('Operator', 'operatorId');
  await throttle.unlockAccount(operator.email);
  await recordAccessEvent(manager, {
    operatorId: adminId,
    operation: 'unlockSignIn',
    action: AuditAction.SIGN_IN_UNLOCKED,
    recordType: 'operator',
    recordId: operator.id,
  });
  return operator;
}
