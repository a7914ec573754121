/**
 * When failed sign-ins lock an account or a client address: pure rules over one counter, so that they can be
 * checked without a clock or a store.
 */

export interface LockoutRule {
  /** Failures within the window that lock. */
  maxFailures: number;
  /** The window failures are counted over, and how long a lock lasts, in milliseconds. */
  lockoutMs: number;
}

/** The failures counted for one key (an account or a client address). Times are milliseconds since the epoch. */
export interface FailureCount {
  failures: number;
  /** When the first failure of the current window happened. */
  since: number;
  /** Until when the key is locked; null when it is not. */
  lockedUntil: number | null;
}

export function lockedUntil(count: FailureCount | undefined, now: number): number | null {
  return count?.lockedUntil != null && now < count.lockedUntil ? count.lockedUntil : null;
}

/** Whether a count can be forgotten: its window is over and it holds no lock. */
export function expired(count: FailureCount, now: number, lockoutMs: number): boolean {
  return lockedUntil(count, now) === null && now - count.since >= lockoutMs;
}

/**
 * Counts one more failure. A window starts with the first failure and lasts `lockoutMs`; reaching `maxFailures`
 * within it locks the key for `lockoutMs` from that failure. A lock that has run out starts a new window.
 */
export function countFailure(previous: FailureCount | undefined, now: number, rule: LockoutRule): FailureCount {
  const locked = lockedUntil(previous, now);
  if (previous && locked !== null) return previous;
  const fresh = !previous || previous.lockedUntil !== null || now - previous.since >= rule.lockoutMs;
  const failures = fresh ? 1 : previous.failures + 1;
  const since = fresh ? now : previous.since;
  return { failures, since, lockedUntil: failures >= rule.maxFailures ? now + rule.lockoutMs : null };
}

/** What one attempt finds: refused while a lock holds, or admitted (and counted as a failure in advance). */
export type AttemptOutcome = { refusedUntil: number } | { refusedUntil: null; locksNow: boolean };

/**
 * Admits an attempt and counts it as a failure before its password is checked, so that a burst of parallel guesses
 * is stopped at the limit; a right password then takes the count back (`refundFailure`).
 */
export function startAttempt(
  count: FailureCount | undefined,
  now: number,
  rule: LockoutRule,
): [FailureCount | undefined, AttemptOutcome] {
  const until = lockedUntil(count, now);
  if (until !== null) return [count, { refusedUntil: until }];
  const next = countFailure(count, now, rule);
  return [next, { refusedUntil: null, locksNow: lockedUntil(next, now) !== null }];
}

/** Takes back the failure counted in advance for an attempt that turned out right (or was refused elsewhere). */
export function refundFailure(count: FailureCount | undefined, rule: LockoutRule): FailureCount | undefined {
  if (!count || count.failures <= 1) return undefined;
  const failures = count.failures - 1;
  return { failures, since: count.since, lockedUntil: failures >= rule.maxFailures ? count.lockedUntil : null };
}
