import fc from 'fast-check';
import {
  countFailure,
  expired,
  FailureCount,
  lockedUntil,
  LockoutRule,
  refundFailure,
  startAttempt,
} from '../../src/modules/auth/sign-in-lockout';

const rules = fc.record({
  maxFailures: fc.integer({ min: 1, max: 20 }),
  lockoutMs: fc.integer({ min: 1, max: 3_600_000 }),
});
/** Increasing instants, from gaps between failures. */
const instants = (gaps: number[]) =>
  gaps.reduce<number[]>((all, gap) => [...all, (all.at(-1) ?? 1_700_000_000_000) + gap], []);

function replay(times: number[], rule: LockoutRule): FailureCount | undefined {
  return times.reduce<FailureCount | undefined>((count, now) => countFailure(count, now, rule), undefined);
}

describe('failed sign-in lockout', () => {
  it('never locks on fewer failures than the limit', () => {
    fc.assert(
      fc.property(rules, fc.array(fc.nat(10_000_000), { maxLength: 30 }), (rule, gaps) => {
        const times = instants(gaps.slice(0, rule.maxFailures - 1));
        const count = replay(times, rule);
        return times.every((t) => lockedUntil(count, t) === null);
      }),
    );
  });

  it('locks on the limit-th failure within the window, for exactly the lockout time', () => {
    fc.assert(
      fc.property(rules, fc.array(fc.nat(1_000), { minLength: 20, maxLength: 20 }), (rule, gaps) => {
        const times = instants(
          gaps
            .slice(0, rule.maxFailures)
            .map((gap) => gap % Math.max(1, Math.floor(rule.lockoutMs / rule.maxFailures))),
        );
        fc.pre(times.at(-1)! - times[0] < rule.lockoutMs);
        const count = replay(times, rule);
        const last = times.at(-1)!;
        return (
          lockedUntil(count, last) === last + rule.lockoutMs &&
          lockedUntil(count, last + rule.lockoutMs - 1) !== null &&
          lockedUntil(count, last + rule.lockoutMs) === null
        );
      }),
    );
  });

  it('does not extend a lock with failures counted while it holds, and starts afresh after it', () => {
    fc.assert(
      fc.property(rules, fc.nat(10_000_000), fc.nat(10_000_000), (rule, start, later) => {
        const locked = replay(Array(rule.maxFailures).fill(start), rule)!;
        const during = start + (later % rule.lockoutMs);
        expect(countFailure(locked, during, rule)).toBe(locked);
        const after = countFailure(locked, start + rule.lockoutMs + later, rule);
        expect(after.failures).toBe(1);
        expect(lockedUntil(after, start + rule.lockoutMs + later) !== null).toBe(rule.maxFailures === 1);
      }),
    );
  });

  it('forgets a count only once its window is over and it holds no lock', () => {
    fc.assert(
      fc.property(
        rules,
        fc.array(fc.nat(10_000_000), { minLength: 1, maxLength: 30 }),
        fc.nat(20_000_000),
        (rule, gaps, wait) => {
          const times = instants(gaps);
          const count = replay(times, rule)!;
          const now = times.at(-1)! + wait;
          if (expired(count, now, rule.lockoutMs)) expect(lockedUntil(count, now)).toBeNull();
          if (lockedUntil(count, now) !== null) expect(expired(count, now, rule.lockoutMs)).toBe(false);
        },
      ),
    );
  });

  it('admits exactly the limit of attempts in a burst, however many arrive before any password is checked', () => {
    fc.assert(
      fc.property(rules, fc.integer({ min: 0, max: 60 }), fc.nat(10_000_000), (rule, burst, now) => {
        let count: FailureCount | undefined;
        let admitted = 0;
        for (let i = 0; i < burst; i += 1) {
          const [next, outcome] = startAttempt(count, now, rule);
          count = next;
          if (outcome.refusedUntil === null) admitted += 1;
        }
        expect(admitted).toBe(Math.min(burst, rule.maxFailures));
      }),
    );
  });

  it('takes back what a right attempt was counted: the count and the lock are as before it', () => {
    fc.assert(
      fc.property(rules, fc.array(fc.nat(1_000), { maxLength: 30 }), fc.nat(1_000), (rule, gaps, wait) => {
        const times = instants(gaps);
        const before = replay(times, rule);
        const now = (times.at(-1) ?? 1_700_000_000_000) + wait;
        fc.pre(lockedUntil(before, now) === null && (!before || now - before.since < rule.lockoutMs));
        const [counted] = startAttempt(before, now, rule);
        const after = refundFailure(counted, rule);
        expect(after?.failures ?? 0).toBe(before?.failures ?? 0);
        expect(lockedUntil(after, now)).toBeNull();
      }),
    );
  });
});
