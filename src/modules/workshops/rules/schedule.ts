import { WorkshopProblem } from './problems';

/** One session as scheduled: a day and Italian local times (HH:MM or HH:MM:SS). */
export interface SessionSlot {
  heldOn: string;
  startsAt: string;
  endsAt: string;
}

/** Times compare as text once both have seconds. */
const withSeconds = (time: string) => (time.length === 5 ? `${time}:00` : time.slice(0, 8));

/** A session ends after it starts, and does not start when another of the schedule starts. */
export function slotProblem(
  schedule: readonly SessionSlot[],
  slot: SessionSlot,
  field: string,
): WorkshopProblem | null {
  if (withSeconds(slot.endsAt) <= withSeconds(slot.startsAt)) {
    return {
      code: 'sessionEndsBeforeStart',
      kind: 'BAD_INPUT',
      field: `${field}.endsAt`,
      params: { heldOn: slot.heldOn },
    };
  }
  const start = (s: SessionSlot) => `${s.heldOn} ${withSeconds(s.startsAt)}`;
  if (schedule.some((other) => start(other) === start(slot))) {
    return {
      code: 'sessionRepeated',
      kind: 'BAD_INPUT',
      field,
      params: { heldOn: slot.heldOn, startsAt: slot.startsAt },
    };
  }
  return null;
}

/** A schedule is at least one session, each valid against the ones before it. */
export function scheduleProblem(sessions: readonly SessionSlot[], field: string): WorkshopProblem | null {
  if (sessions.length === 0) return { code: 'noSessions', kind: 'BAD_INPUT', field };
  for (const [i, slot] of sessions.entries()) {
    const problem = slotProblem(sessions.slice(0, i), slot, `${field}.${i}`);
    if (problem) return problem;
  }
  return null;
}

/** The day of the last session: the workshop is over after it. */
export function lastSessionDay(sessions: readonly { heldOn: string }[]): string | null {
  return sessions.reduce<string | null>((last, s) => (last === null || s.heldOn > last ? s.heldOn : last), null);
}
