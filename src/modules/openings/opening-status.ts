import { OpeningStatus } from './opening.enums';

/**
 * The allowed moves of an opening. A filled opening can reopen because a placement may fall through before or
 * during the trial period; a closed opening is final (a new need is a new opening, with its own dates).
 */
const ALLOWED: Readonly<Record<OpeningStatus, readonly OpeningStatus[]>> = {
  [OpeningStatus.DRAFT]: [OpeningStatus.OPEN, OpeningStatus.CLOSED],
  [OpeningStatus.OPEN]: [OpeningStatus.ON_HOLD, OpeningStatus.FILLED, OpeningStatus.CLOSED],
  [OpeningStatus.ON_HOLD]: [OpeningStatus.OPEN, OpeningStatus.CLOSED],
  [OpeningStatus.FILLED]: [OpeningStatus.OPEN, OpeningStatus.CLOSED],
  [OpeningStatus.CLOSED]: [],
};

export interface OpeningStatusFields {
  status: OpeningStatus;
  openedOn: string | null;
}

export function allowedNextOpeningStatuses(from: OpeningStatus): readonly OpeningStatus[] {
  return ALLOWED[from];
}

/**
 * The status fields after moving to `to`, or null when the move is not allowed. `openedOn` is the publication
 * date: set the first time the opening is OPEN and kept when it reopens, so it still says how long it has run.
 */
export function moveOpeningStatus(
  current: OpeningStatusFields,
  to: OpeningStatus,
  today: string,
): OpeningStatusFields | null {
  if (!ALLOWED[current.status].includes(to)) return null;
  const openedOn = to === OpeningStatus.OPEN && current.openedOn === null ? today : current.openedOn;
  return { status: to, openedOn };
}
