import { SignInLockoutConfig } from '../../config/config';
import { countFailure, expired, FailureCount, lockedUntil, LockoutRule } from './sign-in-lockout';

/**
 * Where failure counts live. In the process's memory for now; another store (Redis) can take its place, which is
 * why every call is asynchronous.
 */
export interface FailureCountStore {
  get(key: string): Promise<FailureCount | undefined>;
  set(key: string, count: FailureCount): Promise<void>;
  delete(key: string): Promise<void>;
}

/** Counts in a Map, forgetting those whose window is over once it holds many (a spray of made-up emails). */
export class MemoryFailureCountStore implements FailureCountStore {
  private readonly counts = new Map<string, FailureCount>();

  constructor(
    private readonly lockoutMs: number,
    private readonly pruneAbove = 10_000,
  ) {}

  async get(key: string): Promise<FailureCount | undefined> {
    return this.counts.get(key);
  }

  async set(key: string, count: FailureCount): Promise<void> {
    if (this.counts.size >= this.pruneAbove) {
      const now = Date.now();
      for (const [k, c] of this.counts) if (expired(c, now, this.lockoutMs)) this.counts.delete(k);
    }
    this.counts.set(key, count);
  }

  async delete(key: string): Promise<void> {
    this.counts.delete(key);
  }
}

/** What a refusal says: which lock holds, and until when. */
export interface Lock {
  scope: 'account' | 'client';
  until: Date;
}

/** What one more failure locked, if anything: the caller records new locks in the audit trail. */
export interface NewLocks {
  account: boolean;
  client: boolean;
}

const accountKey = (email: string) => `account:${email}`;
const clientKey = (address: string) => `client:${address}`;

/**
 * Failed sign-ins (and wrong current passwords), counted per account (the email typed, so an unknown email is
 * locked like a real one and the answer reveals nothing) and per client address, whatever token the requests carry.
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

  /** The lock that holds for this account or address, if any. */
  async lock(email: string, address: string, now = Date.now()): Promise<Lock | null> {
    const byAccount = lockedUntil(await this.store.get(accountKey(email)), now);
    if (byAccount !== null) return { scope: 'account', until: new Date(byAccount) };
    const byClient = lockedUntil(await this.store.get(clientKey(address)), now);
    return byClient === null ? null : { scope: 'client', until: new Date(byClient) };
  }

  async recordFailure(email: string, address: string, now = Date.now()): Promise<NewLocks> {
    const [account, client] = await Promise.all([
      this.count(accountKey(email), this.account, now),
      this.count(clientKey(address), this.client, now),
    ]);
    return { account, client };
  }

  /** A right password forgets the account's failures (not the address's: it may be guessing other accounts). */
  async recordSuccess(email: string): Promise<void> {
    await this.store.delete(accountKey(email));
  }

  async unlockAccount(email: string): Promise<void> {
    await this.store.delete(accountKey(email));
  }

  /** Counts a failure; true when it is the one that locks. */
  private async count(key: string, rule: LockoutRule, now: number): Promise<boolean> {
    const previous = await this.store.get(key);
    const next = countFailure(previous, now, rule);
    await this.store.set(key, next);
    return lockedUntil(previous, now) === null && lockedUntil(next, now) !== null;
  }
}
