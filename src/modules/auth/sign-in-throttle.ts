import { SignInLockoutConfig } from '../../config/config';
import { expired, FailureCount, LockoutRule, refundFailure, startAttempt } from './sign-in-lockout';

/**
 * Where failure counts live. `update` applies a pure change to one key atomically: the memory store does it in one
 * synchronous step; a shared store (Redis, later) would use a transaction (WATCH/MULTI) or a script.
 */
export interface FailureCountStore {
  update<T>(key: string, change: (count: FailureCount | undefined) => [FailureCount | undefined, T]): Promise<T>;
}

/** Counts in a Map, forgetting those whose window is over once it holds many (a spray of made-up emails). */
export class MemoryFailureCountStore implements FailureCountStore {
  private readonly counts = new Map<string, FailureCount>();

  constructor(
    private readonly lockoutMs: number,
    private readonly pruneAbove = 10_000,
  ) {}

  async update<T>(key: string, change: (count: FailureCount | undefined) => [FailureCount | undefined, T]): Promise<T> {
    const [next, result] = change(this.counts.get(key));
    if (next === undefined) {
      this.counts.delete(key);
      return result;
    }
    if (this.counts.size >= this.pruneAbove) {
      const now = Date.now();
      for (const [k, c] of this.counts) if (expired(c, now, this.lockoutMs)) this.counts.delete(k);
    }
    this.counts.set(key, next);
    return result;
  }
}

/** Which lock refused an attempt, and until when. */
export interface Lock {
  scope: 'account' | 'client';
  until: Date;
}

/** An admitted attempt: counted as a failure in advance; `locks` says what it locks if its password is wrong. */
export interface Attempt {
  email: string;
  address: string;
  locks: { account: boolean; client: boolean };
}

const accountKey = (email: string) => `account:${email}`;
const clientKey = (address: string) => `client:${address}`;

/**
 * Failed sign-ins (and wrong current passwords), counted per account (the email typed, so an unknown email is
 * locked like a real one and the answer reveals nothing) and per client address, whatever token the requests carry.
 * Every attempt is counted before its password is checked and given back when it was right.
 */
export class SignInThrottle {
  private readonly account: LockoutRule;
  private readonly client: LockoutRule;

  constructor(
    config: SignInLockoutConfig,
    private readonly store: FailureCountStore = new MemoryFailureCountStore(config.lockoutSeconds * 1000),
  ) {
    const lockoutMs = config.lockoutSeconds * 1000;
    this.account = { maxFailures: config.accountMaxFailures, lockoutMs };
    this.client = { maxFailures: config.clientMaxFailures, lockoutMs };
  }

  /** Admits an attempt, or names the lock that refuses it (and then counts nothing). */
  async begin(email: string, address: string, now = Date.now()): Promise<Attempt | Lock> {
    const byAccount = await this.store.update(accountKey(email), (count) => startAttempt(count, now, this.account));
    if (byAccount.refusedUntil !== null) return { scope: 'account', until: new Date(byAccount.refusedUntil) };
    const byClient = await this.store.update(clientKey(address), (count) => startAttempt(count, now, this.client));
    if (byClient.refusedUntil !== null) {
      await this.refund(accountKey(email), this.account);
      return { scope: 'client', until: new Date(byClient.refusedUntil) };
    }
    return { email, address, locks: { account: byAccount.locksNow, client: byClient.locksNow } };
  }

  /** A right password: the account's failures are forgotten, the address gets this attempt back. */
  async succeeded(attempt: Attempt): Promise<void> {
    await this.store.update(accountKey(attempt.email), () => [undefined, undefined]);
    await this.refund(clientKey(attempt.address), this.client);
  }

  async unlockAccount(email: string): Promise<void> {
    await this.store.update(accountKey(email), () => [undefined, undefined]);
  }

  private refund(key: string, rule: LockoutRule): Promise<void> {
    return this.store.update(key, (count) => [refundFailure(count, rule), undefined]);
  }
}
