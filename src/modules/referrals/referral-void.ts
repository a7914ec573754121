import { CaseStatus } from '../beneficiaries/beneficiary.enums';

/**
 * What voiding a referral entered by mistake does. The referral is kept, marked void, with its reason. If it is the
 * one that opened the person's current case and nothing has happened since (the case still REFERRED), the case was
 * opened by mistake too: it closes, and the history says why. If the case has moved on (intake done, a path begun),
 * the mistake is not the referral alone: the operator closes or corrects the case instead. A referral that joined a
 * case already open, or opened an earlier case since closed, is simply voided.
 */
export type ReferralVoidEffect =
  { ok: true; closeCase: boolean } | { ok: false; problem: 'ALREADY_VOIDED' | 'CASE_IN_PROGRESS' };

export function referralVoidEffect(
  referral: { voided: boolean; openedCurrentCase: boolean },
  caseStatus: CaseStatus,
): ReferralVoidEffect {
  if (referral.voided) return { ok: false, problem: 'ALREADY_VOIDED' };
  if (!referral.openedCurrentCase || caseStatus === CaseStatus.CLOSED) return { ok: true, closeCase: false };
  return caseStatus === CaseStatus.REFERRED
    ? { ok: true, closeCase: true }
    : { ok: false, problem: 'CASE_IN_PROGRESS' };
}
