import { EntityManager } from 'typeorm';
import { NotFoundError, UnauthenticatedError, UserInputError } from '../../graphql/errors';
import { recordSignIn } from '../audit/audit.service';
import { Operator } from '../operators/operator.entity';
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, verifyPassword } from './passwords';
import { Session } from './auth.types';
import { SessionTokens } from './tokens';

const WRONG_CREDENTIALS = 'Email or password is wrong, or the account is not active';

export interface SignInRules {
  /** Demo accounts have published passwords: they may sign in only on the embedded demo database. */
  demoAccountsEnabled: boolean;
}

async function openSession(tokens: SessionTokens, operator: Operator): Promise<Session> {
  const subject = { operatorId: operator.id, tokenVersion: operator.tokenVersion };
  const [access, refresh] = await Promise.all([tokens.issue(subject, 'access'), tokens.issue(subject, 'refresh')]);
  return {
    accessToken: access.token,
    accessTokenExpiresAt: access.expiresAt,
    refreshToken: refresh.token,
    refreshTokenExpiresAt: refresh.expiresAt,
    operator,
  };
}

function findWithHash(manager: EntityManager, where: { email: string } | { id: string }): Promise<Operator | null> {
  return manager
    .createQueryBuilder(Operator, 'o')
    .addSelect('o.passwordHash')
    .where(where)
    .getOne();
}

export async function signIn(
  manager: EntityManager,
  tokens: SessionTokens,
  rules: SignInRules,
  email: string,
  password: string,
): Promise<Session> {
  const operator = await findWithHash(manager, { email: email.trim().toLowerCase() });
  const passwordMatches = await verifyPassword(operator?.passwordHash, password);
  if (!operator || !passwordMatches || !operator.active) {
    await recordSignIn(manager, operator?.id ?? null, false);
    throw new UnauthenticatedError(WRONG_CREDENTIALS);
  }
  if (operator.isDemo && !rules.demoAccountsEnabled) {
    await recordSignIn(manager, operator.id, false);
    throw new UnauthenticatedError('Demo accounts work only on the embedded demo database');
  }
  await recordSignIn(manager, operator.id, true);
  return openSession(tokens, operator);
}

export async function refreshSession(manager: EntityManager, tokens: SessionTokens, refreshToken: string): Promise<Session> {
  const subject = await tokens.verify(refreshToken, 'refresh');
  const operator = subject && (await manager.findOneBy(Operator, { id: subject.operatorId }));
  if (!subject || !operator || !operator.active || operator.tokenVersion !== subject.tokenVersion) {
    throw new UnauthenticatedError('The refresh token is invalid or has expired: sign in again');
  }
  return openSession(tokens, operator);
}

export function checkNewPassword(password: string, field: string): void {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    throw new UserInputError(`A password must be ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters long`, field);
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

export async function changeOwnPassword(
  manager: EntityManager,
  tokens: SessionTokens,
  operatorId: string,
  currentPassword: string,
  newPassword: string,
): Promise<Session> {
  checkNewPassword(newPassword, 'newPassword');
  const operator = await findWithHash(manager, { id: operatorId });
  if (!operator || !(await verifyPassword(operator.passwordHash, currentPassword))) {
    throw new UserInputError('The current password is wrong', 'currentPassword');
  }
  return manager.transaction(async (tx) => {
    await storePassword(tx, operatorId, newPassword);
    return openSession(tokens, await tx.findOneByOrFail(Operator, { id: operatorId }));
  });
}

export async function setOperatorPassword(manager: EntityManager, operatorId: string, password: string): Promise<Operator> {
  checkNewPassword(password, 'password');
  return manager.transaction(async (tx) => {
    const operator = await tx.findOneBy(Operator, { id: operatorId });
    if (!operator) throw new NotFoundError('Operator');
    await storePassword(tx, operatorId, password);
    return tx.findOneByOrFail(Operator, { id: operatorId });
  });
}
