import { WorkshopProblem } from './problems';

/** One session as scheduled: a day and Italian local times (HH:MM or HH:MM:SS). */
export interface SessionSlot {
  heldOn: string;
  startsAt: string;
  endsAt: string;
}

/** Times compare as text once both have seconds. */
const withSeconds = (time: string) => (time.length === 5 ? `${time}:00` : time.slice(0, 8));

/** A schedule is at least one session, each ending after it starts, no two starting at the same moment. */
export function scheduleProblem(sessions: readonly SessionSlot[], field: string): WorkshopProblem | null {
  if (sessions.length === 0) return { code: 'noSessions', kind: 'BAD_INPUT', field };
  const seen = new Set<string>();
  for (const [i, s] of sessions.entries()) {
    if (withSeconds(s.endsAt) <= withSeconds(s.startsAt)) {
      return {
        code: 'sessionEndsBeforeStart',
        kind: 'BAD_INPUT',
        field: `${field}.${i}.endsAt`,
        params: { heldOn: s.heldOn },
      };
    }
    const key = `${s.heldOn} ${withSeconds(s.startsAt)}`;
    if (seen.has(key)) {
      return {
        code: 'sessionRepeated',
        kind: 'BAD_INPUT',
        field: `${field}.${i}`,
        params: { heldOn: s.heldOn, startsAt: s.startsAt },
      };
    }
    seen.add(key);
  }
  return null;
}

/** The day of the last session: the workshop is over after it. */
export function lastSessionDay(sessions: readonly { heldOn: string }[]): string | null {
  return sessions.reduce<string | null>((last, s) => (last === null || s.heldOn > last ? s.heldOn : last), null);
}
