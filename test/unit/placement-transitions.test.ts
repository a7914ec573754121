import { CaseStatus } from '../../src/modules/beneficiaries/beneficiary.enums';
import {
  allowedNextPlacementStatuses,
  canChangePlacementStatus,
  caseMoveOnEnd,
  caseMoveOnStart,
  holdsPosition,
  isFinal,
  missingTransitionDetail,
  isPlannedOn,
} from '../../src/modules/placements/rules/placement-transitions';
import { PlacementKind, PlacementStatus } from '../../src/modules/placements/placement.enums';

const S = PlacementStatus;
const K = PlacementKind;
const ALL_STATUSES = Object.values(S);
const ALL_KINDS = Object.values(K);

/** The whole state machine, written out: every pair not listed here must be refused. */
const ALLOWED: Record<PlacementStatus, PlacementStatus[]> = {
  [S.PROPOSED]: [S.ACTIVE, S.WITHDRAWN],
  [S.ACTIVE]: [S.SUSPENDED, S.COMPLETED, S.ENDED_EARLY, S.CONVERTED_TO_HIRING],
  [S.SUSPENDED]: [S.ACTIVE, S.COMPLETED, S.ENDED_EARLY],
  [S.COMPLETED]: [],
  [S.ENDED_EARLY]: [],
  [S.CONVERTED_TO_HIRING]: [],
  [S.WITHDRAWN]: [],
};
const CONVERTIBLE = [K.TIROCINIO_INCLUSIONE, K.WORK_TRIAL];

function expected(kind: PlacementKind, from: PlacementStatus, to: PlacementStatus): boolean {
  if (to === S.CONVERTED_TO_HIRING && !CONVERTIBLE.includes(kind)) return false;
  return ALLOWED[from].includes(to);
}

const everyPair = ALL_KINDS.flatMap((kind) =>
  ALL_STATUSES.flatMap((from) => ALL_STATUSES.map((to) => [kind, from, to, expected(kind, from, to)] as const)),
);

describe('placement state machine', () => {
  it.each(everyPair.filter(([, , , ok]) => ok))('allows a %s placement %s → %s', (kind, from, to) => {
    expect(canChangePlacementStatus(kind, from, to)).toBe(true);
    expect(allowedNextPlacementStatuses(kind, from)).toContain(to);
  });

  it.each(everyPair.filter(([, , , ok]) => !ok))('forbids a %s placement %s → %s', (kind, from, to) => {
    expect(canChangePlacementStatus(kind, from, to)).toBe(false);
    expect(allowedNextPlacementStatuses(kind, from)).not.toContain(to);
  });

  it('covers all 245 pairs of kind, from and to', () => {
    expect(everyPair).toHaveLength(5 * 7 * 7);
  });

  it('has four final statuses and never moves a status to itself', () => {
    expect(ALL_STATUSES.filter(isFinal)).toEqual([S.COMPLETED, S.ENDED_EARLY, S.CONVERTED_TO_HIRING, S.WITHDRAWN]);
    for (const kind of ALL_KINDS)
      for (const s of ALL_STATUSES) expect(canChangePlacementStatus(kind, s, s)).toBe(false);
  });

  it('counts ACTIVE and SUSPENDED placements as holding a position, nothing else', () => {
    expect(ALL_STATUSES.filter(holdsPosition)).toEqual([S.ACTIVE, S.SUSPENDED]);
  });

  it('requires a reason to suspend or end early and an outcome to complete', () => {
    expect(missingTransitionDetail(S.ENDED_EARLY, { reason: '  ' })).toBe('reason');
    expect(missingTransitionDetail(S.WITHDRAWN, { reason: '' })).toBe('reason');
    expect(missingTransitionDetail(S.WITHDRAWN, { reason: 'L’azienda ha rinunciato' })).toBeNull();
    expect(missingTransitionDetail(S.SUSPENDED, {})).toBe('reason');
    expect(missingTransitionDetail(S.COMPLETED, { reason: 'fine' })).toBe('outcome');
    expect(missingTransitionDetail(S.COMPLETED, { outcome: 'POSITIVE' })).toBeNull();
    expect(missingTransitionDetail(S.ENDED_EARLY, { reason: 'Ritiro' })).toBeNull();
    expect(missingTransitionDetail(S.ACTIVE, {})).toBeNull();
  });
});

describe('case moves when a placement starts', () => {
  const C = CaseStatus;
  it.each([
    [K.TIROCINIO_INCLUSIONE, C.ORIENTATION, C.INTERNSHIP],
    [K.WORK_TRIAL, C.TRAINING, C.INTERNSHIP],
    [K.WORKSHOP, C.ORIENTATION, C.TRAINING],
    [K.HIRING, C.ORIENTATION, C.PLACED],
    [K.HIRING, C.INTERNSHIP, C.PLACED],
    [K.CONTRACT_RENEWAL, C.MONITORING, C.PLACED],
    [K.HIRING, C.MONITORING, C.PLACED],
  ])('a %s started in %s moves the case to %s', (kind, from, to) => {
    expect(caseMoveOnStart(kind, from)).toEqual({ ok: true, to });
  });

  it.each([
    [K.WORKSHOP, C.INTERNSHIP],
    [K.WORKSHOP, C.PLACED],
    [K.TIROCINIO_INCLUSIONE, C.INTERNSHIP],
    [K.WORK_TRIAL, C.PLACED],
    [K.TIROCINIO_INCLUSIONE, C.MONITORING],
    [K.CONTRACT_RENEWAL, C.PLACED],
  ])('a %s started in %s leaves the case where it is (never backwards)', (kind, from) => {
    expect(caseMoveOnStart(kind, from)).toEqual({ ok: true, to: null });
  });

  it.each([C.REFERRED, C.INTAKE, C.CLOSED])('refuses to start anything while the case is %s', (from) => {
    for (const kind of ALL_KINDS) expect(caseMoveOnStart(kind, from).ok).toBe(false);
  });
});

describe('case moves when a placement ends without a hiring', () => {
  const C = CaseStatus;
  it('hands an internship case back to orientation when nothing else runs', () => {
    expect(caseMoveOnEnd(K.TIROCINIO_INCLUSIONE, C.INTERNSHIP, [])).toBe(C.ORIENTATION);
    expect(caseMoveOnEnd(K.WORKSHOP, C.TRAINING, [])).toBe(C.ORIENTATION);
  });

  it('keeps the most advanced running placement’s status', () => {
    expect(caseMoveOnEnd(K.WORK_TRIAL, C.INTERNSHIP, [K.WORKSHOP])).toBe(C.TRAINING);
    expect(caseMoveOnEnd(K.WORK_TRIAL, C.INTERNSHIP, [K.TIROCINIO_INCLUSIONE])).toBeNull();
    expect(caseMoveOnEnd(K.WORKSHOP, C.TRAINING, [K.WORKSHOP])).toBeNull();
  });

  it('moves nothing at the end of a contract, or for a case already elsewhere', () => {
    expect(caseMoveOnEnd(K.HIRING, C.PLACED, [])).toBeNull();
    expect(caseMoveOnEnd(K.CONTRACT_RENEWAL, C.MONITORING, [])).toBeNull();
    expect(caseMoveOnEnd(K.TIROCINIO_INCLUSIONE, C.PLACED, [])).toBeNull();
  });
});

describe('a placement confirmed ahead of its first day', () => {
  it('is planned until its start day and running from that day', () => {
    const hiring = { status: S.ACTIVE, startsOn: '2026-09-01' };
    expect(isPlannedOn(hiring, '2026-08-31')).toBe(true);
    expect(isPlannedOn(hiring, '2026-09-01')).toBe(false);
    expect(isPlannedOn(hiring, '2026-09-02')).toBe(false);
    expect(isPlannedOn({ ...hiring, status: S.PROPOSED }, '2026-08-31')).toBe(false);
  });
});
