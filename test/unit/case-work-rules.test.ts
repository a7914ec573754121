import fc from 'fast-check';
import { CaseStatus } from '../../src/modules/beneficiaries/beneficiary.enums';
import { canHoldCases, servesAmbito } from '../../src/modules/case-work/rules/caseload';
import { noteEditRefusal } from '../../src/modules/case-work/rules/note-edit-window';
import { referralVoidEffect } from '../../src/modules/referrals/referral-void';

describe('the case note edit window', () => {
  const written = new Date('2026-06-15T10:00:00Z');

  it('never lets anyone but the author edit, whenever and whatever the window', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.uuid(), fc.nat(10_000_000), fc.nat(24 * 60), (author, other, elapsedMs, minutes) => {
        fc.pre(author !== other);
        const now = new Date(written.getTime() + elapsedMs);
        expect(noteEditRefusal({ authorId: author, writtenAt: written }, other, now, minutes)).toBe('NOT_AUTHOR');
      }),
    );
  });

  it('lets the author edit exactly while the window lasts', () => {
    fc.assert(
      fc.property(fc.nat(10_000_000), fc.nat(24 * 60), (elapsedMs, minutes) => {
        const now = new Date(written.getTime() + elapsedMs);
        const refusal = noteEditRefusal({ authorId: 'a', writtenAt: written }, 'a', now, minutes);
        expect(refusal).toBe(elapsedMs <= minutes * 60_000 ? null : 'WINDOW_CLOSED');
      }),
    );
  });
});

describe('who may take over a case', () => {
  it('is an active operator or coordinator serving the person’s ambito', () => {
    const operator = { role: 'OPERATOR', active: true, ambitoNumber: 1 };
    expect(servesAmbito(operator, 1)).toBe(true);
    expect(servesAmbito(operator, 3)).toBe(false);
    expect(servesAmbito({ ...operator, active: false }, 1)).toBe(false);
    expect(servesAmbito({ ...operator, role: 'EMPLOYER_LIAISON' }, 1)).toBe(false);
    expect(servesAmbito({ role: 'COORDINATOR', active: true, ambitoNumber: null }, 3)).toBe(true);
    expect(canHoldCases({ role: 'ADMIN', active: true })).toBe(false);
    expect(canHoldCases({ role: null, active: true })).toBe(false);
  });
});

describe('voiding a referral', () => {
  it('closes a case it opened only while nothing has happened in it', () => {
    const opened = { voided: false, openedCurrentCase: true };
    expect(referralVoidEffect(opened, CaseStatus.REFERRED)).toEqual({ ok: true, closeCase: true });
    expect(referralVoidEffect(opened, CaseStatus.INTAKE)).toEqual({ ok: false, problem: 'CASE_IN_PROGRESS' });
    expect(referralVoidEffect(opened, CaseStatus.CLOSED)).toEqual({ ok: true, closeCase: false });
    expect(referralVoidEffect({ voided: false, openedCurrentCase: false }, CaseStatus.PLACED)).toEqual({
      ok: true,
      closeCase: false,
    });
    expect(referralVoidEffect({ voided: true, openedCurrentCase: false }, CaseStatus.REFERRED)).toEqual({
      ok: false,
      problem: 'ALREADY_VOIDED',
    });
  });
});
