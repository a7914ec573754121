import { CaseStatus } from '../../src/modules/beneficiaries/beneficiary.enums';
import {
  allowedNextStatuses,
  canChangeCaseStatus,
  isAvailableForMatching,
  isCaseActive,
  PROPOSABLE,
  REOPENED_BY_REFERRAL,
  isHistoryStep,
  reopenRefusal,
  statusOnReopening,
} from '../../src/modules/beneficiaries/case-transitions';

const S = CaseStatus;

describe('case status transitions', () => {
  const allowed: Array<[CaseStatus, CaseStatus]> = [
    [S.REFERRED, S.INTAKE],
    [S.INTAKE, S.ORIENTATION],
    [S.ORIENTATION, S.TRAINING],
    [S.ORIENTATION, S.INTERNSHIP],
    [S.ORIENTATION, S.PLACED],
    [S.TRAINING, S.INTERNSHIP],
    [S.TRAINING, S.ORIENTATION],
    [S.INTERNSHIP, S.PLACED],
    [S.INTERNSHIP, S.ORIENTATION],
    [S.PLACED, S.MONITORING],
    [S.MONITORING, S.ORIENTATION],
  ];
  it.each(allowed)('allows %s → %s', (from, to) => {
    expect(canChangeCaseStatus(from, to)).toBe(true);
  });

  const forbidden: Array<[CaseStatus, CaseStatus]> = [
    [S.REFERRED, S.PLACED],
    [S.REFERRED, S.ORIENTATION],
    [S.INTAKE, S.INTERNSHIP],
    [S.PLACED, S.INTERNSHIP],
    [S.CLOSED, S.INTAKE],
    [S.CLOSED, S.PLACED],
    // A closed case reopens only through a referral, never by a status change.
    [S.CLOSED, S.REFERRED],
    [S.MONITORING, S.REFERRED],
  ];
  it.each(forbidden)('forbids %s → %s', (from, to) => {
    expect(canChangeCaseStatus(from, to)).toBe(false);
  });

  it('lets every open case be closed', () => {
    for (const status of Object.values(S).filter((s) => s !== S.CLOSED)) {
      expect(canChangeCaseStatus(status, S.CLOSED)).toBe(true);
    }
  });

  it('never allows a status to move to itself', () => {
    for (const status of Object.values(S)) {
      expect(allowedNextStatuses(status)).not.toContain(status);
    }
  });

  it('treats only CLOSED as not active', () => {
    expect(Object.values(S).filter((s) => !isCaseActive(s))).toEqual([S.CLOSED]);
  });

  it('reopens a closed case only through a referral, as REFERRED', () => {
    expect(allowedNextStatuses(S.CLOSED)).toEqual([]);
    expect(REOPENED_BY_REFERRAL).toEqual({ from: S.CLOSED, to: S.REFERRED });
  });

  it('proposes placements only to people available or already working, never to closed or unassessed cases', () => {
    expect(PROPOSABLE).not.toContain(S.CLOSED);
    expect(PROPOSABLE).not.toContain(S.REFERRED);
    expect(PROPOSABLE).not.toContain(S.INTAKE);
    expect(Object.values(S).filter(isAvailableForMatching)).toEqual([
      S.REFERRED,
      S.INTAKE,
      S.ORIENTATION,
      S.TRAINING,
      S.INTERNSHIP,
    ]);
  });
});

describe('reopening a case closed by mistake', () => {
  it('is possible up to the configured days after the closure, not a day later', () => {
    expect(reopenRefusal('2026-06-01', '2026-07-01', 30)).toBeNull();
    expect(reopenRefusal('2026-06-01', '2026-07-02', 30)).toBe('TOO_LATE');
    expect(reopenRefusal('2026-06-01', '2026-06-01', 0)).toBeNull();
  });

  it('goes back to the status the case was closed from, and the history accepts the step', () => {
    expect(statusOnReopening(CaseStatus.INTERNSHIP)).toBe(CaseStatus.INTERNSHIP);
    expect(statusOnReopening(null)).toBe(CaseStatus.REFERRED);
    expect(isHistoryStep(CaseStatus.CLOSED, CaseStatus.INTERNSHIP)).toBe(true);
    expect(isHistoryStep(CaseStatus.CLOSED, CaseStatus.CLOSED)).toBe(false);
  });
});
